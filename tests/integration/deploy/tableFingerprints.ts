import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';

/**
 * What a test compares before a backup and after a restore, computed independently of the
 * backup code: each table's row count and an MD5 over its rows as PostgreSQL prints them
 * (generated columns included), and each attachment's SHA-256 as stored on disk.
 */
export type Fingerprints = Record<string, { rows: number; md5: string }>;

export async function tableFingerprints(db: Knex): Promise<Fingerprints> {
  return db.transaction(async (trx) => {
    await trx.raw("SET LOCAL TimeZone = 'UTC'");
    const tables: string[] = (
      await trx.raw("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'kunlun_migrations' ORDER BY 1")
    ).rows.map((r: { tablename: string }) => r.tablename);
    const out: Fingerprints = {};
    for (const t of tables) {
      const row = (await trx.raw(`SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM "${t}" t`)).rows[0];
      out[t] = { rows: row.rows, md5: row.md5 };
    }
    return out;
  });
}

/** Fingerprints once the database has stopped changing (after-commit work such as the outbox done). */
export async function settledFingerprints(db: Knex, timeoutMs = 20_000): Promise<Fingerprints> {
  const deadline = Date.now() + timeoutMs;
  let last = await tableFingerprints(db);
  for (;;) {
    await new Promise((r) => setTimeout(r, 300));
    const now = await tableFingerprints(db);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    if (Date.now() > deadline) throw new Error('the database kept changing; no settled state to compare');
    last = now;
  }
}

export async function appliedMigrationNames(db: Knex): Promise<string[]> {
  return (await db('kunlun_migrations').orderBy(['source', 'name']).select('source', 'name')).map((r) => `${r.source}/${r.name}`);
}

/** SHA-256 of every file the database lists, read from the files directory. */
export async function storedFileHashes(db: Knex, filesDir: string): Promise<Record<string, string>> {
  const rows: { storage_key: string }[] = await db('core_files').orderBy('storage_key').select('storage_key');
  return Object.fromEntries(
    rows.map((r) => [
      r.storage_key,
      createHash('sha256')
        .update(fs.readFileSync(path.join(filesDir, r.storage_key)))
        .digest('hex'),
    ]),
  );
}
