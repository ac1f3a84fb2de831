import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, waitFor, type TestApp } from '@kunlun/test-kit';

const modulesDir = path.join(import.meta.dirname, '..', 'fixtures', 'modulesScheduled');

/**
 * ctx.jobs.schedule: a module's repeatable job becomes one BullMQ job scheduler, set up by the
 * worker processes when they start (never by an API process), however many of them start.
 */
describe('scheduled jobs (ctx.jobs.schedule)', () => {
  // Processes of one installation share Redis under one prefix.
  const env = { KUNLUN_REDIS_PREFIX: `t${randomBytes(4).toString('hex')}` };
  const apps: TestApp[] = [];
  const start = async (role: 'serve' | 'all') => {
    const app = await createTestApp({ modulesDir, modules: ['pulse'], role, workers: role === 'all', http: false, env });
    apps.push(app);
    return app;
  };
  const schedulersOf = async (app: TestApp) =>
    (await app.runtime.jobs!.queueOf('pulse').getJobSchedulers())
      .map((s) => ({ key: s.key, name: s.name, pattern: s.pattern, tz: s.tz }))
      .sort((a, b) => (a.key < b.key ? -1 : 1));

  let api: TestApp;

  beforeAll(async () => {
    api = await start('serve');
  });
  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
  });

  it('an API process that registers the module sets up no schedule', async () => {
    expect(await schedulersOf(api)).toEqual([]);
  });

  it('when a worker process starts, each scheduled job has its scheduler, China time by default, and runs', async () => {
    const worker = await start('all');
    expect(await schedulersOf(worker)).toEqual([
      { key: 'pulse.digest', name: 'pulse.digest', pattern: '0 8 * * 1-5', tz: 'Asia/Shanghai' },
      { key: 'pulse.tick', name: 'pulse.tick', pattern: '* * * * * *', tz: 'UTC' },
    ]);
    await waitFor(async () => ((await worker.runtime.jobs!.queueOf('pulse').getJobCounts('completed')).completed ?? 0) > 0, { what: 'a tick to run' });
  });

  it('a second worker process starting leaves one scheduler per job, and removes one no longer declared', async () => {
    await api.runtime.jobs!.queueOf('pulse').upsertJobScheduler('pulse.retired', { pattern: '0 0 * * *' }, { name: 'pulse.retired', data: {} });
    const second = await start('all');
    expect((await schedulersOf(second)).map((s) => s.key)).toEqual(['pulse.digest', 'pulse.tick']);
  });
});
