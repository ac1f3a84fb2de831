import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { bpmn, createTestApp, Desk, seedOrg, testDatabaseKind, waitFor, type TestApp } from '@kunlun/test-kit';
import { startRedis, startRedisSentinel, type ThrowawayServer } from '../../kit/throwawayServers.ts';

const { definitions, start, end, user, chain, timer } = bpmn;
type Server = ThrowawayServer & { port: number };

/**
 * A province runs Redis as a master, a replica and Sentinel. Kunlun finds the master through
 * Sentinel (REDIS_URL=redis+sentinel://…) and follows it when the master dies and Sentinel
 * promotes the replica: health recovers and timers keep firing.
 */
describe.runIf(testDatabaseKind() === 'postgres')('Redis behind Sentinel', () => {
  let master: Server;
  let replica: Server;
  let sentinel: Server;
  let app: TestApp;
  let desk: Desk;

  beforeAll(async () => {
    master = await startRedis();
    replica = await startRedis({ args: ['--replicaof', '127.0.0.1', String(master.port)] });
    sentinel = await startRedisSentinel({ master: 'kunlun-qh', masterPort: master.port });
    app = await createTestApp({ workers: true, env: { REDIS_URL: `redis+sentinel://127.0.0.1:${sentinel.port}/kunlun-qh` } });
    await seedOrg(app.runtime);
    desk = new Desk(app);
    await app.deploy(
      definitions('test.sentinel', [
        start(),
        `<bpmn:intermediateCatchEvent id="pause">${timer('PT1S')}</bpmn:intermediateCatchEvent>`,
        user('after', '到期办理', '"hb_head"'),
        end(),
        ...chain('start', 'pause', 'after', 'end'),
      ]),
    );
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    for (const server of [sentinel, replica, master]) server?.stop();
  });

  const timerFires = async () => {
    const instanceId = await desk.start('hb_clerk', 'test.sentinel', { title: '关于值班安排的请示', submit: true });
    await waitFor(
      async () => (await app.runtime.db('engine_tasks').where({ instance_id: instanceId, element_id: 'after', state: 'open' }).first()) !== undefined,
      {
        what: 'the timer to fire through Redis',
        timeoutMs: 30_000,
      },
    );
  };

  it('finds the master through Sentinel: /healthz is ok and a timer fires', async () => {
    const health = await (await fetch(`${app.url}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', redis: { ok: true } });
    await timerFires();
  });

  it('when the master dies, follows Sentinel to the promoted replica: health recovers and timers fire again', { timeout: 90_000 }, async () => {
    master.stop();
    const watcher = new Redis({ port: sentinel.port, host: '127.0.0.1' });
    try {
      await waitFor(async () => Number(((await watcher.call('SENTINEL', 'get-master-addr-by-name', 'kunlun-qh')) as string[])[1]) === replica.port, {
        what: 'Sentinel to promote the replica',
        timeoutMs: 30_000,
      });
    } finally {
      watcher.disconnect();
    }
    await waitFor(async () => (await fetch(`${app.url}/healthz`)).status === 200, { what: '/healthz to recover', timeoutMs: 30_000 });
    await timerFires();
  });
});
