import pg from 'pg';
import type { Knex } from 'knex';
import { text } from '../i18n/text.ts';
import { AdminCommandError } from './adminCommandError.ts';

/**
 * The database of a new installation: on PostgreSQL it is created when missing (with the
 * credentials of the URL, through the server's maintenance database); an existing database is
 * used only when it is empty or already Kunlun's, and of this installation.
 */
export const MIN_POSTGRES_VERSION = 130000;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function databaseNameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name)
    throw new AdminCommandError(
      text(
        'PostgreSQL 地址中没有数据库名，例如 postgres://kunlun@db:5432/kunlun',
        'The PostgreSQL URL names no database, e.g. postgres://kunlun@db:5432/kunlun',
      ),
    );
  return name;
}

/** Without the password: what may be shown and logged. */
export function describePostgresUrl(url: string): string {
  const u = new URL(url);
  return `postgres://${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.hostname}:${u.port || 5432}${u.pathname}`;
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: 'kunlun-install', connectionTimeoutMillis: 10_000 });
  await client.connect();
  return client;
}

export async function ensurePostgresDatabase(url: string): Promise<{ created: boolean; version: string }> {
  const name = databaseNameOf(url);
  let created = false;
  let client: pg.Client;
  try {
    client = await connect(url);
  } catch (err) {
    if ((err as { code?: string }).code !== '3D000') throw unreachable(url, err);
    await createDatabase(url, name);
    created = true;
    client = await connect(url);
  }
  try {
    const { rows } = await client.query<{ version: string; num: string; encoding: string }>(
      "SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num, pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()",
    );
    const row = rows[0]!;
    if (Number(row.num) < MIN_POSTGRES_VERSION) {
      throw new AdminCommandError(
        text(`PostgreSQL ${row.version} 太旧，昆仑需要 13 或更新的版本`, `PostgreSQL ${row.version} is too old; Kunlun needs 13 or newer`),
      );
    }
    if (row.encoding !== 'UTF8') {
      throw new AdminCommandError(
        text(`数据库 ${name} 的编码是 ${row.encoding}，昆仑需要 UTF8`, `Database ${name} is encoded ${row.encoding}; Kunlun needs UTF8`),
      );
    }
    return { created, version: row.version };
  } finally {
    await client.end();
  }
}

async function createDatabase(url: string, name: string): Promise<void> {
  let lastError: unknown;
  for (const maintenance of ['postgres', 'template1']) {
    const u = new URL(url);
    u.pathname = `/${maintenance}`;
    let client: pg.Client;
    try {
      client = await connect(u.toString());
    } catch (err) {
      lastError = err;
      continue;
    }
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(name)} ENCODING 'UTF8' TEMPLATE template0`);
      return;
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === '42P04') return; // created meanwhile by someone else
      if (code === '42501') {
        const owner = decodeURIComponent(new URL(url).username || 'kunlun');
        throw new AdminCommandError(
          text(
            `数据库 ${name} 不存在，且 ${owner} 无权创建。请数据库管理员执行：`,
            `Database ${name} does not exist and ${owner} may not create it. Ask the database administrator to run:`,
          ),
          [`CREATE DATABASE ${quoteIdent(name)} OWNER ${quoteIdent(owner)} ENCODING 'UTF8' TEMPLATE template0;`],
        );
      }
      throw err;
    } finally {
      await client.end();
    }
  }
  throw unreachable(url, lastError);
}

function unreachable(url: string, err: unknown): AdminCommandError {
  return new AdminCommandError(
    text(
      `无法连接 PostgreSQL ${describePostgresUrl(url)}：${(err as Error).message}`,
      `Cannot connect to PostgreSQL at ${describePostgresUrl(url)}: ${(err as Error).message}`,
    ),
  );
}

/**
 * Refuses a database that holds something else: tables but no Kunlun migrations, or the
 * organization of another installation (a different top unit).
 */
export async function assertInstallable(db: Knex, topCode: string): Promise<'new' | 'same'> {
  const tables: { name: string }[] = (await db.raw('SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()')).rows;
  if (tables.length === 0) return 'new';
  if (!tables.some((t) => t.name === 'kunlun_migrations')) {
    throw new AdminCommandError(
      text('数据库不是空的，也不是昆仑的数据库；请换一个数据库', 'The database is neither empty nor a Kunlun database; use another one'),
      tables.slice(0, 10).map((t) => t.name),
    );
  }
  if (!tables.some((t) => t.name === 'core_org_units')) return 'same';
  const roots: { code: string; name: string }[] = await db('core_org_units').whereNull('parent_id').select('code', 'name');
  const other = roots.filter((r) => r.code !== topCode);
  if (other.length) {
    throw new AdminCommandError(
      text(
        `该数据库已安装为“${other[0]!.name}”（${other[0]!.code}），不能再装为 ${topCode}`,
        `This database already holds the installation of ${other[0]!.name} (${other[0]!.code}), not ${topCode}`,
      ),
    );
  }
  return roots.length ? 'same' : 'new';
}
