import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.ts';
import { openDatabase, type Database } from '../../../src/db/database.ts';
import { createLogger } from '../../../src/log/logger.ts';
import type { AnyRoute } from '../../../src/http/route.ts';
import { createRuntime, type Runtime } from '../../../src/runtime/kunlunRuntime.ts';
import { apiRoutes } from '../../../src/runtime/httpApp.ts';

/**
 * Every state-changing route of core and of the modules is audited. A route either declares its
 * audit entry, or says why it records none itself; those routes are listed here so that a new
 * one is a decision somebody writes down, not an omission.
 */
const RECORDED_ELSEWHERE: Record<string, string> = {
  'POST /api/auth/login': 'sign-in records every attempt, denied ones included',
  'POST /api/auth/logout': 'sign-out records auth.logout',
  'PUT /api/me/acting-unit': 'currentUser.switchUnit records auth.switchUnit',
  'POST /api/me/password': 'currentUser.changePassword records auth.changePassword',
  'PUT /api/me/password': 'currentUser.changePassword records auth.changePassword',
  'PUT /api/system/modules/:name': 'moduleRoutes records system.module.enable/disable',
  'POST /api/org/import': 'orgImport records org.import.*',
  'POST /api/org/users': 'orgUsers records org.user.create',
  'PATCH /api/org/users/:id': 'orgUsers records org.user.update',
  'DELETE /api/org/users/:id': 'orgUsers records org.user.delete',
  'POST /api/org/users/:id/password': 'orgUsers records org.user.resetPassword',
  'POST /api/org/users/:id/posts': 'orgPosts records org.post.create',
  'PATCH /api/org/posts/:id': 'orgPosts records org.post.update',
  'DELETE /api/org/posts/:id': 'orgPosts records org.post.delete',
  'POST /api/org/units': 'orgUnits records org.unit.create',
  'PATCH /api/org/units/:id': 'orgUnits records org.unit.update/move',
  'DELETE /api/org/units/:id': 'orgUnits records org.unit.delete',
  'POST /api/security/roles': 'roles records security.role.create',
  'PATCH /api/security/roles/:id': 'roles records security.role.update',
  'DELETE /api/security/roles/:id': 'roles records security.role.delete',
  'PUT /api/security/users/:id/roles': 'roles records security.grant.set',
  'DELETE /api/security/sessions/:id': 'sessionAdmin records security.session.revoke',
  'POST /api/security/users/:id/unlock': 'sessionAdmin records security.account.unlock',
  'POST /api/documents/:id/void-number': 'the route records documents.number.void',
  'POST /api/documents/numbers/void-next': 'the route records documents.number.void',
  'POST /api/definitions/lint': 'lints the posted XML and stores nothing',
  'POST /api/definitions/diff': 'compares two definitions and stores nothing',
};

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const nameOf = (r: AnyRoute) => `${r.method} ${r.path}`;

describe('the audit coverage of the route table', () => {
  let database: Database;
  let rt: Runtime;
  let routes: AnyRoute[];

  beforeAll(async () => {
    // given every route an API process serves, core and all modules, on a throw-away PGlite
    const config = { ...loadConfig({}), database: { kind: 'pglite' as const, dataDir: 'memory://' } };
    database = await openDatabase(config.database);
    rt = await createRuntime(config, { role: 'cli', redis: false, database, log: createLogger('silent') });
    routes = apiRoutes(rt).routes.filter((r) => MUTATING.has(r.method));
  }, 120_000);

  afterAll(async () => {
    await rt?.close();
    await database?.close();
  });

  it('finds the state-changing routes of core and of the documents module', () => {
    expect(routes.map(nameOf)).toEqual(
      expect.arrayContaining(['POST /api/definitions/:key/fork', 'POST /api/tasks/:id/return', 'POST /api/documents/receipts/:id/sign']),
    );
  });

  it('has an audit declaration on every POST, PUT, PATCH and DELETE route', () => {
    // when each is checked for its declaration
    const undeclared = routes.filter((r) => !r.audit).map(nameOf);
    // then none is missing
    expect(undeclared, 'declare `audit` on these routes (see core/src/http/route.ts)').toEqual([]);
  });

  it('records an entry for every route except the ones listed with a reason', () => {
    // when the routes that write no entry of their own are collected
    const elsewhere = routes
      .filter((r) => r.audit && 'by' in r.audit)
      .map(nameOf)
      .sort();
    // then they are exactly the justified exemptions
    expect(elsewhere).toEqual(
      Object.keys(RECORDED_ELSEWHERE)
        .filter((k) => routes.some((r) => nameOf(r) === k))
        .sort(),
    );
  });

  it('gives every declared action a Chinese and an English label', () => {
    for (const r of routes) {
      if (!r.audit || !('action' in r.audit)) continue;
      expect(r.audit.action, nameOf(r)).toMatch(/^[a-z]+(\.[a-zA-Z-]+)+$/);
      expect(r.audit.label['zh-CN'], nameOf(r)).toMatch(/\p{Script=Han}/u);
      expect(r.audit.label.en, nameOf(r)).toMatch(/^[A-Z]/);
    }
  });
});
