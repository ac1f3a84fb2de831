/**
 * pnpm bench:engine — the workflow engine's throughput and inbox latency, each beside a baseline
 * measured in the same run on the same machine:
 *   (a) task completions per second of a five-step approval with a three-way countersign, at 1, 4
 *       and 16 concurrent clients;
 *   (b) the ceiling: a bare transaction (lock a row, update it, insert two rows) at the same
 *       client counts, and the ratio engine/ceiling;
 *   (c) the npm bpmn-engine running the same process with its state saved to PostgreSQL after
 *       every step, and the ratio Kunlun/bpmn-engine;
 *   (d) 待办 latency (p50, p95) for one person with 1,000,000 open tasks and 5,000,000 history rows.
 * Uses DATABASE_URL / REDIS_URL when set, else throw-away servers (fsync off unless BENCH_FSYNC=1).
 * BENCH_QUICK=1 runs smaller sizes for a smoke run. The last line is one JSON object.
 */
import os from 'node:os';
import { benchServers } from '../benchServers.ts';
import { peakRssMb, round, runClients } from '../measure.ts';
import { kunlunRuntime, KunlunDesk } from './kunlunWorkload.ts';
import { ceilingDatabase, ceilingTransactions } from './ceilingWorkload.ts';
import { bpmnEngineDatabase, completeBpmnEngineInstances, startBpmnEngineInstances } from './bpmnEngineWorkload.ts';
import { COMPLETIONS_PER_INSTANCE } from './fiveStepProcess.ts';
import { todoLatency } from './todoLatency.ts';

const quick = process.env.BENCH_QUICK === '1';
const CLIENTS = [1, 4, 16] as const;
/** Instances each client works through, per client count (about 400–2,200 completions a round: a few seconds each, so one hiccup of a shared machine weighs little). */
const INSTANCES: Record<(typeof CLIENTS)[number], number> = quick ? { 1: 5, 4: 3, 16: 1 } : { 1: 60, 4: 40, 16: 20 };
const say = (line = '') => process.stdout.write(`${line}\n`);

const servers = await benchServers();
try {
  say(`Kunlun engine benchmark — ${new Date().toISOString()}`);
  say(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}`);
  say(
    `PostgreSQL: ${process.env.DATABASE_URL ? 'given by DATABASE_URL' : 'throw-away'} (fsync ${servers.fsync ? 'on' : 'off'}); Redis: ${process.env.REDIS_URL ? 'given by REDIS_URL' : 'throw-away'}`,
  );
  say();

  const rt = await kunlunRuntime(await servers.newDatabase('engine'), servers.redisUrl, `bench${Date.now()}`);
  const desk = new KunlunDesk(rt);
  const ceilingDb = await ceilingDatabase(await servers.newDatabase('ceiling'), 16);
  const bpmnDb = await bpmnEngineDatabase(await servers.newDatabase('bpmnengine'), 16);
  const rows: { clients: number; kunlun: number; ceiling: number; bpmnEngine: number }[] = [];
  let nextBpmnId = 1;
  try {
    for (const clients of CLIENTS) {
      const n = INSTANCES[clients];
      const work: Awaited<ReturnType<KunlunDesk['startInstances']>>[] = [];
      for (let c = 0; c < clients; c++) work.push(await desk.startInstances(n));
      const kunlun = await runClients(clients, (c) => desk.completeAll(work[c]!));
      const ceiling = await runClients(clients, (c) => ceilingTransactions(ceilingDb, c, n * COMPLETIONS_PER_INSTANCE));
      const ids: number[][] = [];
      for (let c = 0; c < clients; c++) {
        ids.push(await startBpmnEngineInstances(bpmnDb, nextBpmnId, n));
        nextBpmnId += n;
      }
      const bpmnEngine = await runClients(clients, (c) => completeBpmnEngineInstances(bpmnDb, ids[c]!));
      rows.push({ clients, kunlun: kunlun.perSecond, ceiling: ceiling.perSecond, bpmnEngine: bpmnEngine.perSecond });
      say(
        `${String(clients).padStart(2)} clients: Kunlun ${round(kunlun.perSecond).toString().padStart(7)} completions/s (${kunlun.ops} in ${round(kunlun.seconds)} s)   ceiling ${round(ceiling.perSecond).toString().padStart(7)} tx/s   bpmn-engine ${round(bpmnEngine.perSecond).toString().padStart(7)} completions/s`,
      );
    }
  } finally {
    await rt.close();
    await ceilingDb.destroy();
    await bpmnDb.destroy();
  }
  const engineVsCeiling = Math.min(...rows.map((r) => r.kunlun / r.ceiling));
  const kunlunVsBpmnEngine = Math.min(...rows.map((r) => r.kunlun / r.bpmnEngine));
  say();
  say('clients  Kunlun/s  ceiling/s  ratio   bpmn-engine/s  Kunlun/bpmn-engine');
  for (const r of rows) {
    say(
      `${String(r.clients).padStart(7)}  ${round(r.kunlun).toString().padStart(8)}  ${round(r.ceiling).toString().padStart(9)}  ${round(r.kunlun / r.ceiling, 2)
        .toString()
        .padStart(5)}   ${round(r.bpmnEngine).toString().padStart(13)}  ${round(r.kunlun / r.bpmnEngine, 2)
        .toString()
        .padStart(18)}`,
    );
  }
  say(`engine/ceiling (lowest of the three): ${round(engineVsCeiling, 2)}  (target ≥ 0.4)`);
  say(`Kunlun/bpmn-engine (lowest of the three): ${round(kunlunVsBpmnEngine, 2)}  (target ≥ 2)`);
  say();

  const sizes = quick ? { tasks: 20_000, history: 100_000, runs: 100 } : { tasks: 1_000_000, history: 5_000_000, runs: 500 };
  say(`Loading ${sizes.tasks.toLocaleString()} open tasks of one person and ${sizes.history.toLocaleString()} history rows…`);
  const todo = await todoLatency(await servers.newDatabase('todo'), servers.redisUrl, `benchtodo${Date.now()}`, sizes);
  say(
    `loaded in ${todo.loadSeconds} s: ${todo.tasks.toLocaleString()} tasks, ${todo.history.toLocaleString()} history rows; todo total shown ${todo.total}${todo.total >= 10_000 ? '+' : ''}`,
  );
  say(`待办 first page (20 rows), ${sizes.runs} runs: p50 ${todo.p50} ms, p95 ${todo.p95} ms  (target p95 ≤ 10 ms)`);
  say(`peak RSS of this process (Kunlun runtime and the baselines together): ${peakRssMb()} MB`);
  say(
    JSON.stringify({
      completionsPerSec: Object.fromEntries(rows.map((r) => [String(r.clients), round(r.kunlun)])),
      engineVsCeiling: round(engineVsCeiling, 2),
      kunlunVsBpmnEngine: round(kunlunVsBpmnEngine, 2),
      todoP50Ms: todo.p50,
      todoP95Ms: todo.p95,
      fsync: servers.fsync,
    }),
  );
} finally {
  await servers.close();
}
