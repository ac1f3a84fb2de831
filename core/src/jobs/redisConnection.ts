import { Redis, type RedisOptions } from 'ioredis';

/**
 * Redis connections for BullMQ and for health checks. BullMQ workers need
 * `maxRetriesPerRequest: null` so blocking commands survive reconnects.
 */
export function connectRedis(url: string, opts: RedisOptions = {}): Redis {
  const parsed = new URL(url);
  const socketPath = parsed.searchParams.get('socket');
  const base: RedisOptions = {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    lazyConnect: false,
    connectionName: 'kunlun',
    ...opts,
  };
  // redis://localhost/?socket=/path/to/redis.sock connects over a unix socket (the embedded default).
  if (socketPath) return new Redis({ ...base, path: socketPath, db: Number(parsed.pathname.slice(1) || 0) });
  return new Redis(url, base);
}

export async function pingRedis(redis: Redis, timeoutMs = 1000): Promise<boolean> {
  try {
    const answer = await Promise.race([
      redis.ping(),
      new Promise<string>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs).unref()),
    ]);
    return answer === 'PONG';
  } catch {
    return false;
  }
}

/** Quits politely when connected; a client that never reached its server is just disconnected. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status !== 'ready') {
    redis.disconnect();
    return;
  }
  await Promise.race([redis.quit().catch(() => undefined), new Promise((r) => setTimeout(r, 2000).unref())]);
  if ((redis.status as string) !== 'end') redis.disconnect();
}
