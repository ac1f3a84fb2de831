/**
 * Where Redis is, from the one REDIS_URL setting:
 * - `redis://[user:password@]host:port[/db]` or `rediss://…` (TLS): one server;
 * - `redis://localhost/?socket=/path/redis.sock`: a unix socket (the embedded default);
 * - `redis+sentinel://[user:password@]host:port[,host:port…]/<master>[/db][?sentinelPassword=…]`:
 *   the master that Redis Sentinel names, followed through fail-overs (a province's set-up);
 *   `rediss+sentinel://` reaches the master over TLS.
 */
export type RedisAddress =
  | { kind: 'url'; url: string }
  | { kind: 'socket'; path: string; db: number }
  | {
      kind: 'sentinel';
      sentinels: { host: string; port: number }[];
      master: string;
      db: number;
      username?: string;
      password?: string;
      sentinelPassword?: string;
      tls: boolean;
    };

export class RedisAddressError extends Error {}

const SENTINEL = /^(rediss?)\+sentinel:\/\/(?:([^@/]*)@)?([^/?#]+)\/([^/?#]+)(?:\/(\d+))?\/?(?:\?([^#]*))?$/;

export function parseRedisAddress(value: string): RedisAddress {
  const sentinel = SENTINEL.exec(value);
  if (sentinel) {
    const [, scheme, auth, hosts, master, db, query] = sentinel;
    const sentinels = hosts!.split(',').map((entry) => {
      const m = /^([^:,]+|\[[0-9a-f:]+\]):(\d{1,5})$/i.exec(entry.trim());
      if (!m || Number(m[2]) > 65535) throw new RedisAddressError(`"${entry}" is not host:port of a sentinel`);
      return { host: m[1]!.replace(/^\[|\]$/g, ''), port: Number(m[2]) };
    });
    const [username, password] = auth ? auth.split(':').map(decodeURIComponent) : [];
    const sentinelPassword = new URLSearchParams(query ?? '').get('sentinelPassword') ?? undefined;
    return {
      kind: 'sentinel',
      sentinels,
      master: decodeURIComponent(master!),
      db: Number(db ?? 0),
      ...(username ? { username } : {}),
      ...(password ? { password } : {}),
      ...(sentinelPassword ? { sentinelPassword } : {}),
      tls: scheme === 'rediss',
    };
  }
  if (/^rediss?\+sentinel:/.test(value)) throw new RedisAddressError('a sentinel address is redis+sentinel://host:port[,host:port…]/<master name>[/db]');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new RedisAddressError('not a URL');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new RedisAddressError('must start with redis://, rediss:// or redis+sentinel://');
  const socket = url.searchParams.get('socket');
  if (socket) return { kind: 'socket', path: socket, db: Number(url.pathname.slice(1) || 0) };
  return { kind: 'url', url: value };
}

/** The address without its passwords, for logs and the installer's summary. */
export function describeRedisAddress(address: RedisAddress): string {
  switch (address.kind) {
    case 'socket':
      return `unix:${address.path}`;
    case 'url':
      return new URL(address.url).host;
    case 'sentinel':
      return `sentinel ${address.master} @ ${address.sentinels.map((s) => `${s.host}:${s.port}`).join(',')}`;
  }
}
