import { UsageError, type Command } from '../command.ts';
import { loadConfig, type Config } from '../../config/config.ts';
import { createLogger } from '../../log/logger.ts';
import { createRuntime, type ProcessRole } from '../../runtime/kunlunRuntime.ts';
import { createHealthApp, startHttpServer, type RunningServer } from '../../runtime/httpApp.ts';
import { startLocalRedis, type LocalRedis } from '../localRedis.ts';
import { onShutdown } from '../processLifecycle.ts';
import { startEngineBackground } from '../../engine/engineWiring.ts';

/** `serve`, `worker` and `all`: the three ways a Kunlun process runs. */
async function run(role: Exclude<ProcessRole, 'cli'>, values: Record<string, string | boolean | undefined>): Promise<number> {
  const config: Config = loadConfig();
  const healthOn = role === 'worker' && values['health-port'] !== undefined ? healthPort(values['health-port']) : null;
  const log = createLogger(config.logLevel, { role });
  let localRedis: LocalRedis | null = null;
  if (!config.redis.url) {
    localRedis = await startLocalRedis(config.dataDir);
    config.redis.url = localRedis.url;
    log.info({ socket: decodeURIComponent(localRedis.url.split('socket=')[1] ?? '') }, 'REDIS_URL not set: started a local redis-server');
  }
  const runtime = await createRuntime(config, { role, log, migrate: values['no-migrate'] !== true });
  const server = role === 'worker' ? null : await startHttpServer(runtime);
  const health: RunningServer | null = healthOn === null ? null : await startHttpServer(runtime, createHealthApp(runtime), healthOn);
  let stopBackground = () => {};
  if (role !== 'serve' && runtime.jobs) {
    await runtime.jobs.startWorkers(Number(values.concurrency ?? 8));
    stopBackground = startEngineBackground(runtime.engine, runtime.jobs, log);
  }
  log.info(
    {
      role,
      url: server?.url ?? health?.url,
      database: runtime.database.describe,
      modules: runtime.modules.enabled.map((m) => m.name),
      version: runtime.version,
    },
    role === 'worker' ? 'Kunlun worker started' : `Kunlun listening on ${server?.url}`,
  );
  if (server) process.stdout.write(`\n  昆仑办公 Kunlun OA ${runtime.version} — ${server.url}\n\n`);
  await onShutdown(log, async () => {
    stopBackground();
    await server?.close();
    await health?.close();
    await runtime.close();
    await localRedis?.stop();
  });
  return 0;
}

function healthPort(value: string | boolean | undefined): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--health-port: a port number 0–65535, not "${String(value)}"`);
  return port;
}

const common = `Environment: see \`kunlun --help\` for every variable (PORT, HOST, DATABASE_URL, REDIS_URL, …).
  --no-migrate      do not apply pending migrations at start (run \`kunlun migrate up\` separately)`;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'HTTP API and the web desktop',
  usage: `Usage: kunlun serve [--no-migrate]\n\nServes the HTTP API and the built web desktop on $HOST:$PORT (default 0.0.0.0:3000).\n${common}`,
  options: { 'no-migrate': { type: 'boolean' } },
  run: ({ values }) => run('serve', values),
};

export const workerCommand: Command = {
  name: 'worker',
  summary: 'background workers (timers, distribution, notifications)',
  usage: `Usage: kunlun worker [--concurrency N] [--health-port N] [--no-migrate]\n\nRuns the BullMQ workers of core and every enabled module.\n${common}\n  --concurrency N   jobs run at once per queue (default 8)\n  --health-port N   answer GET /healthz on $HOST:N (database and Redis), for probes`,
  options: { 'no-migrate': { type: 'boolean' }, concurrency: { type: 'string' }, 'health-port': { type: 'string' } },
  run: ({ values }) => run('worker', values),
};

export const allCommand: Command = {
  name: 'all',
  summary: 'API, web and workers in one process (small sites)',
  usage: `Usage: kunlun all [--concurrency N] [--no-migrate]\n\nServes the API and the web desktop and runs the workers in one process.\n${common}\n  --concurrency N   jobs run at once per queue (default 8)`,
  options: { 'no-migrate': { type: 'boolean' }, concurrency: { type: 'string' } },
  run: ({ values }) => run('all', values),
};
