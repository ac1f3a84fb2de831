import type { Knex } from 'knex';
import type { MoveResult } from './engine.ts';
import type { Actor } from './runtime/move.ts';

/**
 * The engine as modules see it: they start processes and deliver messages inside a transaction
 * of their own (so a document's record and the process it starts commit together); side effects
 * go out when that transaction commits.
 */
export interface ModuleEngine {
  transaction<T>(fn: (trx: Knex.Transaction) => Promise<T>): Promise<T>;
  start(
    trx: Knex.Transaction,
    key: string,
    input: {
      variables: Record<string, unknown>;
      title?: string;
      businessKey?: string | null;
      urgency?: 'normal' | 'urgent' | 'very_urgent';
      initiatorId: string | null;
      initiatorUnitId: string | null;
      /** Who makes the start (recorded in the history); the initiator when omitted. */
      actor?: Actor | null;
    },
  ): Promise<MoveResult>;
  correlate(trx: Knex.Transaction, input: { name: string; correlationKey?: string | null; variables?: Record<string, unknown> }): Promise<{ instanceId: string; started: boolean }>;
}
