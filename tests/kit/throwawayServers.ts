import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Throw-away PostgreSQL and Redis servers for tests and benchmarks, on free loopback ports, with
 * their data in a temporary folder. As root, PostgreSQL runs as the `postgres` system user.
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function findBinary(name: string, dirs: string[]): string {
  const which = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`${name} is not installed (Debian: apt-get install -y ${name === 'redis-server' ? 'redis-server' : 'postgresql'})`);
}

const pgDirs = () =>
  fs.existsSync('/usr/lib/postgresql')
    ? fs
        .readdirSync('/usr/lib/postgresql')
        .sort()
        .reverse()
        .map((v) => `/usr/lib/postgresql/${v}/bin`)
    : [];

export interface ThrowawayServer {
  url: string;
  stop(): void;
}

export async function startPostgres(opts: { fsync?: boolean } = {}): Promise<ThrowawayServer> {
  const initdb = findBinary('initdb', pgDirs());
  const pgCtl = findBinary('pg_ctl', pgDirs());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kunlun-pg-'));
  const dataDir = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const run = (bin: string, args: string[]) =>
    asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], { stdio: 'pipe' }) : execFileSync(bin, args, { stdio: 'pipe' });
  run(initdb, ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=${opts.fsync ? 'on' : 'off'} -c synchronous_commit=${opts.fsync ? 'on' : 'off'} -c full_page_writes=${opts.fsync ? 'on' : 'off'} -c max_connections=300 -c shared_buffers=256MB`;
  run(pgCtl, ['-D', dataDir, '-o', options, '-l', path.join(dir, 'postgres.log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run(pgCtl, ['-D', dataDir, '-m', 'immediate', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export async function startRedis(opts: { args?: string[] } = {}): Promise<ThrowawayServer & { port: number }> {
  const port = await freePort();
  return startRedisDaemon(port, (dir) => [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    dir,
    ...(opts.args ?? []),
  ]);
}

/** A Redis Sentinel watching `master` on 127.0.0.1:masterPort, quick to declare it down (1 s). */
export async function startRedisSentinel(opts: { master: string; masterPort: number }): Promise<ThrowawayServer & { port: number }> {
  const port = await freePort();
  return startRedisDaemon(port, (dir) => {
    const conf = path.join(dir, 'sentinel.conf');
    fs.writeFileSync(
      conf,
      [
        `port ${port}`,
        'bind 127.0.0.1',
        `dir ${dir}`,
        `sentinel monitor ${opts.master} 127.0.0.1 ${opts.masterPort} 1`,
        `sentinel down-after-milliseconds ${opts.master} 1000`,
        `sentinel failover-timeout ${opts.master} 5000`,
        '',
      ].join('\n'),
    );
    return [conf, '--sentinel'];
  });
}

async function startRedisDaemon(port: number, argsIn: (dir: string) => string[]): Promise<ThrowawayServer & { port: number }> {
  const bin = findBinary('redis-server', ['/usr/bin', '/usr/local/bin']);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kunlun-redis-'));
  const pidfile = path.join(dir, 'redis.pid');
  execFileSync(bin, [...argsIn(dir), '--daemonize', 'yes', '--pidfile', pidfile, '--logfile', path.join(dir, 'redis.log')]);
  const deadline = Date.now() + 10_000;
  while (!fs.existsSync(pidfile)) {
    if (Date.now() > deadline) throw new Error('redis-server did not start');
    await new Promise((r) => setTimeout(r, 20));
  }
  await waitForPort(port, deadline);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop() {
      if (!fs.existsSync(dir)) return; // stopped already
      const pid = Number(fs.readFileSync(pidfile, 'utf8').trim());
      try {
        process.kill(pid, 'SIGTERM');
        const deadline = Date.now() + 5000;
        while (Date.now() < deadline) {
          process.kill(pid, 0); // throws once the process is gone
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
        }
      } catch {
        // gone
      }
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

async function waitForPort(port: number, deadline: number): Promise<void> {
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on port ${port}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
