import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { once } from 'node:events';
import readline from 'node:readline';
import type { Knex } from 'knex';
import { quoteIdent, type TableInfo } from './tableCatalog.ts';

/**
 * One table as JSON lines — `row_to_json` of its stored columns, in primary-key order, read
 * page by page (keyset pagination), with the session's time zone set to UTC so the same rows
 * always give the same bytes. The same format loads into PostgreSQL or PGlite of any recent
 * version, which is what lets an embedded installation move to a PostgreSQL server.
 */
const PAGE = 2000;

export interface TableDigest {
  rows: number;
  bytes: number;
  sha256: string;
}

/** Call first in the dump (or verify) transaction: a stable snapshot and stable text. */
export async function prepareDumpSession(trx: Knex.Transaction, readOnly: boolean): Promise<void> {
  if (readOnly) await trx.raw('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
  await trx.raw("SET LOCAL TimeZone = 'UTC'");
  await trx.raw("SET LOCAL DateStyle = 'ISO, YMD'");
}

/** The table's rows as JSON lines, page by page. */
async function* tableLines(trx: Knex.Transaction, table: TableInfo): AsyncGenerator<string> {
  const cols = table.columns.map(quoteIdent).join(', ');
  const key = table.primaryKey;
  if (!key.length) {
    const order = table.columns.map((_, i) => `${i + 1}`).join(', ');
    const { rows } = await trx.raw(`SELECT row_to_json(t)::text AS line FROM (SELECT ${cols} FROM ${quoteIdent(table.name)} ORDER BY ${order}) t`);
    for (const r of rows as { line: string }[]) yield r.line;
    return;
  }
  const keyCols = key.map((k) => quoteIdent(k.name)).join(', ');
  let after: string[] | null = null;
  for (;;) {
    const where = after ? `WHERE (${keyCols}) > (${key.map((k) => `?::${k.type}`).join(', ')})` : '';
    const keyOut = key.map((k, i) => `t.${quoteIdent(k.name)}::text AS k${i}`).join(', ');
    const { rows } = await trx.raw(
      `SELECT row_to_json(t)::text AS line, ${keyOut} FROM (SELECT ${cols} FROM ${quoteIdent(table.name)} ${where} ORDER BY ${keyCols} LIMIT ${PAGE}) t`,
      after ?? [],
    );
    for (const r of rows as Record<string, string>[]) yield r.line!;
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1] as Record<string, string>;
    after = key.map((_, i) => last[`k${i}`]!);
  }
}

/** Writes the table to `file` (JSON lines) and returns its row count, size and SHA-256. */
export async function dumpTable(trx: Knex.Transaction, table: TableInfo, file: string): Promise<TableDigest> {
  const hash = createHash('sha256');
  const out = fs.createWriteStream(file, { mode: 0o600 });
  let rows = 0;
  let bytes = 0;
  try {
    for await (const line of tableLines(trx, table)) {
      const data = Buffer.from(`${line}\n`);
      hash.update(data);
      rows++;
      bytes += data.length;
      if (!out.write(data)) await once(out, 'drain');
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return { rows, bytes, sha256: hash.digest('hex') };
}

/** The digest the table's current rows would have in a dump. */
export async function digestTable(trx: Knex.Transaction, table: TableInfo): Promise<TableDigest> {
  const hash = createHash('sha256');
  let rows = 0;
  let bytes = 0;
  for await (const line of tableLines(trx, table)) {
    const data = Buffer.from(`${line}\n`);
    hash.update(data);
    rows++;
    bytes += data.length;
  }
  return { rows, bytes, sha256: hash.digest('hex') };
}

/** Inserts the rows of a dumped table (JSON lines in `file`) in batches. */
export async function loadTable(trx: Knex.Transaction, table: TableInfo, file: string): Promise<number> {
  const cols = table.columns.map(quoteIdent).join(', ');
  const insert = `INSERT INTO ${quoteIdent(table.name)} (${cols}) OVERRIDING SYSTEM VALUE SELECT ${cols} FROM json_populate_recordset(NULL::${quoteIdent(table.name)}, ?::json)`;
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let batch: string[] = [];
  let batchBytes = 0;
  let rows = 0;
  const flush = async () => {
    if (!batch.length) return;
    await trx.raw(insert, [`[${batch.join(',')}]`]);
    rows += batch.length;
    batch = [];
    batchBytes = 0;
  };
  for await (const line of lines) {
    if (!line) continue;
    batch.push(line);
    batchBytes += line.length;
    if (batch.length >= 1000 || batchBytes > 4_000_000) await flush();
  }
  await flush();
  return rows;
}
