/**
 * pnpm bench:documents — distributing one document to 2,770 recipient units: the time from 核发
 * (the registrar completing the step over HTTP) until every recipient unit's inbox entry exists,
 * and the cost per recipient, beside a baseline measured in the same run on the same database:
 * one plain bulk INSERT of 2,770 rows of the same shape.
 *
 * One `kunlun all`-style process (HTTP API, BullMQ workers at concurrency 8, engine background)
 * on the real demo organization (3,026 units, ~7,500 people, loaded first by `kunlun demo` in a
 * process of its own). The sender is
 * 西宁市人民政府办公室; the recipients are the first 2,770 other units that are not internal
 * sections, by code. Three documents are distributed; the median is reported. Uses DATABASE_URL /
 * REDIS_URL when set, else throw-away servers (fsync off unless BENCH_FSYNC=1). The last line is
 * one JSON object {"recipients":2770,"fanoutMs":n,"perRecipientMs":n}.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, createRuntime, createLogger, startHttpServer, startEngineBackground } from '@kunlun/core/testing';
import { ApiClient } from '../../kit/apiClient.ts';
import { benchServers } from '../benchServers.ts';
import { peakRssMb, round } from '../measure.ts';
import { lastRenditionPeakRssMb } from '../../../modules/documents/src/outgoing/renditionProcess.ts';

const RECIPIENTS = 2770;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PASSWORD = 'Kunlun@2026';
const say = (line = '') => process.stdout.write(`${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const servers = await benchServers();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kunlun-bench-documents-'));
try {
  say(`Kunlun documents distribution benchmark — ${new Date().toISOString()}`);
  say(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}`);
  say(
    `PostgreSQL: ${process.env.DATABASE_URL ? 'given by DATABASE_URL' : 'throw-away'} (fsync ${servers.fsync ? 'on' : 'off'}); Redis: ${process.env.REDIS_URL ? 'given by REDIS_URL' : 'throw-away'}`,
  );

  const config = loadConfig({
    DATABASE_URL: await servers.newDatabase('documents'),
    DATABASE_POOL_MAX: '20',
    REDIS_URL: servers.redisUrl,
    KUNLUN_REDIS_PREFIX: `benchdocs${Date.now()}`,
    KUNLUN_DATA_DIR: dataDir,
    KUNLUN_MODULES: 'documents',
    KUNLUN_WEB_DIR: path.join(dataDir, 'no-web'),
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    // The benchmark talks plain HTTP on the loopback.
    KUNLUN_COOKIE_SECURE: 'false',
  });
  // The demo organization is loaded by `kunlun demo` in a process of its own, as an installation does.
  const loaded = Date.now();
  const demo = spawnSync(process.execPath, ['--import', 'tsx', 'core/src/cli/main.ts', 'demo'], {
    cwd: path.resolve(import.meta.dirname, '../../..'),
    env: {
      ...process.env,
      DATABASE_URL: config.database.kind === 'postgres' ? config.database.url : '',
      KUNLUN_MODULES: 'documents',
      KUNLUN_DEMO_PASSWORD: PASSWORD,
      LOG_LEVEL: 'warn',
    },
    encoding: 'utf8',
  });
  if (demo.status !== 0) throw new Error(`kunlun demo failed: ${demo.stderr || demo.stdout}`);
  say(`demo organization loaded by \`kunlun demo\` in ${round((Date.now() - loaded) / 1000)} s: ${demo.stdout.trim().split('\n').at(-1)}`);
  const rt = await createRuntime(config, { role: 'all', log: createLogger(process.env.BENCH_LOG ?? 'silent') });
  rt.jobs!.startWorkers(8);
  const stopBackground = startEngineBackground(rt.engine, rt.jobs!, rt.log);
  const server = await startHttpServer(rt);
  const address = server.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const sender = await rt.db('core_org_units').where({ code: '630100-001' }).first('id');
    const recipients: string[] = await rt
      .db('core_org_units')
      .whereNot({ id: sender.id })
      .whereRaw("code !~ '-[0-9]{3}-[0-9]{2}$'")
      .orderBy('code')
      .limit(RECIPIENTS)
      .pluck('id');
    if (recipients.length !== RECIPIENTS) throw new Error(`only ${recipients.length} recipient units in the demo organization`);
    say(`runtime up: RSS ${round(process.memoryUsage().rss / 2 ** 20, 0)} MB`);
    say(`recipients: ${recipients.length} units (governments, offices, departments and township offices), sender 西宁市人民政府办公室`);

    const clients = new Map<string, ApiClient>();
    const as = async (username: string) => {
      let c = clients.get(username);
      if (!c) {
        c = new ApiClient(url);
        const res = await c.login(username, PASSWORD);
        if (res.status !== 200) throw new Error(`sign-in as ${username}: ${res.status} ${JSON.stringify(res.body)}`);
        clients.set(username, c);
      }
      return c;
    };
    const taskOf = async (username: string, instanceId: string, step: string) => {
      for (let i = 0; i < 400; i++) {
        const res = await (await as(username)).get('/api/tasks?box=todo&pageSize=200');
        const task = (res.body.items as { id: string; instanceId: string; stepName: string }[]).find((t) => t.instanceId === instanceId && t.stepName === step);
        if (task) return task.id;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`${username} never got "${step}"`);
    };
    const complete = async (username: string, instanceId: string, step: string) => {
      const res = await (await as(username)).post(`/api/tasks/${await taskOf(username, instanceId, step)}/complete`, {});
      if (res.status !== 200) throw new Error(`${username} could not complete ${step}: ${JSON.stringify(res.body)}`);
    };

    // Baseline: one plain bulk INSERT of as many rows of the receipts' shape, in the same database.
    await rt.db.raw(
      "CREATE TABLE bench_plain_receipts (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), document_id uuid NOT NULL, unit_id uuid NOT NULL, role text NOT NULL, state text NOT NULL DEFAULT 'delivered', delivered_at timestamptz NOT NULL DEFAULT now(), UNIQUE (document_id, unit_id))",
    );
    const baselines: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const documentId = crypto.randomUUID();
      const started = performance.now();
      await rt.db.raw("INSERT INTO bench_plain_receipts (document_id, unit_id, role) SELECT ?::uuid, u, 'main' FROM unnest(?::uuid[]) AS u", [
        documentId,
        recipients,
      ]);
      baselines.push(performance.now() - started);
    }

    const fanouts: number[] = [];
    const serverSide: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const draft = await (
        await as('630100-001.staff1')
      ).post('/api/documents/outgoing', {
        docType: '通知',
        title: `关于做好全省冬春季安全生产工作的通知（第${run + 1}次测试）`,
        urgency: 'urgent',
        mainRecipientIds: recipients.slice(0, 60),
        copyRecipientIds: recipients.slice(60),
        mainTo: ['各市、自治州人民政府', '各县（市、区）人民政府'],
        bodyHtml: '<p>现就做好冬春季安全生产工作通知如下。</p><p>一、压实安全生产责任</p><p>二、强化隐患排查整治</p>',
      });
      if (draft.status !== 201) throw new Error(`draft: ${JSON.stringify(draft.body)}`);
      const { id, instanceId } = draft.body as { id: string; instanceId: string };
      for (const [who, step] of [
        ['630100-001.staff1', '拟稿'],
        ['630100-001.head1', '部门审核'],
        ['630100-001.head1', '办公室核稿'],
        ['630100.deputy1', '领导签发'],
        ['630100-001.secretary1', '复核'],
        ['xn_registrar', '印制'],
      ] as const) {
        await complete(who, instanceId, step);
      }
      const registrar = await as('xn_registrar');
      for (let i = 0; i < 600; i++) {
        if ((await rt.db('documents_documents').where({ id }).first('rendition_state')).rendition_state === 'ready') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const taskId = await taskOf('xn_registrar', instanceId, '核发');
      // 核发 → every recipient's inbox entry exists.
      const started = performance.now();
      const res = await registrar.post(`/api/tasks/${taskId}/complete`, {});
      if (res.status !== 200) throw new Error(`核发: ${JSON.stringify(res.body)}`);
      for (;;) {
        const [row] = await rt.db('documents_receipts').where({ document_id: id }).count<{ n: number }[]>('* as n');
        if (Number(row!.n) >= RECIPIENTS) break;
        if (performance.now() - started > 60_000) throw new Error(`only ${row!.n} inbox entries after 60 s`);
        await new Promise((r) => setTimeout(r, 2));
      }
      const elapsed = performance.now() - started;
      fanouts.push(elapsed);
      const dist = await rt.db('documents_distributions').where({ document_id: id }).first('created_at', 'finished_at', 'state');
      serverSide.push(new Date(dist.finished_at).getTime() - new Date(dist.created_at).getTime());
      const timed = async (path: string) => {
        const t = performance.now();
        const r = await registrar.get(path);
        if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
        return round(performance.now() - t);
      };
      const reads = `detail ${await timed(`/api/documents/${id}`)} ms, receipt table page ${await timed(`/api/documents/${id}/receipts?pageSize=50`)} ms, 待签收 of a recipient ${round(
        await (async () => {
          const t = performance.now();
          await (await as('hb_registrar')).get('/api/documents?box=toSign');
          return performance.now() - t;
        })(),
      )} ms`;
      say(
        `run ${run + 1} (RSS now ${round(process.memoryUsage().rss / 2 ** 20, 0)} MB, peak ${peakRssMb()} MB): 核发 → ${RECIPIENTS} inbox entries in ${round(elapsed)} ms (distribution recorded → done: ${serverSide.at(-1)} ms; ${dist.state}); then ${reads}`,
      );
    }
    const fanoutMs = round(median(fanouts));
    const perRecipientMs = round(fanoutMs / RECIPIENTS, 3);
    const baselineMs = round(median(baselines));
    say();
    say(`fan-out, median of ${RUNS}: ${fanoutMs} ms for ${RECIPIENTS} recipients = ${perRecipientMs} ms per recipient  (target: under 2,000 ms in all)`);
    say(
      `baseline, one plain INSERT of ${RECIPIENTS} rows, median of ${RUNS}: ${baselineMs} ms = ${round(baselineMs / RECIPIENTS, 4)} ms per row; fan-out/baseline ${round(fanoutMs / baselineMs, 1)}×`,
    );
    say(`peak RSS of the Kunlun process (API, BullMQ workers, engine and the benchmark driver together): ${peakRssMb()} MB`);
    say(`peak RSS of the short-lived rendition process (GB/T 9704 PDF, one per document): ${lastRenditionPeakRssMb} MB`);
    say(JSON.stringify({ recipients: RECIPIENTS, fanoutMs, perRecipientMs }));
  } finally {
    stopBackground();
    await server.close();
    await rt.close();
  }
} finally {
  await servers.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
