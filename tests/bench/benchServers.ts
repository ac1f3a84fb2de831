import { randomBytes } from 'node:crypto';
import knexPkg from 'knex';
import { startPostgres, startRedis, type ThrowawayServer } from '../kit/throwawayServers.ts';

/**
 * Servers for a benchmark: the PostgreSQL and Redis named by DATABASE_URL and REDIS_URL, or
 * throw-away ones (fsync as BENCH_FSYNC says, off by default). Each benchmark gets databases of
 * its own on that server, dropped at the end.
 */
export interface BenchServers {
  adminUrl: string;
  redisUrl: string;
  fsync: boolean;
  newDatabase(label: string): Promise<string>;
  close(): Promise<void>;
}

export async function benchServers(): Promise<BenchServers> {
  const started: ThrowawayServer[] = [];
  let adminUrl = process.env.DATABASE_URL;
  let fsync: boolean;
  if (adminUrl) {
    const admin = knexPkg.knex({ client: 'pg', connection: adminUrl, pool: { min: 0, max: 1 } });
    fsync = (await admin.raw('SHOW fsync')).rows[0].fsync === 'on';
    await admin.destroy();
  } else {
    fsync = process.env.BENCH_FSYNC === '1';
    const pg = await startPostgres({ fsync });
    started.push(pg);
    adminUrl = pg.url;
  }
  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    const redis = await startRedis();
    started.push(redis);
    redisUrl = redis.url;
  }
  const created: string[] = [];
  const admin = () => knexPkg.knex({ client: 'pg', connection: adminUrl, pool: { min: 0, max: 1 } });
  return {
    adminUrl,
    redisUrl,
    fsync,
    async newDatabase(label) {
      const name = `kunlun_bench_${label}_${randomBytes(4).toString('hex')}`;
      const k = admin();
      await k.raw(`CREATE DATABASE ${name}`);
      await k.destroy();
      created.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async close() {
      const k = admin();
      for (const name of created) await k.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await k.destroy();
      for (const s of started.reverse()) s.stop();
    },
  };
}
