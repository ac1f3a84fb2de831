import type { Knex } from 'knex';
import type { Actor } from './runtime/move.ts';

/**
 * What a module registers for a BPMN service task (`documents.assignNumber`, …).
 * A synchronous handler runs inside the engine's transaction for the move; an async one is
 * run later by a worker, with retries.
 */
export interface ServiceTaskExecution {
  processKey: string;
  instanceId: string;
  elementId: string;
  variables: Readonly<Record<string, unknown>>;
  /** The transaction of the engine move; write through it so the work commits with the move. */
  trx: Knex.Transaction;
  /**
   * Who made the move that led to this step: the person completing the task before it (also
   * when the task runs later on a worker), null when a timer, a message or the engine moved on.
   */
  actor: Actor | null;
}

/** Variables to merge into the instance; nothing to return leaves them unchanged. */
export type ServiceTaskResult = Record<string, unknown> | void;

export type ServiceTaskHandler = (execution: ServiceTaskExecution) => Promise<ServiceTaskResult>;
