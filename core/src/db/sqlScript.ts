import type { Knex } from 'knex';

/**
 * Splits a SQL script into statements at top-level semicolons, respecting quoted strings,
 * quoted identifiers, dollar-quoted bodies ($$ … $$, $fn$ … $fn$) and comments.
 * Needed because the embedded database runs one statement per query.
 */
export function splitSqlStatements(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  const n = script.length;
  while (i < n) {
    const ch = script[i]!;
    const next = script[i + 1];
    if (ch === "'" || ch === '"') {
      i = skipQuoted(script, i, ch);
    } else if (ch === '-' && next === '-') {
      const end = script.indexOf('\n', i);
      i = end === -1 ? n : end + 1;
    } else if (ch === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
    } else if (ch === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(script.slice(i))?.[0];
      if (tag) {
        const end = script.indexOf(tag, i + tag.length);
        i = end === -1 ? n : end + tag.length;
      } else {
        i++;
      }
    } else if (ch === ';') {
      push(script.slice(start, i));
      start = ++i;
    } else {
      i++;
    }
  }
  push(script.slice(start));
  return statements;

  function push(text: string) {
    const withoutComments = text.replace(/--[^\n]*/g, '').trim();
    if (withoutComments) statements.push(text.trim());
  }
}

function skipQuoted(script: string, at: number, quote: string): number {
  let i = at + 1;
  while (i < script.length) {
    if (script[i] === quote) {
      if (script[i + 1] === quote) i += 2;
      else return i + 1;
    } else {
      i++;
    }
  }
  return i;
}

/** Runs every statement of a script, in order, on the given connection or transaction. */
export async function runSqlScript(knex: Knex | Knex.Transaction, script: string): Promise<void> {
  for (const statement of splitSqlStatements(script)) {
    await knex.raw(statement.replace(/\?/g, '\\?'));
  }
}
