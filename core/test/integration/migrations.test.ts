import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testDatabaseKind } from '@kunlun/test-kit';
import { listMigrationFiles, migrateDown, migrateUp, migrationStatus } from '../../src/db/migrator.ts';
import { CORE_MIGRATIONS_DIR } from '../../src/runtime/kunlunRuntime.ts';
import type { Database } from '../../src/db/database.ts';

const sources = [{ name: 'core', dir: CORE_MIGRATIONS_DIR }];

describe(`migrations on ${testDatabaseKind()}`, () => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ database: db, dispose } = await freshDatabase(undefined, { migrated: false }));
  });
  afterAll(() => dispose());

  const tables = async () =>
    (await db.knex.raw(`select tablename from pg_tables where schemaname = 'public' and tablename like 'core_%' order by 1`)).rows.map(
      (r: { tablename: string }) => r.tablename,
    );

  it('given an empty database, up creates every core table and records each migration once', async () => {
    const applied = await migrateUp(db.knex, sources);
    expect(applied.length).toBeGreaterThanOrEqual(3);
    expect(await tables()).toEqual(
      expect.arrayContaining(['core_org_units', 'core_users', 'core_posts', 'core_roles', 'core_sessions', 'core_audit_log', 'core_modules']),
    );
    expect(await migrateUp(db.knex, sources)).toEqual([]);
    const status = await migrationStatus(db.knex, sources);
    expect(status.every((s) => s.appliedAt !== null)).toBe(true);
  });

  it('when two migrators run at once, each migration is applied exactly once', async () => {
    await migrateDown(db.knex, sources, { all: true });
    const [a, b] = await Promise.all([migrateUp(db.knex, sources), migrateUp(db.knex, sources)]);
    const files = listMigrationFiles(sources).length;
    expect(a.length + b.length).toBe(files);
    expect(new Set([...a, ...b]).size).toBe(files);
    const rows = await db.knex('kunlun_migrations').select('name');
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
  });

  it('down removes what up created, and up again restores it with the built-in roles', async () => {
    const rolledBack = await migrateDown(db.knex, sources, { all: true });
    expect(rolledBack.length).toBeGreaterThanOrEqual(3);
    expect(await tables()).toEqual([]);
    await migrateUp(db.knex, sources);
    const roles = await db.knex('core_roles').orderBy('code').pluck('code');
    expect(roles).toEqual(['audit_admin', 'security_admin', 'staff', 'system_admin']);
  });

  it('down --steps 1 rolls back only the newest migration', async () => {
    const before = await migrationStatus(db.knex, sources);
    const [undone] = await migrateDown(db.knex, sources, { steps: 1 });
    expect(undone).toBe(`core/${before.at(-1)!.name}`);
    const after = await migrationStatus(db.knex, sources);
    expect(after.filter((s) => s.appliedAt).length).toBe(before.length - 1);
    await migrateUp(db.knex, sources);
  });
});
