import type { Queryable } from '@kunlun/core';

/**
 * What the documents module reads of its process instances: who holds which open step, who did
 * a step, who took part, and the reading records of 传阅. ModuleEngine offers no queries, so
 * these read the engine's task tables directly — the one place the module does so.
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

/** The open steps of an instance, and which of them the user holds or is offered. */
export async function openStepsOf(db: Queryable, instanceId: string | null, userId: string): Promise<{ steps: OpenStep[]; mine: OpenStep[] }> {
  if (!instanceId) return { steps: [], mine: [] };
  const rows = await db('engine_tasks as t')
    .leftJoin('core_users as u', 'u.id', 't.assignee_id')
    .where('t.instance_id', instanceId)
    .whereIn('t.state', ['open', 'blocked'])
    .orderBy('t.created_at')
    .select('t.id', 't.element_id', 't.name', 't.assignee_id', 't.state', 't.due_at', 't.urge_count', 't.version', 'u.display_name as assignee_name');
  const offered: string[] = rows.length
    ? await db('engine_task_candidates').whereIn('task_id', rows.map((r) => r.id)).where('user_id', userId).pluck('task_id')
    : [];
  const now = Date.now();
  const steps = rows.map((r) => ({
    taskId: r.id as string,
    elementId: r.element_id as string,
    name: r.name as string,
    assigneeId: (r.assignee_id as string | null) ?? null,
    assigneeName: (r.assignee_name as string | null) ?? null,
    dueAt: r.due_at ? new Date(r.due_at).toISOString() : null,
    overdue: Boolean(r.due_at && new Date(r.due_at).getTime() < now),
    urgeCount: Number(r.urge_count ?? 0),
    version: Number(r.version),
  }));
  const mine = steps.filter((s, i) => rows[i]!.state === 'open' && (s.assigneeId === userId || (s.assigneeId === null && offered.includes(s.taskId))));
  return { steps, mine };
}

/** Whether the user took part in any of these instances (held, handled or was offered a task, or had it circulated). */
export async function tookPart(db: Queryable, instanceIds: readonly (string | null)[], userId: string): Promise<boolean> {
  const ids = instanceIds.filter((x): x is string => Boolean(x));
  if (!ids.length) return false;
  const task = await db('engine_tasks')
    .whereIn('instance_id', ids)
    .where((w) => w.where('assignee_id', userId).orWhere('completed_by_id', userId).orWhere('proxy_for_id', userId).orWhere('delegated_by_id', userId))
    .first('id');
  if (task) return true;
  const offered = await db('engine_task_candidates as c').join('engine_tasks as t', 't.id', 'c.task_id').whereIn('t.instance_id', ids).where('c.user_id', userId).first('t.id');
  if (offered) return true;
  return Boolean(await db('engine_circulations').whereIn('instance_id', ids).where('user_id', userId).first('id'));
}

/**
 * Who did (or is doing) a step: the holder of its latest task. A service task runs inside the
 * move that completes the step before it, when that task is not yet written as completed, so
 * the holder of the still-open task is the person completing it.
 */
export async function stepHolderOf(db: Queryable, instanceId: string, elementId: string): Promise<{ id: string; name: string } | null> {
  const row = await db('engine_tasks as t')
    .join('core_users as u', 'u.id', db.raw('coalesce(t.completed_by_id, t.assignee_id)'))
    .where({ 't.instance_id': instanceId, 't.element_id': elementId })
    .whereIn('t.state', ['open', 'completed'])
    .orderBy('t.created_at', 'desc')
    .first('u.id', 'u.display_name');
  return row ? { id: row.id, name: row.display_name } : null;
}

export interface StepRecord {
  user: { id: string; name: string };
  state: 'open' | 'completed' | 'cancelled';
  createdAt: string;
  completedAt: string | null;
  opinion: string | null;
  outcome: string | null;
}

/** Everyone given a step (e.g. 传阅 readers) with when they were given it and when they did it. */
export async function stepRecordsOf(db: Queryable, instanceId: string | null, elementIds: readonly string[]): Promise<StepRecord[]> {
  if (!instanceId) return [];
  const rows = await db('engine_tasks as t')
    .join('core_users as u', 'u.id', db.raw('coalesce(t.completed_by_id, t.assignee_id)'))
    .where('t.instance_id', instanceId)
    .whereIn('t.element_id', [...elementIds])
    .whereIn('t.state', ['open', 'completed', 'blocked'])
    .orderBy('t.created_at')
    .select('u.id', 'u.display_name', 't.state', 't.created_at', 't.completed_at', 't.opinion', 't.outcome');
  return rows.map((r) => ({
    user: { id: r.id, name: r.display_name },
    state: r.state === 'completed' ? 'completed' : 'open',
    createdAt: new Date(r.created_at).toISOString(),
    completedAt: r.completed_at ? new Date(r.completed_at).toISOString() : null,
    opinion: r.opinion ?? null,
    outcome: r.state === 'completed' ? r.outcome : null,
  }));
}
