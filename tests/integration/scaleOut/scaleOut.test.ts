import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, bpmn, createTestApp, seedOrg, testDatabaseKind, TEST_PASSWORD, waitFor, type TestApp } from '@kunlun/test-kit';
import { scratchPath, startKunlun, type KunlunProcess } from '../deploy/kunlunProcesses.ts';
import { freePort } from '../../kit/throwawayServers.ts';

/**
 * Scale-out: two API processes and two worker processes (`kunlun serve` / `kunlun worker`, each
 * its own OS process) on one PostgreSQL and one Redis. 200 process instances are started and
 * finished through both APIs, alternately, with one session shared by both (sessions live in the
 * database); each waits on a one-second timer that any worker may fire. Every task must be
 * created once and every timer fire once.
 */
const { definitions, start, end, user, chain, timer } = bpmn;
const INSTANCES = 200;

/** Runs `work` over the items with at most `limit` in flight. */
async function inParallel<T>(items: T[], limit: number, work: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i]!, i);
      }
    }),
  );
}

describe.runIf(testDatabaseKind() === 'postgres')('two API and two worker processes on one PostgreSQL and Redis', () => {
  let app: TestApp;
  const processes: KunlunProcess[] = [];
  const work = scratchPath('kunlun-scale');
  let apis: KunlunProcess[];
  let workerHealthPort: number;

  beforeAll(async () => {
    fs.mkdirSync(work, { recursive: true });
    app = await createTestApp({ modules: ['general'], http: false });
    await seedOrg(app.runtime);
    await app.deploy(
      definitions(
        'scale.timed',
        [
          start(),
          user('apply', '填写', 'initiator'),
          `<bpmn:intermediateCatchEvent id="cooling" name="冷静期">${timer('PT1S')}</bpmn:intermediateCatchEvent>`,
          user('review', '审核', '"hb_head"'),
          end(),
          ...chain('start', 'apply', 'cooling', 'review', 'end'),
        ],
        { name: '带定时的请示' },
      ),
    );
    const env = {
      NODE_ENV: 'test',
      DATABASE_URL: app.databaseUrl!,
      REDIS_URL: app.config.redis.url,
      KUNLUN_REDIS_PREFIX: app.config.redis.prefix,
      KUNLUN_MODULES: 'general',
      KUNLUN_DATA_DIR: work,
      KUNLUN_WEB_DIR: path.join(work, 'no-web'),
    };
    workerHealthPort = await freePort();
    const started = await Promise.all([
      startKunlun('serve', { env: { ...env, LOG_LEVEL: 'warn' }, args: ['--no-migrate'] }),
      startKunlun('serve', { env: { ...env, LOG_LEVEL: 'warn' }, args: ['--no-migrate'] }),
      startKunlun('worker', { env: env, args: ['--no-migrate', '--concurrency', '4'] }),
      startKunlun('worker', { env: env, args: ['--no-migrate', '--concurrency', '4', '--health-port', String(workerHealthPort)] }),
    ]);
    processes.push(...started);
    apis = started.filter((p) => p.role === 'serve');
  }, 180_000);

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await app?.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('a worker started with --health-port answers /healthz for its probes', async () => {
    const res = await fetch(`http://127.0.0.1:${workerHealthPort}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', role: 'worker', database: { ok: true, kind: 'postgres' }, redis: { ok: true } });
    expect((await fetch(`http://127.0.0.1:${workerHealthPort}/api/me`)).status).toBe(404);
  });

  it('given 200 instances started and finished through both APIs, every task is created once and every timer fires once', { timeout: 240_000 }, async () => {
    const [a, b] = apis as [KunlunProcess, KunlunProcess];
    const clerkOnA = new ApiClient(a.url);
    expect((await clerkOnA.login('hb_clerk', TEST_PASSWORD)).status).toBe(200);
    const clerkOnB = new ApiClient(b.url);
    for (const cookie of ['kunlun_session', 'kunlun_csrf']) clerkOnB.setCookie(cookie, clerkOnA.cookie(cookie)!);
    const headOnB = new ApiClient(b.url);
    expect((await headOnB.login('hb_head', TEST_PASSWORD)).status).toBe(200);
    const headOnA = new ApiClient(a.url);
    for (const cookie of ['kunlun_session', 'kunlun_csrf']) headOnA.setCookie(cookie, headOnB.cookie(cookie)!);

    const instanceIds: string[] = [];
    await inParallel([...Array(INSTANCES).keys()], 16, async (n) => {
      const client = n % 2 === 0 ? clerkOnA : clerkOnB;
      const res = await client.post('/api/processes/scale.timed/start', { title: `关于第 ${n + 1} 批物资采购的请示`, submit: true });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      instanceIds.push(res.body.instanceId);
    });
    expect(new Set(instanceIds).size).toBe(INSTANCES);

    const db = app.runtime.db;
    await waitFor(async () => Number((await db('engine_tasks').where({ element_id: 'review', state: 'open' }).count('* as n').first())?.n) === INSTANCES, {
      what: 'every timer to fire and open its review task',
      timeoutMs: 90_000,
      intervalMs: 250,
    });
    const reviewTasks: { id: string }[] = await db('engine_tasks').where({ element_id: 'review', state: 'open' }).select('id');
    await inParallel(reviewTasks, 16, async (task, n) => {
      const res = await (n % 2 === 0 ? headOnB : headOnA).post(`/api/tasks/${task.id}/complete`, { outcome: 'agree', opinion: '同意' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    });
    await waitFor(
      async () => Number((await db('engine_instances').whereIn('id', instanceIds).where({ state: 'completed' }).count('* as n').first())?.n) === INSTANCES,
      {
        what: 'every instance to complete',
        timeoutMs: 30_000,
      },
    );

    const perInstance = async (kind: string) =>
      (await db('engine_history')
        .whereIn('instance_id', instanceIds)
        .where({ kind })
        .groupBy('instance_id', 'element_id')
        .select('instance_id', 'element_id')
        .count('* as n')) as { element_id: string; n: number }[];
    const created = await perInstance('task.created');
    expect(created).toHaveLength(INSTANCES * 2);
    expect(created.filter((c) => Number(c.n) !== 1)).toEqual([]);
    const fired = await perInstance('timer.fired');
    expect(fired).toHaveLength(INSTANCES);
    expect(fired.filter((c) => Number(c.n) !== 1 || c.element_id !== 'cooling')).toEqual([]);
    const tasks = await db('engine_tasks').whereIn('instance_id', instanceIds).groupBy('instance_id', 'element_id').select('instance_id').count('* as n');
    expect(tasks).toHaveLength(INSTANCES * 2);
    expect(tasks.filter((t) => Number(t.n) !== 1)).toEqual([]);
    expect(await db('engine_timers').whereIn('instance_id', instanceIds).where({ state: 'fired' }).count('* as n').first()).toEqual({ n: INSTANCES });
    expect(await db('engine_timers').whereIn('instance_id', instanceIds).whereNot({ state: 'fired' }).count('* as n').first()).toEqual({ n: 0 });

    for (const api of apis) {
      const health = await fetch(`${api.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', role: 'serve', database: { ok: true, kind: 'postgres' }, redis: { ok: true } });
    }
    for (const p of processes) expect(p.child.exitCode).toBeNull();
  });
});
