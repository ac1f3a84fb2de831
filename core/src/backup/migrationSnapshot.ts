import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Knex } from 'knex';
import { listMigrationFiles, migrateUp, type MigrationSource } from '../db/migrator.ts';
import { CORE_MIGRATIONS_DIR } from '../runtime/kunlunRuntime.ts';
import type { DiscoveredModule } from '../modules/moduleDiscovery.ts';
import { text } from '../i18n/text.ts';
import { AdminCommandError } from '../install/adminCommandError.ts';

/**
 * The schema exactly as a backup had it: the migrations it had applied, and no later one. A
 * restore builds that schema, loads the rows, and leaves newer migrations (from a newer release)
 * to `kunlun upgrade` — or to the next start — which then also convert the restored data.
 */
export interface AppliedMigration {
  source: string;
  name: string;
}

export async function appliedMigrations(db: Knex | Knex.Transaction): Promise<AppliedMigration[]> {
  if (!(await db.schema.hasTable('kunlun_migrations'))) return [];
  return db('kunlun_migrations').orderBy('seq').select('source', 'name');
}

/** Where each source's migration files are in this code (core, and the modules found). */
export function sourceDirs(discovered: DiscoveredModule[]): Map<string, string> {
  return new Map([['core', CORE_MIGRATIONS_DIR], ...discovered.map((m) => [m.name, m.migrationsDir] as [string, string])]);
}

/** Migrations of the backup this code does not have (the backup comes from a newer release). */
export function unknownMigrations(wanted: AppliedMigration[], dirs: Map<string, string>): string[] {
  const known = new Set(listMigrationFiles([...dirs].map(([name, dir]) => ({ name, dir }))).map((f) => `${f.source}/${f.name}`));
  return wanted.map((m) => `${m.source}/${m.name}`).filter((id) => !known.has(id));
}

/**
 * Applies exactly `wanted`, in its order, through folders of one-line stand-ins that re-export
 * the real migration files (the migration runner then records them under their real names).
 */
export async function migrateExactly(db: Knex | Knex.Transaction, wanted: AppliedMigration[], dirs: Map<string, string>): Promise<string[]> {
  const missing = unknownMigrations(wanted, dirs);
  if (missing.length) {
    throw new AdminCommandError(
      text('备份来自更新的版本，本程序没有它用到的迁移；请先升级昆仑再恢复', 'The backup comes from a newer release; upgrade Kunlun before restoring it'),
      missing,
    );
  }
  const files = new Map(listMigrationFiles([...dirs].map(([name, dir]) => ({ name, dir }))).map((f) => [`${f.source}/${f.name}`, f.file]));
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kunlun-migrations-'));
  try {
    const sources: MigrationSource[] = [];
    for (const m of wanted) {
      let source = sources.find((s) => s.name === m.source);
      if (!source) {
        source = { name: m.source, dir: path.join(root, String(sources.length).padStart(3, '0')) };
        fs.mkdirSync(source.dir);
        sources.push(source);
      }
      const real = pathToFileURL(files.get(`${m.source}/${m.name}`)!).href;
      fs.writeFileSync(path.join(source.dir, `${m.name}.mjs`), `export { up, down } from ${JSON.stringify(real)};\n`);
    }
    return await migrateUp(db as Knex, sources);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
