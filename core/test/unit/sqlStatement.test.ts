import knexPkg from 'knex';
import { describe, expect, it } from 'vitest';
import { CURRENT_TIMESTAMP, insertRows, SqlExpression, updateById } from '../../src/engine/runtime/sqlStatement.ts';

/** The move's hand-compiled statements say what knex's query builder would. */
describe('statements compiled without the query builder', () => {
  const knex = knexPkg.knex({ client: 'pg' });

  it('an insert of rows with different keys writes every column, DEFAULT where a row has none, as knex does', () => {
    const rows = [
      { id: 'a', title: '关于"年度"计划的请示', due_at: undefined, details: '{}' },
      { id: 'b', title: 'x', state: 'open', details: '{"k":1}' },
    ];
    const mine = insertRows('engine_tasks', rows);
    const theirs = knex('engine_tasks').insert(rows).toSQL();
    expect(mine.sql).toBe(theirs.sql);
    expect(mine.bindings).toEqual(theirs.bindings);
    expect(mine.sql).toContain('DEFAULT');
  });

  it('an update by id leaves out undefined values and writes expressions and knex raws in place', () => {
    const now = new Date('2026-11-28T08:00:00Z');
    const mine = updateById('engine_instances', 'i1', {
      state: 'completed',
      end_reason: undefined,
      ended_at: CURRENT_TIMESTAMP,
      seq: new SqlExpression('seq + ?', [1]),
      title: knex.raw('upper(?)', ['t']),
      started_at: now,
    });
    expect(mine.sql).toBe(
      'update "engine_instances" set "state" = ?, "ended_at" = CURRENT_TIMESTAMP, "seq" = seq + ?, "title" = upper(?), "started_at" = ? where "id" = ?',
    );
    expect(mine.bindings).toEqual(['completed', 1, 't', now, 'i1']);
  });
});
