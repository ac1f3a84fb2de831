import { describe, expect, it } from 'vitest';
import { describeRedisAddress, parseRedisAddress } from '../../src/jobs/redisAddress.ts';
import { ConfigError, loadConfig } from '../../src/config/config.ts';

describe('the Redis address in REDIS_URL', () => {
  it('a plain URL and a unix socket are one server', () => {
    expect(parseRedisAddress('redis://:pw@cache.internal:6380/2')).toEqual({ kind: 'url', url: 'redis://:pw@cache.internal:6380/2' });
    expect(parseRedisAddress('redis://localhost/3?socket=/var/lib/kunlun/redis.sock')).toEqual({ kind: 'socket', path: '/var/lib/kunlun/redis.sock', db: 3 });
  });

  it('redis+sentinel names the sentinels, the master, the database and the passwords', () => {
    const address = parseRedisAddress('redis+sentinel://kunlun:s%40cret@10.0.0.11:26379,10.0.0.12:26379,[fd00::13]:26380/qh-master/1?sentinelPassword=watch');
    expect(address).toEqual({
      kind: 'sentinel',
      sentinels: [
        { host: '10.0.0.11', port: 26379 },
        { host: '10.0.0.12', port: 26379 },
        { host: 'fd00::13', port: 26380 },
      ],
      master: 'qh-master',
      db: 1,
      username: 'kunlun',
      password: 's@cret',
      sentinelPassword: 'watch',
      tls: false,
    });
    expect(describeRedisAddress(address)).toBe('sentinel qh-master @ 10.0.0.11:26379,10.0.0.12:26379,fd00::13:26380');
    expect(parseRedisAddress('rediss+sentinel://s1:26379/m')).toMatchObject({ tls: true, db: 0, sentinels: [{ host: 's1', port: 26379 }] });
  });

  it('a sentinel address without a master or with a bad host is refused, naming what is wrong, and so is the configuration', () => {
    expect(() => parseRedisAddress('redis+sentinel://s1:26379')).toThrow(/<master name>/);
    expect(() => parseRedisAddress('redis+sentinel://s1,s2:26379/m')).toThrow('"s1" is not host:port of a sentinel');
    expect(() => parseRedisAddress('memcached://x')).toThrow(/redis\+sentinel/);
    let error: unknown;
    try {
      loadConfig({ REDIS_URL: 'redis+sentinel://s1:99999/m' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.join('\n')).toMatch(/^REDIS_URL: "s1:99999" is not host:port of a sentinel/m);
    expect(loadConfig({ REDIS_URL: 'redis+sentinel://s1:26379,s2:26379/m' }).redis.url).toBe('redis+sentinel://s1:26379,s2:26379/m');
  });
});
