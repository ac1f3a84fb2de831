import type { Knex } from 'knex';

/**
 * Outbox rows written by a transaction, remembered per transaction so they can be sent the
 * moment it commits (the sweeper only picks up what a crash left behind).
 */
export interface Dispatchable {
  id: number;
  topic: string;
  payload: Record<string, unknown>;
}

const written = new WeakMap<Knex.Transaction, Dispatchable[]>();

export function remember(trx: Knex.Transaction, rows: Dispatchable[]): void {
  if (!rows.length) return;
  const list = written.get(trx) ?? [];
  list.push(...rows);
  written.set(trx, list);
}

export function writtenBy(trx: Knex.Transaction): Dispatchable[] {
  return written.get(trx) ?? [];
}

/** Inserts outbox rows in a transaction and remembers them for sending after commit. */
export async function enqueue(trx: Knex.Transaction, entries: { topic: string; payload: Record<string, unknown> }[]): Promise<void> {
  if (!entries.length) return;
  const rows = await trx('engine_outbox')
    .insert(entries.map((e) => ({ topic: e.topic, payload: JSON.stringify(e.payload) })))
    .returning(['id', 'topic', 'payload']);
  remember(
    trx,
    rows.map((r: { id: number | string; topic: string; payload: Record<string, unknown> | string }) => ({
      id: Number(r.id),
      topic: r.topic,
      payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload,
    })),
  );
}

/** Live pushes of a transaction (not persisted): sent after it commits, dropped if it rolls back. */
export interface LivePush {
  userIds: string[];
  kind: string;
  [key: string]: unknown;
}

const pushes = new WeakMap<Knex.Transaction, LivePush[]>();

export function pushLive(trx: Knex.Transaction, ...events: LivePush[]): void {
  const list = pushes.get(trx) ?? [];
  list.push(...events.filter((e) => e.userIds.length));
  pushes.set(trx, list);
}

export function livePushesOf(trx: Knex.Transaction): LivePush[] {
  return pushes.get(trx) ?? [];
}

/**
 * Transactions whose outbox rows and live pushes are sent the moment they commit (those run by
 * the engine's transaction). Side effects queued in any other transaction would wait for the
 * sweeper, so module APIs that queue them ask for one of these.
 */
const dispatching = new WeakSet<Knex.Transaction>();

export function sendsAfterCommit(trx: Knex.Transaction): void {
  dispatching.add(trx);
}

export function requireSendingTransaction(trx: Knex.Transaction, what: string): void {
  if (!dispatching.has(trx)) throw new Error(`${what} needs a transaction of ctx.engine.transaction (or the one a service task or form submission is given)`);
}
