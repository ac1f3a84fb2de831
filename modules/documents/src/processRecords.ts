import type { Knex } from 'knex';
import type { ModuleEngine, TaskRecord } from '@kunlun/core';

/**
 * What the documents module reads of its process instances, through the engine's module API:
 * who holds which open step (and which the reader holds or is offered), who took part, and what
 * was done at given steps. Reads inside a transaction pass it on (PGlite has one connection).
 */
export interface OpenStep {
  taskId: string;
  elementId: string;
  name: string;
  assigneeId: string | null;
  assigneeName: string | null;
  dueAt: string | null;
  overdue: boolean;
  urgeCount: number;
  version: number;
}

type Reads = Pick<ModuleEngine, 'openTasks' | 'isParticipant' | 'taskRecords'>;

/** The open steps of an instance, and those the user holds or is offered (not the blocked ones). */
export async function openStepsOf(
  engine: Reads,
  instanceId: string | null,
  userId: string,
  trx?: Knex.Transaction,
): Promise<{ steps: OpenStep[]; mine: OpenStep[] }> {
  if (!instanceId) return { steps: [], mine: [] };
  const tasks = await engine.openTasks(instanceId, trx);
  const steps = tasks.map((t) => ({
    taskId: t.id,
    elementId: t.elementId,
    name: t.name,
    assigneeId: t.assignee?.id ?? null,
    assigneeName: t.assignee?.name ?? null,
    dueAt: t.dueAt,
    overdue: t.overdue,
    urgeCount: t.urgeCount,
    version: t.version,
  }));
  const mine = steps.filter(
    (s, i) => tasks[i]!.state === 'open' && (s.assigneeId === userId || (s.assigneeId === null && tasks[i]!.candidates.some((c) => c.id === userId))),
  );
  return { steps, mine };
}

/** Whether the user took part in any of these instances (started, held, handled or was offered a task, or had it circulated). */
export function tookPart(engine: Reads, instanceIds: readonly (string | null)[], userId: string, trx?: Knex.Transaction): Promise<boolean> {
  return engine.isParticipant(instanceIds, userId, trx);
}

export interface StepRecord {
  user: { id: string; name: string };
  state: 'open' | 'completed';
  createdAt: string;
  completedAt: string | null;
  opinion: string | null;
  outcome: string | null;
}

/** Everyone given a step (e.g. 传阅 readers) with when they were given it and when they did it. */
export async function stepRecordsOf(engine: Reads, instanceId: string | null, elementIds: readonly string[]): Promise<StepRecord[]> {
  if (!instanceId) return [];
  const records: TaskRecord[] = await engine.taskRecords(instanceId, { elementIds });
  return records
    .filter((r) => r.user !== null)
    .map((r) => ({
      user: r.user!,
      state: r.state === 'completed' ? 'completed' : 'open',
      createdAt: r.createdAt,
      completedAt: r.completedAt,
      opinion: r.opinion,
      outcome: r.outcome,
    }));
}
