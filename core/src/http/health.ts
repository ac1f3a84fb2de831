import type { Knex } from 'knex';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { defineRoute, RESPONSE_SENT } from './route.ts';
import { pingRedis } from '../jobs/redisConnection.ts';

const componentSchema = z.object({ ok: z.boolean(), ms: z.number(), detail: z.string().optional() });

async function timed(check: () => Promise<boolean | string>): Promise<z.infer<typeof componentSchema>> {
  const started = performance.now();
  let ok = false;
  let detail: string | undefined;
  try {
    const result = await check();
    ok = result === true;
    if (typeof result === 'string') detail = result;
  } catch (err) {
    detail = (err as Error).message;
  }
  return { ok, ms: Math.round((performance.now() - started) * 10) / 10, ...(detail ? { detail } : {}) };
}

/** GET /healthz: 200 when the database and Redis answer, 503 when either does not. */
export function healthRoute(deps: { db: Knex; dbKind: string; redis: Redis | null; version: string; role: string }) {
  return defineRoute({
    method: 'GET',
    path: '/healthz',
    summary: '健康检查 Health of the process, its database and Redis',
    tags: ['system'],
    access: 'public',
    response: z.object({
      status: z.enum(['ok', 'unavailable']),
      version: z.string(),
      role: z.string(),
      database: componentSchema.extend({ kind: z.string() }),
      redis: componentSchema,
    }),
    async handler({ ctx }) {
      const [database, redis] = await Promise.all([
        timed(async () => {
          await deps.db.raw('select 1');
          return true;
        }),
        timed(async () => (deps.redis ? pingRedis(deps.redis) : 'not configured')),
      ]);
      const ok = database.ok && redis.ok;
      const body = {
        status: ok ? ('ok' as const) : ('unavailable' as const),
        version: deps.version,
        role: deps.role,
        database: { ...database, kind: deps.dbKind },
        redis,
      };
      ctx.set('Cache-Control', 'no-store');
      if (!ok) {
        ctx.status = 503;
        ctx.body = body;
        return RESPONSE_SENT;
      }
      return body;
    },
  });
}
