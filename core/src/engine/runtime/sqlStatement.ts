import type { Knex } from 'knex';

/**
 * The statements every move writes (its tasks, history and instance row), compiled by hand into
 * the shape knex's `toSQL()` gives: SQL with `?` placeholders and its bindings. Going through the
 * query builder for them cost a tenth of a move's time in Node; what they are is fixed, so a few
 * string joins do. Values follow knex's rules: a knex raw (`trx.fn.now()`, `trx.raw(…)`) is
 * and an SqlExpression are written in place, `undefined` is DEFAULT in an insert and left out of an update.
 */
export interface SqlStatement {
  sql: string;
  bindings: readonly unknown[];
}

/** An SQL expression written in place of a value (`version + 1`, a subselect). */
export class SqlExpression {
  constructor(
    readonly sql: string,
    readonly bindings: readonly unknown[] = [],
  ) {}
}

export const CURRENT_TIMESTAMP = new SqlExpression('CURRENT_TIMESTAMP');

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function isRaw(value: unknown): value is Knex.Raw {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toSQL?: unknown }).toSQL === 'function' &&
    typeof (value as { isRawInstance?: unknown }).isRawInstance === 'boolean'
  );
}

function valueSql(value: unknown, bindings: unknown[]): string {
  if (value instanceof SqlExpression) {
    bindings.push(...value.bindings);
    return value.sql;
  }
  if (isRaw(value)) {
    const compiled = value.toSQL();
    bindings.push(...compiled.bindings);
    return compiled.sql;
  }
  bindings.push(value);
  return '?';
}

/** INSERT of rows (columns: every key any row has, in name order, as knex writes them). */
export function insertRows(table: string, rows: readonly Record<string, unknown>[]): SqlStatement {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))].sort();
  const bindings: unknown[] = [];
  const values = rows.map((row) => `(${columns.map((c) => (row[c] === undefined ? 'DEFAULT' : valueSql(row[c], bindings))).join(', ')})`);
  return { sql: `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ${values.join(', ')}`, bindings };
}

/** UPDATE of one row by its id. */
export function updateById(table: string, id: string, changes: Record<string, unknown>): SqlStatement {
  const bindings: unknown[] = [];
  const set = Object.entries(changes)
    .filter(([, v]) => v !== undefined)
    .map(([column, v]) => `${quote(column)} = ${valueSql(v, bindings)}`);
  bindings.push(id);
  return { sql: `update ${quote(table)} set ${set.join(', ')} where "id" = ?`, bindings };
}
