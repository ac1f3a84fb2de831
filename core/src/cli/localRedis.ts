import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';

/**
 * When REDIS_URL is not set, a small site runs its own redis-server, listening only on a unix
 * socket inside the data directory, with an append-only file so queued jobs survive restarts.
 */
export const REDIS_INSTALL_HINT = [
  'Kunlun 需要 Redis 运行后台任务（定时器、分发、通知），但本机没有安装 redis-server。',
  'Kunlun needs Redis for background jobs, and redis-server is not installed on this machine.',
  '  Debian/Ubuntu:  sudo apt-get install -y redis-server',
  '  or point Kunlun at a Redis server:  REDIS_URL=redis://host:6379 pnpm kunlun all',
].join('\n');

export function findRedisServer(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const bin = found.stdout.trim();
  if (found.status === 0 && bin) return bin;
  for (const candidate of ['/usr/bin/redis-server', '/usr/local/bin/redis-server', '/usr/sbin/redis-server']) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

export interface LocalRedis {
  url: string;
  stop(): Promise<void>;
}

export async function startLocalRedis(dataDir: string): Promise<LocalRedis> {
  const bin = findRedisServer();
  if (!bin) throw new Error(REDIS_INSTALL_HINT);
  const dir = path.join(dataDir, 'redis');
  fs.mkdirSync(dir, { recursive: true });
  const socket = path.join(dir, 'redis.sock');
  // A socket left by a redis-server that is still running (another Kunlun process) is reused.
  if (fs.existsSync(socket) && (await answers(socket))) {
    return { url: `redis://localhost/?socket=${encodeURIComponent(socket)}`, stop: async () => {} };
  }
  fs.rmSync(socket, { force: true });
  const child: ChildProcess = spawn(
    bin,
    [
      '--port',
      '0',
      '--unixsocket',
      socket,
      '--unixsocketperm',
      '700',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--save',
      '',
      '--daemonize',
      'no',
      '--loglevel',
      'warning',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const deadline = Date.now() + 10_000;
  while (!(await answers(socket))) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}`);
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error('redis-server did not start within 10 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stopChild = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stopChild);
  return {
    url: `redis://localhost/?socket=${encodeURIComponent(socket)}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function answers(socket: string): Promise<boolean> {
  if (!fs.existsSync(socket)) return false;
  const client = new Redis({ path: socket, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}
