import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import knexPkg, { type Knex } from 'knex';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, createTestApp, seedOrg, testDatabaseKind, TEST_PASSWORD, type TestApp } from '@kunlun/test-kit';
import { pgliteExtensions, wrapPglite } from '@kunlun/core/testing';
import { repo, runKunlun, scratchPath, startKunlun, type KunlunProcess } from './kunlunProcesses.ts';
import { appliedMigrationNames, settledFingerprints, storedFileHashes, tableFingerprints } from './tableFingerprints.ts';

/**
 * `kunlun backup FILE` and `kunlun restore FILE`: an installation with people, processes and
 * attachments comes back with every table's rows and every file's bytes unchanged — checked
 * here with hashes computed apart from the backup code.
 */
function databaseUrl(name: string): string {
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(name: string): Promise<void> {
  const admin = knexPkg.knex({ client: 'pg', connection: inject('pgAdminUrl'), pool: { min: 0, max: 1 } });
  try {
    await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.destroy();
  }
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Attachments of the kinds offices upload: a PDF, a scanned page, a spreadsheet of 3 MB. */
function attachments(): { name: string; data: Buffer }[] {
  return [
    { name: '关于购置档案柜的请示.pdf', data: Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(40_000)]) },
    { name: '现场照片.png', data: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(120_000)]) },
    { name: '采购清单.xlsx', data: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(3 * 1024 * 1024)]) },
  ];
}

async function upload(client: ApiClient, file: { name: string; data: Buffer }): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file.data)]), file.name);
  const res = await client.request('POST', '/api/files', undefined, { raw: form });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

/** A clerk files three 签报 with attachments; the head agrees to the first. */
async function officeWork(url: string, password = TEST_PASSWORD): Promise<{ files: { id: string; sha256: string }[] }> {
  const clerk = new ApiClient(url);
  expect((await clerk.login('hb_clerk', password)).status).toBe(200);
  const files = [];
  for (const file of attachments()) files.push({ id: await upload(clerk, file), sha256: sha256(file.data) });
  const started: string[] = [];
  for (const [i, title] of ['关于购置档案柜的请示', '关于召开安全生产会议的请示', '关于报送第三季度政务信息的请示'].entries()) {
    const res = await clerk.post('/api/processes/general.approval/start', {
      variables: { title, content: `正文 ${i + 1}`, urgency: i === 1 ? 'urgent' : 'normal', attachments: i === 0 ? files.map((f) => f.id) : [] },
      submit: true,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    started.push(res.body.instanceId);
  }
  const head = new ApiClient(url);
  expect((await head.login('hb_head', password)).status).toBe(200);
  const [task] = (await head.get('/api/tasks?box=todo')).body.items.filter((t: { instanceId: string }) => t.instanceId === started[0]);
  expect((await head.post(`/api/tasks/${task.id}/complete`, { outcome: 'agree', opinion: '同意' })).status).toBe(200);
  return { files };
}

async function download(url: string, fileId: string): Promise<Buffer> {
  const clerk = new ApiClient(url);
  expect((await clerk.login('hb_clerk', TEST_PASSWORD)).status).toBe(200);
  const res = await fetch(`${url}/api/files/${fileId}`, { headers: { Cookie: `kunlun_session=${clerk.cookie('kunlun_session')}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

describe.runIf(testDatabaseKind() === 'postgres')('kunlun backup and restore on PostgreSQL', { timeout: 240_000 }, () => {
  let app: TestApp;
  let files: { id: string; sha256: string }[];
  const work = scratchPath('kunlun-backup');
  beforeAll(() => {
    fs.mkdirSync(work, { recursive: true });
  });
  const archive = path.join(work, 'backups', 'haibei-2026-11-28.tar.gz');
  const restoredName = `kunlun_restored_${randomBytes(5).toString('hex')}`;
  const restoredFiles = path.join(work, 'restored', 'files');
  let restored: Knex;
  let server: KunlunProcess | undefined;
  const sourceEnv = () => ({
    DATABASE_URL: app.databaseUrl!,
    KUNLUN_FILES_DIR: app.config.filesDir,
    KUNLUN_DATA_DIR: work,
    KUNLUN_MODULES: 'general',
    LOG_LEVEL: 'warn',
  });
  const targetEnv = {
    DATABASE_URL: databaseUrl(restoredName),
    KUNLUN_FILES_DIR: restoredFiles,
    KUNLUN_DATA_DIR: work,
    KUNLUN_MODULES: 'general',
    LOG_LEVEL: 'warn',
  };

  beforeAll(async () => {
    app = await createTestApp({ modules: ['general'] });
    await seedOrg(app.runtime);
    ({ files } = await officeWork(app.url));
    restored = knexPkg.knex({ client: 'pg', connection: databaseUrl(restoredName), pool: { min: 0, max: 2 } });
  });
  afterAll(async () => {
    await server?.stop();
    await restored.destroy();
    await dropDatabase(restoredName);
    await app.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('given an installation with processes and attachments, when backed up and restored into a new database, then every table and every file is the same', async () => {
    await app.runtime.engine.outbox.idle();
    const before = await settledFingerprints(app.runtime.db);
    const fileHashes = await storedFileHashes(app.runtime.db, app.config.filesDir);
    expect(before.engine_instances!.rows).toBe(3);
    expect(Object.keys(fileHashes)).toHaveLength(3);

    const backup = await runKunlun(['backup', archive], { env: sourceEnv() });
    expect(backup.code, backup.stdout + backup.stderr).toBe(0);
    expect(backup.stdout).toContain('附件 attachments: 3 个 files');
    expect(fs.statSync(archive).mode & 0o777).toBe(0o600);

    const restore = await runKunlun(['restore', archive], { env: targetEnv });

    expect(restore.code, restore.stdout + restore.stderr).toBe(0);
    expect(restore.stdout).toContain('已创建数据库 created the database');
    expect(restore.stdout).toContain('行数与 SHA-256 均与备份一致');
    expect(await tableFingerprints(restored)).toEqual(before);
    expect(await appliedMigrationNames(restored)).toEqual(await appliedMigrationNames(app.runtime.db));
    expect(await storedFileHashes(restored, restoredFiles)).toEqual(fileHashes);
    expect(Object.values(fileHashes).sort()).toEqual(files.map((f) => f.sha256).sort());
  });

  it('the restored installation runs: people sign in, download the attachments and go on with their work', async () => {
    server = await startKunlun('serve', { env: { ...targetEnv, REDIS_URL: inject('redisUrl'), KUNLUN_REDIS_PREFIX: `rst${randomBytes(3).toString('hex')}` } });

    for (const f of files) expect(sha256(await download(server.url, f.id))).toBe(f.sha256);
    const leader = new ApiClient(server.url);
    expect((await leader.login('hb_leader', TEST_PASSWORD)).status).toBe(200);
    const [task] = (await leader.get('/api/tasks?box=todo')).body.items;
    expect(task).toMatchObject({ title: '关于购置档案柜的请示', stepName: '分管领导审批' });
    expect((await leader.post(`/api/tasks/${task.id}/complete`, { outcome: 'agree', opinion: '同意购置' })).status).toBe(200);
    await server.stop();
    server = undefined;
  });

  it('restore refuses a database that is not empty, and a damaged archive changes nothing even with --replace', async () => {
    const now = await tableFingerprints(restored);
    const refused = await runKunlun(['restore', archive], { env: targetEnv });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('目标数据库不是空的');

    const damaged = path.join(work, 'damaged.tar.gz');
    const bytes = fs.readFileSync(archive);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0xff;
    fs.writeFileSync(damaged, bytes);
    const check = await runKunlun(['restore', '--check', damaged], { env: targetEnv });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('备份文件已损坏或不完整');
    const replaced = await runKunlun(['restore', '--replace', damaged], { env: targetEnv });
    expect(replaced.code).toBe(1);
    expect(await tableFingerprints(restored)).toEqual(now);
  });

  it('restore --replace puts the backup back over later changes and keeps the replaced files aside', async () => {
    const before = await tableFingerprints(app.runtime.db);

    const replaced = await runKunlun(['restore', '--replace', archive], { env: targetEnv });

    expect(replaced.code, replaced.stdout + replaced.stderr).toBe(0);
    expect(await tableFingerprints(restored)).toEqual(before);
    const aside = fs.readdirSync(path.dirname(restoredFiles)).filter((d) => d.startsWith('files.before-restore-'));
    expect(aside).toHaveLength(1);
  });
});

describe.runIf(testDatabaseKind() === 'pglite')('a backup of the embedded database restores into PostgreSQL', { timeout: 240_000 }, () => {
  const work = scratchPath('kunlun-backup-embedded');
  beforeAll(() => {
    fs.mkdirSync(work, { recursive: true });
  });
  const dataDir = path.join(work, 'data');
  const envFile = path.join(dataDir, 'kunlun.env');
  const archive = path.join(work, 'embedded.tar.gz');
  const targetName = `kunlun_from_pglite_${randomBytes(5).toString('hex')}`;
  let server: KunlunProcess | undefined;
  afterAll(async () => {
    await server?.stop();
    await dropDatabase(targetName);
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('given a small site on PGlite with work and attachments, its backup restores into a PostgreSQL server with the same rows and files', async () => {
    const passwords = {
      KUNLUN_SYSTEM_ADMIN_PASSWORD: 'Xitong#2026a',
      KUNLUN_SECURITY_ADMIN_PASSWORD: 'Baomi#2026b',
      KUNLUN_AUDIT_ADMIN_PASSWORD: 'Shenji#2026c',
      KUNLUN_INITIAL_PASSWORD: TEST_PASSWORD,
    };
    const install = await runKunlun(
      [
        'install',
        '--answers',
        path.join(repo, 'deploy', 'templates', 'example.yaml'),
        '--embedded',
        '--data-dir',
        dataDir,
        '--users',
        path.join(import.meta.dirname, 'fixtures', 'haibei-clerks.csv'),
        '--modules',
        'general',
      ],
      { env: { ...passwords, REDIS_URL: inject('redisUrl'), KUNLUN_REDIS_PREFIX: 'x' } },
    );
    expect(install.code, install.stdout + install.stderr).toBe(0);
    server = await startKunlun('serve', {
      env: { LOG_LEVEL: 'warn', KUNLUN_REDIS_PREFIX: `emb${randomBytes(3).toString('hex')}` },
      nodeArgs: [`--env-file=${envFile}`],
    });
    await officeWork(server.url);
    await server.stop();
    server = undefined;

    const backup = await runKunlun(['backup', archive], { env: {}, nodeArgs: [`--env-file=${envFile}`] });
    expect(backup.code, backup.stdout + backup.stderr).toBe(0);
    const restore = await runKunlun(['restore', archive], {
      env: { DATABASE_URL: databaseUrl(targetName), KUNLUN_FILES_DIR: path.join(work, 'pg-files') },
      nodeArgs: [`--env-file=${envFile}`],
    });
    expect(restore.code, restore.stdout + restore.stderr).toBe(0);

    const pglite = await PGlite.create(path.join(dataDir, 'pglite'), { extensions: pgliteExtensions });
    const source = wrapPglite(pglite, 'source');
    const target = knexPkg.knex({ client: 'pg', connection: databaseUrl(targetName), pool: { min: 0, max: 1 } });
    try {
      const fingerprints = await tableFingerprints(source.knex);
      expect(fingerprints.engine_instances!.rows).toBe(3);
      expect(fingerprints.core_org_units!.rows).toBe(261);
      expect(await tableFingerprints(target)).toEqual(fingerprints);
      expect(await storedFileHashes(target, path.join(work, 'pg-files'))).toEqual(await storedFileHashes(source.knex, path.join(dataDir, 'files')));
    } finally {
      await target.destroy();
      await source.close();
    }
  });
});
