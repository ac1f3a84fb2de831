import path from 'node:path';
import os from 'node:os';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testDatabaseKind } from '@kunlun/test-kit';
import { loadConfig } from '../../src/config/config.ts';
import { createRuntime } from '../../src/runtime/kunlunRuntime.ts';
import { createLogger } from '../../src/log/logger.ts';
import { discoverModules } from '../../src/modules/moduleDiscovery.ts';
import { recordModuleChoice } from '../../src/install/moduleSelection.ts';
import type { Database } from '../../src/db/database.ts';

const modulesDir = path.resolve(import.meta.dirname, '../../../tests/fixtures/modules-good');

/** Starts and stops Kunlun once on the database, as a restart of the installation would. */
async function startOnce(database: Database, modules: string[]): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'test',
    KUNLUN_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'kunlun-perm-')),
    KUNLUN_MODULES_DIR: modulesDir,
    KUNLUN_MODULES: modules.join(','),
    LOG_LEVEL: 'silent',
  });
  if (!modules.length) config.modules.enabled = [];
  const runtime = await createRuntime(config, { role: 'cli', redis: false, database, log: createLogger('silent') });
  await runtime.close();
}

describe(`default permissions of a module switched on later (${testDatabaseKind()})`, () => {
  let database: Database;
  let dispose: () => Promise<void>;
  const staffHolds = async (permission: string) =>
    (await database
      .knex('core_role_permissions as rp')
      .join('core_roles as r', 'r.id', 'rp.role_id')
      .where({ 'r.code': 'staff', 'rp.permission': permission })
      .first()) !== undefined;

  beforeAll(async () => {
    ({ database, dispose } = await freshDatabase());
    await startOnce(database, []);
  });
  afterAll(() => dispose());

  it('a module the installer registered as disabled gets its grants on its first start, and a later revocation stays', async () => {
    const discovered = await discoverModules(modulesDir);
    await recordModuleChoice(database.knex, discovered, []);
    expect(await database.knex('core_modules').where({ name: 'alpha' }).first('enabled')).toEqual({ enabled: false });
    expect(await staffHolds('alpha.note.read')).toBe(false);

    await database.knex('core_modules').where({ name: 'alpha' }).update({ enabled: true }); // what PUT /api/system/modules/alpha does
    await startOnce(database, ['alpha']);
    expect(await staffHolds('alpha.note.read')).toBe(true);

    await database.knex('core_role_permissions').where({ permission: 'alpha.note.read' }).delete(); // the security administrator revokes it
    await startOnce(database, ['alpha']);
    expect(await staffHolds('alpha.note.read')).toBe(false);
  });
});
