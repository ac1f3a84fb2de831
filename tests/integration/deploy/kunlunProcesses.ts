import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../kit/throwawayServers.ts';
import { waitFor } from '@kunlun/test-kit';

/**
 * Kunlun as an administrator runs it: the CLI as a child process (one process, tsx as a loader),
 * with only the environment it is given — nothing leaks in from the test runner.
 */
export const repo = path.resolve(import.meta.dirname, '..', '..', '..');
export const CLI = path.join(repo, 'core', 'src', 'cli', 'main.ts');

/**
 * A unique temporary folder path for one describe block, created by the block's first
 * beforeAll — so a block skipped on this database leaves nothing behind.
 */
export function scratchPath(prefix: string): string {
  return path.join(os.tmpdir(), `${prefix}-${randomBytes(5).toString('hex')}`);
}

export function childEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `kunlun <args>` to its end; `input` is written to its stdin (then closed). */
export function runKunlun(
  args: string[],
  opts: { env: Record<string, string | undefined>; input?: string; nodeArgs?: string[]; timeoutMs?: number },
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', CLI, ...args], {
      cwd: repo,
      env: childEnv(opts.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`kunlun ${args.join(' ')} did not finish in ${opts.timeoutMs ?? 200_000} ms\n${stdout}\n${stderr}`));
    }, opts.timeoutMs ?? 200_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(opts.input ?? '');
  });
}

export interface KunlunProcess {
  role: string;
  url: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `kunlun serve|worker|all` and waits until it is ready: an API answers /healthz with 200,
 * a worker has logged that it started.
 */
export async function startKunlun(
  role: 'serve' | 'worker' | 'all',
  opts: { env: Record<string, string | undefined>; nodeArgs?: string[]; args?: string[]; timeoutMs?: number },
): Promise<KunlunProcess> {
  const port = role === 'worker' ? 0 : await freePort();
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', CLI, role, ...(opts.args ?? [])], {
    cwd: repo,
    env: childEnv({ LOG_LEVEL: 'info', HOST: '127.0.0.1', ...opts.env, PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  };
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`kunlun ${role} exited with code ${code}`))));
  exited.catch(() => {}); // also rejects when stopped later, which is expected
  try {
    await Promise.race([
      exited,
      waitFor(
        async () => {
          if (role === 'worker') return output.includes('Kunlun worker started');
          const res = await fetch(`${url}/healthz`).catch(() => null);
          return res?.status === 200;
        },
        { what: `kunlun ${role} to be ready`, timeoutMs: opts.timeoutMs ?? 120_000, intervalMs: 100 },
      ),
    ]);
  } catch (err) {
    await stop();
    throw new Error(`${(err as Error).message}\n--- output of kunlun ${role} ---\n${output}`);
  }
  return { role, url, child, output: () => output, stop };
}
