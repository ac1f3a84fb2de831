import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Knex } from 'knex';

/**
 * One migration runner over core and every enabled module.
 *
 * Each source (core, then modules in dependency order) owns a folder of files named
 * `YYYYMMDDHHmmss_<what>.ts` exporting `up(knex)` and `down(knex)`. A migration runs in its
 * own transaction together with its bookkeeping row, under a transaction-level advisory lock,
 * so two processes starting at once apply each migration exactly once.
 */
export interface MigrationSource {
  /** "core" or a module name. */
  name: string;
  dir: string;
}

export interface MigrationFile {
  source: string;
  name: string;
  file: string;
}

export interface MigrationStatus extends MigrationFile {
  appliedAt: Date | null;
  batch: number | null;
}

interface MigrationModule {
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

const TABLE = 'kunlun_migrations';
const LOCK_KEY = 727_004_001; // arbitrary constant: "kunlun migrations"
const FILE_PATTERN = /^(\d{14})_[a-z0-9_]+\.(ts|js|mjs)$/;

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

export function listMigrationFiles(sources: MigrationSource[]): MigrationFile[] {
  const files: MigrationFile[] = [];
  for (const source of sources) {
    if (!fs.existsSync(source.dir)) continue;
    const names = fs
      .readdirSync(source.dir)
      .filter((f) => FILE_PATTERN.test(f) && !f.endsWith('.d.ts'))
      .sort();
    for (const f of names) {
      files.push({ source: source.name, name: f.replace(/\.(ts|js|mjs)$/, ''), file: path.join(source.dir, f) });
    }
  }
  return files;
}

async function ensureTable(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE IF NOT EXISTS ${TABLE} (
      seq bigserial NOT NULL,
      source text NOT NULL,
      name text NOT NULL,
      batch integer NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (source, name)
    )`);
}

async function loadMigration(file: MigrationFile): Promise<MigrationModule> {
  const mod = (await import(pathToFileURL(file.file).href)) as Partial<MigrationModule>;
  if (typeof mod.up !== 'function' || typeof mod.down !== 'function') {
    throw new MigrationError(`${file.source}/${file.name} must export up(knex) and down(knex)`, file.name);
  }
  return mod as MigrationModule;
}

export async function migrationStatus(knex: Knex, sources: MigrationSource[]): Promise<MigrationStatus[]> {
  await ensureTable(knex);
  const applied = await knex(TABLE).select('source', 'name', 'batch', 'applied_at');
  const key = (s: string, n: string) => `${s}/${n}`;
  const byKey = new Map(applied.map((r) => [key(r.source, r.name), r]));
  const files = listMigrationFiles(sources);
  const result: MigrationStatus[] = files.map((f) => {
    const row = byKey.get(key(f.source, f.name));
    byKey.delete(key(f.source, f.name));
    return { ...f, appliedAt: row?.applied_at ?? null, batch: row?.batch ?? null };
  });
  // Applied migrations of sources not loaded now (a disabled module) stay listed: nothing is forgotten.
  for (const row of byKey.values()) {
    result.push({ source: row.source, name: row.name, file: '', appliedAt: row.applied_at, batch: row.batch });
  }
  return result;
}

export async function migrateUp(knex: Knex, sources: MigrationSource[], log: (line: string) => void = () => {}): Promise<string[]> {
  await ensureTable(knex);
  const done: string[] = [];
  const batch = Number((await knex(TABLE).max<{ m: number | null }[]>('batch as m'))[0]?.m ?? 0) + 1;
  for (const file of listMigrationFiles(sources)) {
    const migration = await loadMigration(file);
    const applied = await knex.transaction(async (trx) => {
      await trx.raw('SELECT pg_advisory_xact_lock(?)', [LOCK_KEY]);
      const exists = await trx(TABLE).where({ source: file.source, name: file.name }).first();
      if (exists) return false;
      try {
        await migration.up(trx);
      } catch (err) {
        throw new MigrationError(`${file.source}/${file.name} failed: ${(err as Error).message}`, file.name);
      }
      await trx(TABLE).insert({ source: file.source, name: file.name, batch });
      return true;
    });
    if (applied) {
      done.push(`${file.source}/${file.name}`);
      log(`applied ${file.source}/${file.name}`);
    }
  }
  return done;
}

/**
 * Rolls back the last batch (or `steps` single migrations, newest first).
 * Only migrations whose files are loaded can be rolled back.
 */
export async function migrateDown(
  knex: Knex,
  sources: MigrationSource[],
  opts: { steps?: number; all?: boolean } = {},
  log: (line: string) => void = () => {},
): Promise<string[]> {
  await ensureTable(knex);
  const files = new Map(listMigrationFiles(sources).map((f) => [`${f.source}/${f.name}`, f]));
  let rows = await knex(TABLE).select('source', 'name', 'batch').orderBy('seq', 'desc');
  if (!opts.all) {
    if (opts.steps !== undefined) rows = rows.slice(0, opts.steps);
    else rows = rows.filter((r) => r.batch === rows[0]?.batch);
  }
  const done: string[] = [];
  for (const row of rows) {
    const id = `${row.source}/${row.name}`;
    const file = files.get(id);
    if (!file) throw new MigrationError(`cannot roll back ${id}: its source is not loaded (is the module disabled?)`, row.name);
    const migration = await loadMigration(file);
    await knex.transaction(async (trx) => {
      await trx.raw('SELECT pg_advisory_xact_lock(?)', [LOCK_KEY]);
      const exists = await trx(TABLE).where({ source: row.source, name: row.name }).first();
      if (!exists) return;
      try {
        await migration.down(trx);
      } catch (err) {
        throw new MigrationError(`${id} failed to roll back: ${(err as Error).message}`, row.name);
      }
      await trx(TABLE).where({ source: row.source, name: row.name }).delete();
    });
    done.push(id);
    log(`rolled back ${id}`);
  }
  return done;
}
