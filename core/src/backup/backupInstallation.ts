import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import type { FileStore } from '../files/fileStore.ts';
import { KUNLUN_VERSION } from '../runtime/version.ts';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MANIFEST_ENTRY, fileEntry, tableEntry, type BackupManifest } from './backupManifest.ts';
import { inDependencyOrder, listTables } from './tableCatalog.ts';
import { dumpTable, prepareDumpSession } from './tableDump.ts';
import { appliedMigrations } from './migrationSnapshot.ts';
import { TarWriter } from './tarArchive.ts';

/**
 * `kunlun backup FILE`: one archive with the whole database (a logical dump of every table from
 * one consistent snapshot) and every attachment the database knows, each checked against the
 * SHA-256 recorded at upload. Written to FILE.part and renamed when complete, so FILE is never
 * a half-written backup.
 */
export interface BackupSource {
  db: Knex;
  kind: 'postgres' | 'pglite';
  describe: string;
  files: FileStore;
}

export async function backupInstallation(src: BackupSource, archive: string, say: (line: string) => void = () => {}): Promise<BackupManifest> {
  const target = path.resolve(archive);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const staging = `${target}.staging-${randomBytes(4).toString('hex')}`;
  fs.mkdirSync(staging, { mode: 0o700 });
  const partial = `${target}.part`;
  try {
    const snapshot = await src.db.transaction(async (trx) => {
      await prepareDumpSession(trx, true);
      const serverVersion = (await trx.raw("SELECT current_setting('server_version') AS v")).rows[0].v as string;
      const migrations = await appliedMigrations(trx);
      const tables: BackupManifest['tables'] = [];
      for (const table of inDependencyOrder(await listTables(trx))) {
        const digest = await dumpTable(trx, table, path.join(staging, `${table.name}.ndjson`));
        tables.push({ name: table.name, columns: table.columns, ...digest });
      }
      const fileRows: { id: string; storage_key: string; size: number | string; sha256: string }[] = tables.some((t) => t.name === 'core_files')
        ? await trx('core_files').orderBy('storage_key').select('id', 'storage_key', 'size', 'sha256')
        : [];
      return { serverVersion, migrations, tables, fileRows };
    });
    const rows = snapshot.tables.reduce((s, t) => s + t.rows, 0);
    say(`数据库 database: ${snapshot.tables.length} 张表 tables, ${rows} 行 rows（${src.describe}）`);

    const files: BackupManifest['files'] = [];
    const missingFiles: BackupManifest['missingFiles'] = [];
    for (const f of snapshot.fileRows) {
      if (await src.files.exists(f.storage_key)) files.push({ id: f.id, key: f.storage_key, size: Number(f.size), sha256: f.sha256 });
      else missingFiles.push({ id: f.id, key: f.storage_key });
    }
    if (missingFiles.length)
      say(`⚠ ${missingFiles.length} 个附件在文件存储中找不到，已记入清单 / attachments missing from the file store, listed in the manifest`);

    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      kunlunVersion: KUNLUN_VERSION,
      createdAt: new Date().toISOString(),
      source: { database: src.describe, kind: src.kind, serverVersion: snapshot.serverVersion },
      migrations: snapshot.migrations,
      tables: snapshot.tables,
      files,
      missingFiles,
    };
    const writer = new TarWriter(partial);
    try {
      await writer.add(MANIFEST_ENTRY, Buffer.byteLength(JSON.stringify(manifest, null, 2)), Buffer.from(JSON.stringify(manifest, null, 2)));
      for (const t of manifest.tables) {
        await writer.add(tableEntry(t.name), t.bytes, fs.createReadStream(path.join(staging, `${t.name}.ndjson`)));
      }
      let bytes = 0;
      for (const f of files) {
        const hash = createHash('sha256');
        const source = (await src.files.read(f.key)) as AsyncIterable<Buffer>;
        await writer.add(fileEntry(f.key), f.size, hashing(source, hash));
        const actual = hash.digest('hex');
        if (actual !== f.sha256)
          throw new Error(
            `附件 ${f.key}（${f.id}）的内容与上传时的 SHA-256 不符，文件已损坏 / attachment ${f.key} no longer matches its SHA-256: the file is damaged`,
          );
        bytes += f.size;
      }
      await writer.finish();
      say(`附件 attachments: ${files.length} 个 files, ${(bytes / 1024 / 1024).toFixed(1)} MB, SHA-256 已核对 verified`);
    } catch (err) {
      await writer.abort();
      throw err;
    }
    fs.renameSync(partial, target);
    return manifest;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(partial, { force: true });
  }
}

async function* hashing(source: AsyncIterable<Buffer>, hash: ReturnType<typeof createHash>): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    hash.update(chunk);
    yield chunk;
  }
}
