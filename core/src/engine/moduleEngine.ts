import type { Knex } from 'knex';
import type { MoveResult } from './engine.ts';
import type { Actor } from './runtime/move.ts';
import type { CirculationRecord, InstanceSummary, OpenTaskView, TaskRecord } from './queries/processReads.ts';

/**
 * The engine as modules see it: they start processes, deliver messages and retitle instances
 * inside a transaction of their own (so a document's record and the process it starts commit
 * together); side effects go out when that transaction commits. They read where their instances
 * stand through it too, never from the engine's tables. Reads take the caller's transaction when
 * they run inside one.
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
  correlate(
    trx: Knex.Transaction,
    input: { name: string; correlationKey?: string | null; variables?: Record<string, unknown> },
  ): Promise<{ instanceId: string; started: boolean }>;
  /** 改标题: the instance, its tasks (待办, 已办) and circulations (待阅) take the new title. Answers whether it changed. */
  retitle(trx: Knex.Transaction, instanceId: string, title: string, actor?: Actor | null): Promise<boolean>;
  /** Where an instance stands: process, state, initiator, variables, the end event reached; null when there is none. */
  instance(instanceId: string, trx?: Knex.Transaction): Promise<InstanceSummary | null>;
  /** The open (and blocked) tasks of an instance: step, holder or the people it is offered to, due date, version. */
  openTasks(instanceId: string, trx?: Knex.Transaction): Promise<OpenTaskView[]>;
  /** Whether the person started, was given, handled, was proxied, delegated or offered a task of, or had circulated to them, any of the instances. */
  isParticipant(instanceIds: string | readonly (string | null | undefined)[], userId: string, trx?: Knex.Transaction): Promise<boolean>;
  /** Every task of the given steps (all steps when omitted), open or done, with who did it, the outcome and the opinion. */
  taskRecords(instanceId: string, opts?: { elementIds?: readonly string[]; trx?: Knex.Transaction }): Promise<TaskRecord[]>;
  /** 传阅: who the instance was circulated to, by whom, and when each read it. */
  circulations(instanceId: string, trx?: Knex.Transaction): Promise<CirculationRecord[]>;
}
