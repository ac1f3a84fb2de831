import type Router from '@koa/router';
import type { Context } from 'koa';
import { ApiError, permissionDenied } from './apiError.ts';
import { readJsonBody } from './jsonBody.ts';
import { permissionsOf, RESPONSE_SENT, type AnyRoute, type AuditTargetRef } from './route.ts';
import { parseInput } from './validation.ts';
import { CSRF_COOKIE, CSRF_HEADER } from '../auth/authentication.ts';
import { sameSecret } from '../auth/sessionStore.ts';
import { text } from '../i18n/text.ts';
import type { PermissionCatalog } from '../access/permissionCatalog.ts';
import { auditSourceOf, entryFrom, type AuditLog } from '../audit/auditLog.ts';
import { withPendingAudit, type PendingAudit } from '../audit/requestAudit.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface MountOptions {
  bodyLimitBytes: number;
  catalog: PermissionCatalog;
  audit: AuditLog;
  /** Check answers against their response schema (on outside production, to catch drift early). */
  checkResponses: boolean;
}

/** Registers routes on a router, each behind its access check, CSRF check and input validation. */
export function mountRoutes(router: Router, routes: AnyRoute[], opts: MountOptions): void {
  for (const route of routes) {
    for (const permission of permissionsOf(route.access)) {
      if (!opts.catalog.has(permission)) throw new Error(`route ${route.method} ${route.path} requires undeclared permission ${permission}`);
    }
    const declared = route.audit && 'action' in route.audit ? route.audit : null;
    if (declared) opts.audit.actions.register(declared.action, declared.label);
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    router[method](route.path, async (ctx: Context) => {
      await checkAccess(ctx, route, opts);
      const locale = ctx.state.locale;
      const params = route.params ? parseInput(route.params, ctx.params, 'params', locale) : undefined;
      const query = route.query ? parseInput(route.query, { ...ctx.query }, 'query', locale) : undefined;
      let body: unknown;
      if (route.bodyKind !== 'upload' && UNSAFE.has(route.method)) {
        const raw = await readJsonBody(ctx, opts.bodyLimitBytes);
        if (route.body) body = parseInput(route.body, raw ?? {}, 'body', locale);
        else if (raw !== undefined && !isEmptyObject(raw)) {
          throw new ApiError(400, 'body_not_allowed', text('此接口不接受请求体', 'This route takes no request body'));
        }
      }
      const pending = declared ? pendingAuditOf(declared, { params, query, body }, ctx, opts.audit) : null;
      const run = () =>
        route.handler({
          params,
          query,
          body,
          auth: ctx.state.auth,
          requestId: ctx.state.requestId,
          locale,
          log: ctx.state.log,
          ip: ctx.ip,
          ctx,
        });
      const result = pending ? await withPendingAudit(pending.entry, run) : await run();
      if (pending && !pending.entry.written) await pending.afterwards(result === RESPONSE_SENT ? undefined : result);
      if (result === RESPONSE_SENT) return;
      if (opts.checkResponses && route.response) {
        const checked = route.response.safeParse(result);
        if (!checked.success) {
          ctx.state.log.error({ issues: checked.error.issues, route: `${route.method} ${route.path}` }, 'response does not match its schema');
          throw new Error(`response of ${route.method} ${route.path} does not match its schema`);
        }
      }
      ctx.status = route.status ?? 200;
      ctx.body = route.status === 204 ? null : result;
    });
  }
}

async function checkAccess(ctx: Context, route: AnyRoute, opts: MountOptions): Promise<void> {
  if (route.access === 'public') return;
  const auth = ctx.state.auth;
  if (!auth) {
    const ended = ctx.state.sessionEnded;
    if (ended === 'idle' || ended === 'expired') {
      throw new ApiError(401, 'session_expired', text('会话已超时，请重新登录', 'Your session has expired, please sign in again'), {
        reason: ended,
      });
    }
    throw new ApiError(401, 'unauthenticated', text('请先登录', 'Please sign in first'));
  }
  if (UNSAFE.has(ctx.method)) {
    const header = ctx.get(CSRF_HEADER);
    const cookie = ctx.cookies.get(CSRF_COOKIE) ?? '';
    const expected = ctx.state.csrfToken ?? '';
    if (!header || !sameSecret(header, expected) || !sameSecret(cookie, expected)) {
      throw new ApiError(403, 'csrf_failed', text('请求校验失败，请刷新页面后重试', 'The request could not be verified; reload the page and try again'));
    }
  }
  const required = permissionsOf(route.access);
  if (required.length && !required.some((p) => auth.can(p))) {
    await opts.audit.record({
      actor: { id: auth.user.id, name: auth.user.username, kind: auth.user.accountKind },
      action: 'access.denied',
      outcome: 'denied',
      unitId: auth.actingUnitId,
      ip: ctx.ip,
      requestId: ctx.state.requestId,
      details: { permission: required.join('|'), method: ctx.method, path: ctx.path },
    });
    throw permissionDenied(required.join('|'));
  }
}

type Declared = Extract<NonNullable<AnyRoute['audit']>, { action: string }>;

/** The entry of a declared route: written in the change's transaction when its target is known from the input. */
function pendingAuditOf(declared: Declared, input: { params: unknown; query: unknown; body: unknown }, ctx: Context, audit: AuditLog) {
  const source = auditSourceOf({ auth: ctx.state.auth ?? null, ip: ctx.ip, requestId: ctx.state.requestId });
  const entryOf = (target: AuditTargetRef | null | undefined) => entryFrom(source, { action: declared.action, ...(target ? { target } : {}) });
  const entry: PendingAudit = {
    writeIn: declared.targetOfAnswer ? undefined : (trx) => audit.record(entryOf(declared.target?.(input)), trx),
    written: false,
  };
  const afterwards = (result: unknown) => audit.record(entryOf(declared.targetOfAnswer ? declared.targetOfAnswer(result) : declared.target?.(input)));
  return { entry, afterwards };
}

function isEmptyObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;
}
