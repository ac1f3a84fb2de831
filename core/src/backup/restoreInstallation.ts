import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import type { Knex } from 'knex';
import type { DiscoveredModule } from '../modules/moduleDiscovery.ts';
import { text } from '../i18n/text.ts';
import { AdminCommandError } from '../install/adminCommandError.ts';
import { MANIFEST_ENTRY, fileEntry, manifestSchema, tableEntry, type BackupManifest } from './backupManifest.ts';
import { inDependencyOrder, listForeignKeys, listTables, quoteIdent, resetSequences, type TableInfo } from './tableCatalog.ts';
import { digestTable, loadTable, prepareDumpSession } from './tableDump.ts';
import { migrateExactly, sourceDirs, unknownMigrations } from './migrationSnapshot.ts';
import { pipeChunks, readTar, type TarEntry } from './tarArchive.ts';

/**
 * `kunlun restore FILE`: the archive is checked entry by entry against its manifest before
 * anything is changed; then, in one database transaction, the schema is rebuilt as the backup
 * had it, every row is loaded and every table compared with the manifest (row count and
 * SHA-256) — a difference rolls everything back. Attachments are unpacked beside the files
 * directory and moved into place once the database is committed.
 */
export interface RestoreTarget {
  db: Knex;
  filesDir: string;
  discovered: DiscoveredModule[];
}

export interface RestoreReport {
  manifest: BackupManifest;
  tables: number;
  rows: number;
  files: number;
  /** Where the files that were replaced now are (with --replace). */
  previousFiles: string | null;
}

const damaged = (what: string) => new AdminCommandError(text(`备份文件已损坏或不完整：${what}`, `The backup is damaged or incomplete: ${what}`));

async function firstEntry(archive: string): Promise<{ manifest: BackupManifest; entries: AsyncGenerator<TarEntry> }> {
  if (!fs.existsSync(archive)) throw new AdminCommandError(text(`备份文件不存在：${archive}`, `No such backup file: ${archive}`));
  const entries = readTar(archive);
  let manifest: BackupManifest;
  try {
    const first = await entries.next();
    if (first.done || first.value.name !== MANIFEST_ENTRY) throw damaged(`第一项不是 ${MANIFEST_ENTRY} / the first entry is not ${MANIFEST_ENTRY}`);
    const chunks: Buffer[] = [];
    for await (const c of first.value.body) chunks.push(c);
    const parsed = manifestSchema.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    if (!parsed.success) throw damaged(`清单无法识别 / unreadable manifest: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    manifest = parsed.data;
  } catch (err) {
    await entries.return(undefined);
    if (err instanceof AdminCommandError) throw err;
    throw damaged((err as Error).message);
  }
  return { manifest, entries };
}

/**
 * Reads every entry and checks it against the manifest; `place` decides where an entry's bytes
 * go (null: only checked). Every table and file of the manifest must be there, nothing else.
 */
async function checkEntries(manifest: BackupManifest, entries: AsyncGenerator<TarEntry>, place: (name: string) => string | null): Promise<void> {
  const expected = new Map<string, { size: number; sha256: string }>([
    ...manifest.tables.map((t) => [tableEntry(t.name), { size: t.bytes, sha256: t.sha256 }] as const),
    ...manifest.files.map((f) => [fileEntry(f.key), { size: f.size, sha256: f.sha256 }] as const),
  ]);
  try {
    for await (const entry of entries) {
      const want = expected.get(entry.name);
      if (!want) throw damaged(`多出了 ${entry.name} / unexpected entry ${entry.name}`);
      if (entry.size !== want.size) throw damaged(`${entry.name} 大小不符 / ${entry.name} has the wrong size`);
      const hash = createHash('sha256');
      const destination = place(entry.name);
      if (destination) {
        fs.mkdirSync(path.dirname(destination), { recursive: true });
        const out = fs.createWriteStream(destination, { mode: 0o600 });
        try {
          await pipeChunks(entry.body, out, (c) => hash.update(c));
        } finally {
          out.end();
          await once(out, 'close');
        }
      } else {
        for await (const c of entry.body) hash.update(c);
      }
      if (hash.digest('hex') !== want.sha256) throw damaged(`${entry.name} 的 SHA-256 不符 / ${entry.name} does not match its SHA-256`);
      expected.delete(entry.name);
    }
  } catch (err) {
    if (err instanceof AdminCommandError) throw err;
    throw damaged((err as Error).message);
  }
  if (expected.size) throw damaged(`缺少 ${[...expected.keys()].slice(0, 5).join(', ')} / entries missing`);
}

/** `kunlun restore --check FILE`: reads the whole archive and checks it, changing nothing. */
export async function checkBackup(archive: string): Promise<BackupManifest> {
  const { manifest, entries } = await firstEntry(archive);
  await checkEntries(manifest, entries, () => null);
  return manifest;
}

async function tablesOf(db: Knex): Promise<string[]> {
  return (await db.raw('SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1')).rows.map((r: { name: string }) => r.name);
}

function isEmptyDir(dir: string): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
}

export async function restoreInstallation(
  target: RestoreTarget,
  archive: string,
  opts: { replace: boolean },
  say: (line: string) => void = () => {},
): Promise<RestoreReport> {
  const existing = await tablesOf(target.db);
  if (existing.length && !opts.replace) {
    throw new AdminCommandError(
      text(
        '目标数据库不是空的；要用备份替换其中的全部数据，请加 --replace',
        'The target database is not empty; add --replace to replace all of its data with the backup',
      ),
      existing.slice(0, 8),
    );
  }
  if (!isEmptyDir(target.filesDir) && !opts.replace) {
    throw new AdminCommandError(
      text(`附件目录 ${target.filesDir} 不是空的；要替换，请加 --replace`, `The files directory ${target.filesDir} is not empty; add --replace to replace it`),
    );
  }
  const { manifest, entries } = await firstEntry(archive);
  const dirs = sourceDirs(target.discovered);
  const unknown = unknownMigrations(manifest.migrations, dirs);
  if (unknown.length) {
    await entries.return(undefined);
    throw new AdminCommandError(
      text(
        `备份来自更新的版本（${manifest.kunlunVersion}），请先升级昆仑再恢复`,
        `The backup comes from a newer release (${manifest.kunlunVersion}); upgrade Kunlun first`,
      ),
      unknown,
    );
  }
  say(`备份 backup: 昆仑 Kunlun ${manifest.kunlunVersion}, ${manifest.createdAt}, ${manifest.source.database}`);

  const work = `${path.resolve(target.filesDir)}.restoring-${randomBytes(4).toString('hex')}`;
  const unpackedFiles = path.join(work, 'files');
  fs.mkdirSync(unpackedFiles, { recursive: true, mode: 0o700 });
  try {
    await checkEntries(manifest, entries, (name) =>
      name.startsWith('files/') ? path.join(unpackedFiles, name.slice('files/'.length)) : path.join(work, name),
    );
    say(`已核对 verified: ${manifest.tables.length} 张表 tables, ${manifest.files.length} 个附件 files（SHA-256）`);

    const rows = await target.db.transaction(async (trx) => {
      if (opts.replace && existing.length) {
        await trx.raw('DROP SCHEMA public CASCADE');
        await trx.raw('CREATE SCHEMA public');
      }
      await migrateExactly(trx, manifest.migrations, dirs);
      const tables = await matchingTables(trx, manifest);
      // The rows go back as they were: no trigger of ours runs on them (e.g. the org version counter).
      for (const t of tables) await trx.raw(`ALTER TABLE ${quoteIdent(t.name)} DISABLE TRIGGER USER`);
      await trx.raw(`TRUNCATE ${tables.map((t) => quoteIdent(t.name)).join(', ')}`);
      const foreignKeys = (await listForeignKeys(trx)).filter((fk) => !fk.deferrable);
      for (const fk of foreignKeys) await trx.raw(`ALTER TABLE ${quoteIdent(fk.table)} ALTER CONSTRAINT ${quoteIdent(fk.name)} DEFERRABLE INITIALLY DEFERRED`);
      await trx.raw('SET CONSTRAINTS ALL DEFERRED');
      let loaded = 0;
      for (const t of tables) loaded += await loadTable(trx, t, path.join(work, tableEntry(t.name)));
      await trx.raw('SET CONSTRAINTS ALL IMMEDIATE');
      for (const fk of foreignKeys) await trx.raw(`ALTER TABLE ${quoteIdent(fk.table)} ALTER CONSTRAINT ${quoteIdent(fk.name)} NOT DEFERRABLE`);
      for (const t of tables) await trx.raw(`ALTER TABLE ${quoteIdent(t.name)} ENABLE TRIGGER USER`);
      await resetSequences(trx, tables);
      await prepareDumpSession(trx, false);
      const differing: string[] = [];
      for (const t of tables) {
        const want = manifest.tables.find((m) => m.name === t.name)!;
        const got = await digestTable(trx, t);
        if (got.rows !== want.rows || got.sha256 !== want.sha256) differing.push(`${t.name}: ${got.rows}/${want.rows} rows`);
      }
      if (differing.length)
        throw new AdminCommandError(
          text('恢复后的数据与备份清单不符，已全部撤销', 'The restored data differs from the manifest; everything was rolled back'),
          differing,
        );
      return loaded;
    });
    say(`数据库 database: ${manifest.tables.length} 张表 tables, ${rows} 行 rows，行数与 SHA-256 均与备份一致 / counts and SHA-256 match`);

    let previousFiles: string | null = null;
    if (fs.existsSync(target.filesDir)) {
      if (isEmptyDir(target.filesDir)) fs.rmdirSync(target.filesDir);
      else {
        previousFiles = `${path.resolve(target.filesDir)}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        fs.renameSync(target.filesDir, previousFiles);
      }
    }
    fs.mkdirSync(path.dirname(path.resolve(target.filesDir)), { recursive: true });
    fs.renameSync(unpackedFiles, target.filesDir);
    say(
      `附件 attachments: ${manifest.files.length} 个 → ${target.filesDir}${previousFiles ? `（原有附件移至 previous files moved to ${previousFiles}）` : ''}`,
    );
    return { manifest, tables: manifest.tables.length, rows, files: manifest.files.length, previousFiles };
  } finally {
    await entries.return(undefined);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The schema the migrations built must hold the backup's tables with the same columns. */
async function matchingTables(trx: Knex.Transaction, manifest: BackupManifest): Promise<TableInfo[]> {
  const here = new Map((await listTables(trx)).map((t) => [t.name, t]));
  const problems: string[] = [];
  for (const t of manifest.tables) {
    const mine = here.get(t.name);
    if (!mine) problems.push(`${t.name}: 表不存在 / no such table`);
    else if (mine.columns.join(',') !== t.columns.join(','))
      problems.push(`${t.name}: 列不同 / columns differ (${mine.columns.join(',')} ≠ ${t.columns.join(',')})`);
  }
  for (const name of here.keys()) if (!manifest.tables.some((t) => t.name === name)) problems.push(`${name}: 备份中没有此表 / not in the backup`);
  if (problems.length)
    throw new AdminCommandError(
      text('按备份的迁移重建的表结构与备份不符', 'The schema rebuilt from the backup’s migrations differs from the backup'),
      problems,
    );
  const names = new Set(manifest.tables.map((t) => t.name));
  return inDependencyOrder([...here.values()].filter((t) => names.has(t.name)));
}
