import fs from 'node:fs';
import knexPkg, { type Knex } from 'knex';
import ClientPgLite from 'knex-pglite';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import pg from 'pg';
import type { Config } from '../config/config.ts';

export type Db = Knex;
export type Tx = Knex.Transaction;
/** Either the database or a transaction on it: what data functions take. */
export type Queryable = Knex | Knex.Transaction;

// bigint counts fit in a JS number for any realistic installation.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export interface Database {
  knex: Knex;
  kind: 'postgres' | 'pglite';
  /** Short description for logs and /healthz, never containing a password. */
  describe: string;
  close(): Promise<void>;
}

export const pgliteExtensions = { pg_trgm, btree_gist };

export async function openDatabase(config: Config['database']): Promise<Database> {
  if (config.kind === 'postgres') {
    const knex = knexPkg.knex({
      client: 'pg',
      connection: { connectionString: config.url, application_name: 'kunlun' },
      pool: { min: 0, max: config.poolMax },
    });
    const url = new URL(config.url);
    return {
      knex,
      kind: 'postgres',
      describe: `postgres://${url.hostname}:${url.port || 5432}${url.pathname}`,
      close: () => knex.destroy(),
    };
  }
  const memory = config.dataDir === 'memory://';
  if (!memory) fs.mkdirSync(config.dataDir, { recursive: true });
  const pglite = await PGlite.create(config.dataDir, { extensions: pgliteExtensions });
  return wrapPglite(pglite, memory ? 'pglite (in memory)' : `pglite ${config.dataDir}`);
}

export function wrapPglite(pglite: PGlite, describe: string): Database {
  const knex = knexPkg.knex({
    client: ClientPgLite as unknown as typeof knexPkg.Client,
    dialect: 'postgres',
    connection: () => ({ pglite }) as object,
  } as Knex.Config);
  return {
    knex,
    kind: 'pglite',
    describe,
    close: async () => {
      await knex.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

/** Runs fn in a transaction; repeats it when PostgreSQL reports a serialization failure or deadlock. */
export async function inTransaction<T>(db: Knex, fn: (trx: Knex.Transaction) => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await db.transaction(fn);
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (i < attempts && (code === '40001' || code === '40P01')) continue;
      throw err;
    }
  }
}

export async function countRows(query: Knex.QueryBuilder): Promise<number> {
  const row = (await query.clone().clearSelect().clearOrder().count<{ n: number | string }[]>('* as n'))[0];
  return Number(row?.n ?? 0);
}

/** Inserts many rows in chunks (one statement per chunk) on the given connection or transaction. */
export async function insertInChunks(knex: Queryable, table: string, rows: Record<string, unknown>[], chunkSize = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += chunkSize) await knex(table).insert(rows.slice(i, i + chunkSize));
}
