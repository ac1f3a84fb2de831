import { AsyncLocalStorage } from 'node:async_hooks';
import type { Knex } from 'knex';

/**
 * The audit entry a request has declared, waiting for the transaction of its change: the engine
 * writes it inside the first transaction it runs for the request, so the entry commits (or rolls
 * back) with the change. A request whose change runs elsewhere, or whose target is known only from
 * the answer, has its entry written by the mounting layer once the handler succeeded.
 */
export interface PendingAudit {
  /** Writes the entry on the given transaction; undefined when its target needs the answer. */
  readonly writeIn: ((trx: Knex.Transaction) => Promise<void>) | undefined;
  written: boolean;
}

const pending = new AsyncLocalStorage<PendingAudit>();

export function withPendingAudit<T>(entry: PendingAudit, fn: () => Promise<T>): Promise<T> {
  return pending.run(entry, fn);
}

/** Called at the end of a transaction's work, before it commits; returns how to undo the mark on a rollback. */
export async function writePendingAudit(trx: Knex.Transaction): Promise<(() => void) | undefined> {
  const entry = pending.getStore();
  if (!entry?.writeIn || entry.written) return undefined;
  await entry.writeIn(trx);
  entry.written = true;
  return () => {
    entry.written = false;
  };
}
