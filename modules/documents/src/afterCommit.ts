import type { Knex } from 'knex';
import type { Logger } from '@kunlun/core';

/**
 * Runs a side effect (enqueueing a job, emitting an event) once the transaction has committed,
 * and never when it rolls back. A failure is logged; the state it was meant to move stays visible
 * (a distribution still queued, a rendition still pending) so it can be retried by hand.
 */
export function afterCommit(trx: Knex.Transaction, log: Logger, what: string, effect: () => Promise<unknown>): void {
  trx.executionPromise.then(
    () => effect().catch((err: unknown) => log.warn({ err, what }, 'side effect after commit failed')),
    () => undefined,
  );
}
