import path from 'node:path';
import { z } from 'zod';
import { parseRedisAddress } from '../jobs/redisAddress.ts';

/**
 * Kunlun is configured from environment variables only. Every variable is
 * validated here once, at start-up, and a wrong value stops the process with
 * a message naming the variable, what it got and what it expects.
 */
const durationMinutes = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(fallback);

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine(
      (v) => {
        if (v === undefined) return true;
        try {
          return protocols.includes(new URL(v).protocol);
        } catch {
          return false;
        }
      },
      { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
    );

const booleanFlag = z.enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off']).transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: optionalUrl(['postgres:', 'postgresql:']),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  KUNLUN_DATA_DIR: z.string().min(1).default('./data'),
  REDIS_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .superRefine((v, ctx) => {
      if (v === undefined) return;
      try {
        parseRedisAddress(v);
      } catch (err) {
        ctx.addIssue({
          code: 'custom',
          message: `${(err as Error).message} (redis://host:6379, rediss://…, or redis+sentinel://host:26379,host:26379/<master>)`,
        });
      }
    }),
  KUNLUN_REDIS_PREFIX: z
    .string()
    .regex(/^[a-z0-9_:-]+$/i, 'letters, digits, "_", ":" and "-" only')
    .default('kunlun'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  KUNLUN_MODULES_DIR: z.string().min(1).optional(),
  KUNLUN_MODULES: z
    .string()
    .optional()
    .transform((v) =>
      v === undefined || v.trim() === ''
        ? undefined
        : v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
    ),
  KUNLUN_WEB_DIR: z.string().min(1).optional(),
  KUNLUN_SESSION_IDLE_MINUTES: durationMinutes(30),
  KUNLUN_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  KUNLUN_LOCKOUT_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  KUNLUN_LOCKOUT_MINUTES: durationMinutes(15),
  KUNLUN_COOKIE_SECURE: booleanFlag.optional(),
  KUNLUN_BODY_LIMIT_KB: z.coerce
    .number()
    .int()
    .min(1)
    .max(1024 * 1024)
    .default(1024),
  KUNLUN_UPLOAD_LIMIT_MB: z.coerce.number().int().min(1).max(4096).default(50),
  KUNLUN_DEMO_PASSWORD: z.string().min(8).default('Kunlun@2026'),
  KUNLUN_TRUST_PROXY: booleanFlag.default(false),
  KUNLUN_JOB_LOCK_MS: z.coerce.number().int().min(500).max(600_000).default(30_000),
  KUNLUN_FILES_DIR: z.string().min(1).optional(),
  KUNLUN_BASE_DEFINITIONS_DIR: z.string().min(1).optional(),
});

export type RawConfig = z.infer<typeof configSchema>;

export interface Config {
  env: RawConfig['NODE_ENV'];
  http: { host: string; port: number; bodyLimitBytes: number; uploadLimitBytes: number; trustProxy: boolean };
  database: { kind: 'postgres'; url: string; poolMax: number } | { kind: 'pglite'; dataDir: string };
  redis: { url: string | undefined; prefix: string; jobLockMs: number };
  dataDir: string;
  logLevel: RawConfig['LOG_LEVEL'];
  modules: { dir: string; enabled: string[] | undefined };
  webDir: string;
  filesDir: string;
  /** The generic process definitions shipped with this release (<dir>/<module>/<key>.bpmn). */
  baseDefinitionsDir: string;
  sessions: { idleMinutes: number; maxHours: number; cookieSecure: boolean };
  lockout: { attempts: number; minutes: number };
  demoPassword: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Kunlun configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The repository root: core/src/config → ../../.. */
export const repoRoot = path.resolve(import.meta.dirname, '../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const known = Object.keys(configSchema.shape);
  const input = Object.fromEntries(known.map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '?');
        const got = env[name];
        return `${name}: ${issue.message}${got === undefined ? ' (not set)' : ` (got ${JSON.stringify(got)})`}`;
      }),
    );
  }
  const c = parsed.data;
  const dataDir = path.resolve(c.KUNLUN_DATA_DIR);
  return {
    env: c.NODE_ENV,
    http: {
      host: c.HOST,
      port: c.PORT,
      bodyLimitBytes: c.KUNLUN_BODY_LIMIT_KB * 1024,
      uploadLimitBytes: c.KUNLUN_UPLOAD_LIMIT_MB * 1024 * 1024,
      trustProxy: c.KUNLUN_TRUST_PROXY,
    },
    database: c.DATABASE_URL
      ? { kind: 'postgres', url: c.DATABASE_URL, poolMax: c.DATABASE_POOL_MAX }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    redis: { url: c.REDIS_URL, prefix: c.KUNLUN_REDIS_PREFIX, jobLockMs: c.KUNLUN_JOB_LOCK_MS },
    dataDir,
    logLevel: c.LOG_LEVEL,
    modules: {
      dir: path.resolve(c.KUNLUN_MODULES_DIR ?? path.join(repoRoot, 'modules')),
      enabled: c.KUNLUN_MODULES,
    },
    webDir: path.resolve(c.KUNLUN_WEB_DIR ?? path.join(repoRoot, 'web', 'dist')),
    filesDir: path.resolve(c.KUNLUN_FILES_DIR ?? path.join(dataDir, 'files')),
    baseDefinitionsDir: path.resolve(c.KUNLUN_BASE_DEFINITIONS_DIR ?? path.join(repoRoot, 'workflows', 'base')),
    sessions: {
      idleMinutes: c.KUNLUN_SESSION_IDLE_MINUTES,
      maxHours: c.KUNLUN_SESSION_MAX_HOURS,
      cookieSecure: c.KUNLUN_COOKIE_SECURE ?? c.NODE_ENV === 'production',
    },
    lockout: { attempts: c.KUNLUN_LOCKOUT_ATTEMPTS, minutes: c.KUNLUN_LOCKOUT_MINUTES },
    demoPassword: c.KUNLUN_DEMO_PASSWORD,
  };
}

/** Lines for `--help`: every variable with its default. */
export function describeConfig(): string[] {
  return [
    'HOST                         address to listen on (default 0.0.0.0)',
    'PORT                         port to listen on (default 3000)',
    'DATABASE_URL                 postgres://… ; unset → embedded PGlite in $KUNLUN_DATA_DIR/pglite',
    'DATABASE_POOL_MAX            PostgreSQL pool size per process (default 10)',
    'KUNLUN_DATA_DIR              data directory (default ./data)',
    'REDIS_URL                    redis://… , rediss://… or redis+sentinel://h1:26379,h2:26379/<master>; unset → a local redis-server started by Kunlun',
    'KUNLUN_REDIS_PREFIX          key prefix in Redis (default kunlun)',
    'LOG_LEVEL                    fatal|error|warn|info|debug|trace|silent (default info)',
    'KUNLUN_MODULES               comma-separated modules to enable (default: all found)',
    'KUNLUN_MODULES_DIR           where modules are found (default <repo>/modules)',
    'KUNLUN_WEB_DIR               built web desktop to serve (default <repo>/web/dist)',
    'KUNLUN_SESSION_IDLE_MINUTES  idle sign-out (default 30)',
    'KUNLUN_SESSION_MAX_HOURS     longest session (default 12)',
    'KUNLUN_LOCKOUT_ATTEMPTS      failed sign-ins before lock-out (default 5)',
    'KUNLUN_LOCKOUT_MINUTES       lock-out length (default 15)',
    'KUNLUN_COOKIE_SECURE         1 to mark cookies Secure (default: on in production)',
    'KUNLUN_BODY_LIMIT_KB         largest JSON body (default 1024)',
    'KUNLUN_UPLOAD_LIMIT_MB       largest uploaded file (default 50)',
    'KUNLUN_DEMO_PASSWORD         password of every demo account (default Kunlun@2026)',
    'KUNLUN_TRUST_PROXY           1 when behind nginx: trust X-Forwarded-For (default 0)',
    'KUNLUN_FILES_DIR             where uploaded files are kept (default $KUNLUN_DATA_DIR/files)',
    'KUNLUN_JOB_LOCK_MS           how long a worker holds a job before another may take it over (default 30000)',
    'KUNLUN_BASE_DEFINITIONS_DIR  the shipped base process definitions (default <repo>/workflows/base)',
  ];
}
