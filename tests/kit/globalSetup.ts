import knexPkg from 'knex';
import type { TestProject } from 'vitest/node';
import { startPostgres, startRedis, type ThrowawayServer } from './throwawayServers.ts';
import { migrateUp, CORE_MIGRATIONS_DIR } from '@kunlun/core/testing';

/**
 * Runs once per test run: uses the PostgreSQL and Redis named by KUNLUN_TEST_DATABASE_URL and
 * KUNLUN_TEST_REDIS_URL (as .ci/run starts them), or starts throw-away ones; then builds a
 * template database with core's migrations that every test app copies.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    redisUrl: string;
    pgTemplate: string;
  }
}

const started: ThrowawayServer[] = [];
const TEMPLATE = 'kunlun_template';

export default async function setup(project: TestProject) {
  if (!process.env.KUNLUN_TEST_DATABASE_URL) {
    const pg = await startPostgres();
    started.push(pg);
    process.env.KUNLUN_TEST_DATABASE_URL = pg.url;
  }
  if (!process.env.KUNLUN_TEST_REDIS_URL) {
    const redis = await startRedis();
    started.push(redis);
    process.env.KUNLUN_TEST_REDIS_URL = redis.url;
  }
  if (!process.env.KUNLUN_TEST_TEMPLATE_READY) {
    const admin = knexPkg.knex({ client: 'pg', connection: process.env.KUNLUN_TEST_DATABASE_URL, pool: { min: 0, max: 1 } });
    try {
      await admin.raw(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
      await admin.raw(`CREATE DATABASE ${TEMPLATE}`);
    } finally {
      await admin.destroy();
    }
    const url = new URL(process.env.KUNLUN_TEST_DATABASE_URL);
    url.pathname = `/${TEMPLATE}`;
    const template = knexPkg.knex({ client: 'pg', connection: url.toString(), pool: { min: 0, max: 1 } });
    try {
      await migrateUp(template, [{ name: 'core', dir: CORE_MIGRATIONS_DIR }]);
    } finally {
      await template.destroy();
    }
    process.env.KUNLUN_TEST_TEMPLATE_READY = '1';
  }
  project.provide('pgAdminUrl', process.env.KUNLUN_TEST_DATABASE_URL);
  project.provide('redisUrl', process.env.KUNLUN_TEST_REDIS_URL);
  project.provide('pgTemplate', TEMPLATE);
  return () => {
    for (const server of started.splice(0)) server.stop();
  };
}
