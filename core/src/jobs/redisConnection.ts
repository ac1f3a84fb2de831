import { Redis, type RedisOptions } from 'ioredis';
import { parseRedisAddress } from './redisAddress.ts';

/**
 * Redis connections for BullMQ and for health checks. BullMQ workers need
 * `maxRetriesPerRequest: null` so blocking commands survive reconnects.
 */
export function connectRedis(url: string, opts: RedisOptions = {}): Redis {
  const address = parseRedisAddress(url);
  const base: RedisOptions = {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    lazyConnect: false,
    connectionName: 'kunlun',
    ...opts,
  };
  switch (address.kind) {
    case 'socket':
      return new Redis({ ...base, path: address.path, db: address.db });
    case 'sentinel':
      return new Redis({
        ...base,
        sentinels: address.sentinels,
        name: address.master,
        db: address.db,
        username: address.username,
        password: address.password,
        sentinelPassword: address.sentinelPassword,
        ...(address.tls ? { tls: {}, enableTLSForSentinelMode: true } : {}),
      });
    case 'url':
      return new Redis(address.url, base);
  }
}

export async function pingRedis(redis: Redis, timeoutMs = 1000): Promise<boolean> {
  try {
    const answer = await Promise.race([redis.ping(), new Promise<string>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs).unref())]);
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
