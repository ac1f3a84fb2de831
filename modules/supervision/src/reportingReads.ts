import type { Knex } from 'knex';

/**
 * How the board and the statistics read many items at once: in one read-only transaction with
 * PostgreSQL's JIT compilation off. They are short counting queries whose estimated cost crosses
 * the JIT threshold on a province's data, and compiling costs far more than it saves (measured
 * by `pnpm bench:supervision`: 1.2 s → 0.2 s for a province-wide board).
 */
export function reportingRead<T>(db: Knex, read: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return db.transaction(
    async (trx) => {
      await trx.raw('SET LOCAL jit = off');
      return read(trx);
    },
    { readOnly: true },
  );
}
