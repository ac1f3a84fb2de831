import { connectRedis, closeRedis } from '../jobs/redisConnection.ts';
import { findRedisServer, REDIS_INSTALL_HINT } from '../cli/localRedis.ts';
import { text } from '../i18n/text.ts';
import { AdminCommandError } from './adminCommandError.ts';

/**
 * Redis of a new installation: a given URL must answer PING (and say which version it runs);
 * without one, Kunlun starts its own redis-server, which must then be installed here.
 */
export async function checkRedis(url: string | null): Promise<string> {
  if (!url) {
    const bin = findRedisServer();
    if (!bin)
      throw new AdminCommandError(
        text('未设置 Redis 地址，本机也没有 redis-server', 'No Redis URL given and redis-server is not installed here'),
        REDIS_INSTALL_HINT.split('\n'),
      );
    return `未设置地址：serve/worker 将在数据目录中启动本机 ${bin} / no URL: serve and worker start ${bin} in the data directory`;
  }
  const redis = connectRedis(url, { maxRetriesPerRequest: 1, retryStrategy: () => null, connectTimeout: 5000, lazyConnect: true });
  redis.on('error', () => {});
  try {
    await redis.connect();
    const info = await redis.info('server');
    const version = /redis_version:([^\r\n]+)/.exec(info)?.[1] ?? '?';
    if (Number(version.split('.')[0]) < 6) {
      throw new AdminCommandError(text(`Redis ${version} 太旧，昆仑需要 6.2 或更新的版本`, `Redis ${version} is too old; Kunlun needs 6.2 or newer`));
    }
    return `Redis ${version}`;
  } catch (err) {
    if (err instanceof AdminCommandError) throw err;
    const where = new URL(url).host;
    throw new AdminCommandError(text(`无法连接 Redis ${where}：${(err as Error).message}`, `Cannot reach Redis at ${where}: ${(err as Error).message}`));
  } finally {
    await closeRedis(redis);
  }
}
