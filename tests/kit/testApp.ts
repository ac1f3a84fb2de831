import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexPkg from 'knex';
import { inject } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { ApiClient } from './apiClient.ts';
import {
  loadConfig,
  openDatabase,
  pgliteExtensions,
  wrapPglite,
  createLogger,
  createRuntime,
  startHttpServer,
  startEngineBackground,
  type Config,
  type Database,
  type Runtime,
  type ProcessRole,
} from '@kunlun/core/testing';

export type TestDatabaseKind = 'postgres' | 'pglite';

/** Which database this test run uses: the vitest project sets KUNLUN_TEST_DB. */
export function testDatabaseKind(): TestDatabaseKind {
  return process.env.KUNLUN_TEST_DB === 'pglite' ? 'pglite' : 'postgres';
}

export interface TestDatabase {
  database: Database;
  /** postgres:// URL of the database (null for PGlite). */
  url: string | null;
  /** Drops the database (PostgreSQL) or closes it (PGlite). */
  dispose(): Promise<void>;
}

/** A fresh database: a copy of the migrated template on PostgreSQL, or an in-memory PGlite. */
export async function freshDatabase(kind: TestDatabaseKind = testDatabaseKind(), opts: { migrated?: boolean } = {}): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const pglite = await PGlite.create('memory://', { extensions: pgliteExtensions });
    const database = wrapPglite(pglite, 'pglite (test)');
    return { database, url: null, dispose: () => database.close() };
  }
  const adminUrl = inject('pgAdminUrl');
  const name = `kunlun_t_${randomBytes(6).toString('hex')}`;
  const admin = knexPkg.knex({ client: 'pg', connection: adminUrl, pool: { min: 0, max: 1 } });
  try {
    await admin.raw(opts.migrated === false ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
  } finally {
    await admin.destroy();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolMax: 20 });
  return {
    database,
    url: url.toString(),
    async dispose() {
      await database.close();
      const again = knexPkg.knex({ client: 'pg', connection: adminUrl, pool: { min: 0, max: 1 } });
      try {
        await again.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await again.destroy();
      }
    },
  };
}

export interface TestAppOptions {
  /** Modules to enable (default none); 'all' runs every module found, as an installation does. */
  modules?: string[] | 'all';
  /** Folder to find modules in (default the repository's modules/). */
  modulesDir?: string;
  role?: ProcessRole;
  /** Extra environment, as Kunlun would read it (KUNLUN_SESSION_IDLE_MINUTES …). */
  env?: Record<string, string>;
  database?: TestDatabaseKind;
  /** Start the HTTP server (default true). */
  http?: boolean;
  /** Run job workers, the timer reconciler and the outbox sweep in this app, as `kunlun all` does (default false). */
  workers?: boolean;
}

export interface TestApp {
  runtime: Runtime;
  config: Config;
  url: string;
  /** The app's own database (postgres://…, null on PGlite), for other processes to share. */
  databaseUrl: string | null;
  /** A new browser-like client. */
  client(): ApiClient;
  /** A client already signed in. */
  signedIn(username: string, password?: string): Promise<ApiClient>;
  /** Publishes a process definition (as an imported one). */
  deploy(xml: string): Promise<{ id: string; key: string; version: number }>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'Kunlun@2026';

/** A running Kunlun for one test file: fresh database, real Redis under its own key prefix. */
export async function createTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const db = await freshDatabase(opts.database);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kunlun-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    REDIS_URL: inject('redisUrl'),
    KUNLUN_REDIS_PREFIX: `t${randomBytes(4).toString('hex')}`,
    KUNLUN_DATA_DIR: dataDir,
    ...(opts.modules === 'all' ? {} : { KUNLUN_MODULES: (opts.modules ?? []).join(',') }),
    ...(opts.modulesDir ? { KUNLUN_MODULES_DIR: opts.modulesDir } : {}),
    KUNLUN_WEB_DIR: path.join(dataDir, 'no-web'),
    LOG_LEVEL: process.env.KUNLUN_TEST_LOG ?? 'silent',
    ...opts.env,
  });
  if (opts.modules !== 'all' && !opts.modules?.length) config.modules.enabled = [];
  let runtime: Runtime;
  try {
    runtime = await createRuntime(config, { role: opts.role ?? 'all', database: db.database, log: createLogger(config.logLevel) });
  } catch (err) {
    await db.dispose();
    throw err;
  }
  const server = opts.http === false ? null : await startHttpServer(runtime);
  let stopBackground = () => {};
  if (opts.workers && runtime.jobs) {
    await runtime.jobs.startWorkers(4);
    stopBackground = startEngineBackground(runtime.engine, runtime.jobs, runtime.log);
  }
  const url = server
    ? `http://127.0.0.1:${server.server.address() && typeof server.server.address() === 'object' ? (server.server.address() as { port: number }).port : 0}`
    : '';
  return {
    runtime,
    config,
    url,
    databaseUrl: db.url,
    client: () => new ApiClient(url),
    async signedIn(username, password = TEST_PASSWORD) {
      const client = new ApiClient(url);
      const res = await client.login(username, password);
      if (res.status !== 200) throw new Error(`sign-in as ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return client;
    },
    async deploy(xml) {
      return runtime.engine.publish(xml, { lineage: 'import' });
    },
    async close() {
      stopBackground();
      await server?.close();
      await runtime.close();
      await db.dispose();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
