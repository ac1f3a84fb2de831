import type { Knex } from 'knex';

/**
 * What a logical dump needs to know of each table, read from PostgreSQL's catalog (the same on
 * a server and on PGlite): its columns (generated ones are computed again, not stored), its
 * primary key (the order rows are dumped in), the foreign keys between tables and the sequences
 * behind identity and serial columns.
 */
export interface TableInfo {
  name: string;
  /** Columns stored in a dump, in table order. */
  columns: string[];
  primaryKey: { name: string; type: string }[];
  /** Tables this one references (itself excluded). */
  references: string[];
}

export interface ForeignKey {
  table: string;
  name: string;
  deferrable: boolean;
  initiallyDeferred: boolean;
}

/** Migration bookkeeping is not data: a restore rebuilds it by running the migrations. */
export const NOT_DUMPED = ['kunlun_migrations'];

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function listTables(db: Knex.Transaction | Knex): Promise<TableInfo[]> {
  const tables: { name: string }[] = (
    await db.raw(`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname`)
  ).rows;
  const columns: { table: string; name: string; generated: string }[] = (
    await db.raw(`SELECT c.relname AS table, a.attname AS name, a.attgenerated AS generated
                  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = current_schema() AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum`)
  ).rows;
  const keys: { table: string; name: string; type: string }[] = (
    await db.raw(`SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
                  FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                  CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
                  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                  WHERE n.nspname = current_schema() AND i.indisprimary ORDER BY c.relname, k.ord`)
  ).rows;
  const refs: { table: string; referenced: string }[] = (
    await db.raw(`SELECT DISTINCT c.relname AS table, r.relname AS referenced
                  FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class r ON r.oid = con.confrelid
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE con.contype = 'f' AND n.nspname = current_schema()`)
  ).rows;
  return tables
    .filter((t) => !NOT_DUMPED.includes(t.name))
    .map((t) => ({
      name: t.name,
      columns: columns.filter((c) => c.table === t.name && !c.generated).map((c) => c.name),
      primaryKey: keys.filter((k) => k.table === t.name).map((k) => ({ name: k.name, type: k.type })),
      references: refs.filter((r) => r.table === t.name && r.referenced !== t.name).map((r) => r.referenced),
    }));
}

/** Tables ordered so every table comes after those it references (cycles keep name order). */
export function inDependencyOrder(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const ordered: TableInfo[] = [];
  const visit = (t: TableInfo) => {
    if (done.has(t.name) || visiting.has(t.name)) return;
    visiting.add(t.name);
    for (const r of t.references) {
      const referenced = byName.get(r);
      if (referenced) visit(referenced);
    }
    visiting.delete(t.name);
    done.add(t.name);
    ordered.push(t);
  };
  for (const t of tables) visit(t);
  return ordered;
}

export async function listForeignKeys(db: Knex.Transaction): Promise<ForeignKey[]> {
  return (
    await db.raw(`SELECT c.relname AS table, con.conname AS name, con.condeferrable AS deferrable, con.condeferred AS "initiallyDeferred"
                  FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE con.contype = 'f' AND n.nspname = current_schema() ORDER BY c.relname, con.conname`)
  ).rows;
}

/** Sets every identity or serial sequence of the tables past the largest value restored. */
export async function resetSequences(db: Knex.Transaction, tables: TableInfo[]): Promise<void> {
  for (const t of tables) {
    for (const column of t.columns) {
      const seq = (await db.raw('SELECT pg_get_serial_sequence(?, ?) AS seq', [quoteIdent(t.name), column])).rows[0]?.seq as string | null;
      if (!seq) continue;
      await db.raw(`SELECT setval(?::regclass, COALESCE((SELECT max(${quoteIdent(column)}) FROM ${quoteIdent(t.name)}), 0) + 1, false)`, [seq]);
    }
  }
}
