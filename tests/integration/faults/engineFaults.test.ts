import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { bpmn, createTestApp, Desk, seedOrg, testDatabaseKind, waitFor, type TestApp } from '@kunlun/test-kit';
import { startEngineBackground } from '@kunlun/core/testing';

const { definitions, start, end, user, chain, timer } = bpmn;
const repo = path.resolve(import.meta.dirname, '..', '..', '..');
const fixtures = path.join(repo, 'tests', 'fixtures', 'modules-engine');

/** Deletes every Redis key of one app: what a Redis restart without persistence does to it. */
async function loseRedisData(url: string, prefix: string): Promise<number> {
  const redis = new Redis(url);
  let removed = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) removed += await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
  return removed;
}

describe('timers survive Redis losing its data', () => {
  let app: TestApp;
  let desk: Desk;

  beforeAll(async () => {
    app = await createTestApp();
    await seedOrg(app.runtime);
    desk = new Desk(app);
    await app.deploy(
      definitions('test.wait', [
        start(),
        `<bpmn:intermediateCatchEvent id="pause">${timer('PT1S')}</bpmn:intermediateCatchEvent>`,
        user('after', '到期办理', '"hb_head"'),
        end(),
        ...chain('start', 'pause', 'after', 'end'),
      ]),
    );
  });
  afterAll(() => app.close());

  it('given a scheduled timer whose job Redis lost, the reconciler schedules it again and it fires exactly once', async () => {
    const id = await desk.start('hb_clerk', 'test.wait');
    await app.runtime.engine.outbox.idle();
    const timerRow = await app.runtime.db('engine_timers').where({ instance_id: id }).first();
    expect(await app.runtime.jobs!.queueOf('engine').getJob(timerRow.id)).toBeDefined();
    expect(await loseRedisData(app.config.redis.url!, app.config.redis.prefix)).toBeGreaterThan(0);
    expect(await app.runtime.jobs!.queueOf('engine').getJob(timerRow.id)).toBeUndefined();
    app.runtime.jobs!.startWorkers(2);
    const stop = startEngineBackground(app.runtime.engine, app.runtime.jobs!, app.runtime.log);
    try {
      await waitFor(async () => (await desk.standing(id)).join() === 'after:hb_head', { what: 'the timer to fire after reconciliation', timeoutMs: 20_000 });
    } finally {
      stop();
    }
    const fired = await app.runtime.db('engine_history').where({ instance_id: id, kind: 'timer.fired' });
    expect(fired).toHaveLength(1);
  });

  it('the same timer fired by two workers at once moves the instance once', async () => {
    const id = await desk.start('hb_clerk', 'test.wait');
    const timerRow = await app.runtime.db('engine_timers').where({ instance_id: id }).first();
    const results = await Promise.all([
      app.runtime.engine.fireTimer(timerRow.id),
      app.runtime.engine.fireTimer(timerRow.id),
      app.runtime.engine.fireTimer(timerRow.id),
    ]);
    expect(results.filter((r) => r === 'fired')).toHaveLength(1);
    expect(await desk.standing(id)).toEqual(['after:hb_head']);
    expect(await app.runtime.db('engine_history').where({ instance_id: id, kind: 'timer.fired' })).toHaveLength(1);
  });
});

describe.runIf(testDatabaseKind() === 'postgres')('a worker process killed in the middle of a move', () => {
  let app: TestApp;
  let desk: Desk;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kunlun-fault-'));
  const hold = path.join(work, 'hold');
  const entered = path.join(work, 'entered');
  const workers: ChildProcess[] = [];

  const startWorker = () => {
    // One process (tsx as a loader, not the tsx CLI that forks): SIGKILL really kills the worker.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(repo, 'core', 'src', 'cli', 'main.ts'), 'worker', '--no-migrate', '--concurrency', '1'],
      {
        cwd: repo,
        env: {
          ...process.env,
          NODE_ENV: 'test',
          DATABASE_URL: app.databaseUrl!,
          REDIS_URL: app.config.redis.url,
          KUNLUN_REDIS_PREFIX: app.config.redis.prefix,
          KUNLUN_MODULES_DIR: fixtures,
          KUNLUN_MODULES: 'slowpoke',
          KUNLUN_JOB_LOCK_MS: '1500',
          KUNLUN_DATA_DIR: work,
          LOG_LEVEL: 'warn',
          SLOWPOKE_HOLD: hold,
          SLOWPOKE_ENTERED: entered,
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    workers.push(child);
    return child;
  };

  beforeAll(async () => {
    app = await createTestApp({ modulesDir: fixtures, modules: ['slowpoke'] });
    await seedOrg(app.runtime);
    desk = new Desk(app);
    await app.deploy(
      definitions('test.deliver', [
        start(),
        `<bpmn:serviceTask id="deliver" kunlun:handler="slowpoke.deliver" kunlun:async="true" kunlun:retries="5" />`,
        user('confirm', '确认', '"hb_head"'),
        end(),
        ...chain('start', 'deliver', 'confirm', 'end'),
      ]),
    );
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await app.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('loses nothing and duplicates nothing: another worker redoes the move once', async () => {
    fs.writeFileSync(hold, 'hold');
    const id = await desk.start('hb_clerk', 'test.deliver');
    await app.runtime.engine.outbox.idle();
    const first = startWorker();
    await waitFor(() => fs.existsSync(entered), { what: 'the first worker to be inside the move', timeoutMs: 30_000 });
    expect(Number(fs.readFileSync(entered, 'utf8')), 'the worker inside the move').toBe(first.pid);
    const exited = new Promise((r) => first.once('exit', r));
    first.kill('SIGKILL');
    await exited;
    expect(await app.runtime.db('slowpoke_deliveries').where({ instance_id: id })).toHaveLength(0);
    expect(await desk.standing(id)).toEqual([]);
    fs.rmSync(hold);
    startWorker();
    await waitFor(async () => (await desk.standing(id)).join() === 'confirm:hb_head', { what: 'the second worker to finish the move', timeoutMs: 30_000 });
    expect(await app.runtime.db('slowpoke_deliveries').where({ instance_id: id })).toHaveLength(1);
    expect(await app.runtime.db('engine_history').where({ instance_id: id, kind: 'serviceTask.completed' })).toHaveLength(1);
    expect(await app.runtime.db('engine_tasks').where({ instance_id: id })).toHaveLength(1);
  });
});
