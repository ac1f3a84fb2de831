import type { Queryable } from '../../db/database.ts';

/**
 * What a module may read of its process instances without touching the engine's tables: where
 * an instance stands (its open tasks with their holders or the people they are offered to), who
 * took part, what happened at given steps, and who it was circulated to and when they read it.
 * Every read takes the caller's transaction when it runs in one (PGlite has one connection).
 */
export interface PersonName {
  id: string;
  name: string;
}

export interface OpenTaskView {
  id: string;
  elementId: string;
  name: string;
  kind: 'task' | 'signer';
  state: 'open' | 'blocked';
  /** Who holds it; null while it is offered to several people (candidates) and nobody claimed it. */
  assignee: PersonName | null;
  candidates: PersonName[];
  dueAt: string | null;
  overdue: boolean;
  urgeCount: number;
  version: number;
  createdAt: string;
}

const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);

/** The open (and blocked) tasks of an instance, oldest first. */
export async function openTasksOf(db: Queryable, instanceId: string): Promise<OpenTaskView[]> {
  const rows = await db('engine_tasks as t')
    .leftJoin('core_users as u', 'u.id', 't.assignee_id')
    .where('t.instance_id', instanceId)
    .whereIn('t.state', ['open', 'blocked'])
    .orderBy('t.created_at')
    .orderBy('t.id')
    .select(
      't.id',
      't.element_id',
      't.name',
      't.kind',
      't.state',
      't.assignee_id',
      't.due_at',
      't.urge_count',
      't.version',
      't.created_at',
      'u.display_name as assignee_name',
    );
  const offered = rows.some((r) => !r.assignee_id)
    ? await db('engine_task_candidates as c')
        .join('core_users as u', 'u.id', 'c.user_id')
        .whereIn(
          'c.task_id',
          rows.filter((r) => !r.assignee_id).map((r) => r.id),
        )
        .orderBy('u.display_name')
        .select('c.task_id', 'u.id', 'u.display_name')
    : [];
  const now = Date.now();
  return rows.map((r) => ({
    id: r.id,
    elementId: r.element_id,
    name: r.name,
    kind: r.kind,
    state: r.state,
    assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? '' } : null,
    candidates: offered.filter((c) => c.task_id === r.id).map((c) => ({ id: c.id, name: c.display_name })),
    dueAt: iso(r.due_at),
    overdue: Boolean(r.due_at && new Date(r.due_at).getTime() < now),
    urgeCount: Number(r.urge_count ?? 0),
    version: Number(r.version),
    createdAt: iso(r.created_at)!,
  }));
}

/**
 * Whether a person took part in any of the instances: started it, held, handled, was proxied or
 * delegated a task, was offered one, or had it circulated to them.
 */
export async function isParticipant(db: Queryable, instanceIds: string | readonly (string | null | undefined)[], userId: string): Promise<boolean> {
  const ids = (typeof instanceIds === 'string' ? [instanceIds] : instanceIds).filter((x): x is string => Boolean(x));
  if (!ids.length) return false;
  const started = await db('engine_instances').whereIn('id', ids).where('initiator_id', userId).first('id');
  if (started) return true;
  const task = await db('engine_tasks')
    .whereIn('instance_id', ids)
    .where((w) => w.where('assignee_id', userId).orWhere('completed_by_id', userId).orWhere('proxy_for_id', userId).orWhere('delegated_by_id', userId))
    .first('id');
  if (task) return true;
  const offered = await db('engine_task_candidates as c')
    .join('engine_tasks as t', 't.id', 'c.task_id')
    .whereIn('t.instance_id', ids)
    .where('c.user_id', userId)
    .first('t.id');
  if (offered) return true;
  return Boolean(await db('engine_circulations').whereIn('instance_id', ids).where('user_id', userId).first('id'));
}

export interface TaskRecord {
  taskId: string;
  elementId: string;
  name: string;
  /** Who did it, or holds it while it is open (null: offered to several, nobody claimed it). */
  user: PersonName | null;
  state: 'open' | 'blocked' | 'completed';
  outcome: string | null;
  opinion: string | null;
  createdAt: string;
  completedAt: string | null;
  dueAt: string | null;
  overdue: boolean;
  urgeCount: number;
}

/** Every task (open or done; cancelled ones left out) of the given steps of an instance, in the order they were given. */
export async function taskRecordsOf(db: Queryable, instanceId: string, elementIds?: readonly string[]): Promise<TaskRecord[]> {
  const q = db('engine_tasks as t')
    .leftJoin('core_users as u', 'u.id', db.raw('coalesce(t.completed_by_id, t.assignee_id)'))
    .where('t.instance_id', instanceId)
    .whereIn('t.state', ['open', 'blocked', 'completed'])
    .orderBy('t.created_at')
    .orderBy('t.id')
    .select(
      't.id',
      't.element_id',
      't.name',
      't.state',
      't.outcome',
      't.opinion',
      't.created_at',
      't.completed_at',
      't.due_at',
      't.urge_count',
      'u.id as user_id',
      'u.display_name',
    );
  if (elementIds) q.whereIn('t.element_id', [...elementIds]);
  const now = Date.now();
  return (await q).map((r) => ({
    taskId: r.id,
    elementId: r.element_id,
    name: r.name,
    user: r.user_id ? { id: r.user_id, name: r.display_name } : null,
    state: r.state,
    outcome: r.state === 'completed' ? r.outcome : null,
    opinion: r.opinion ?? null,
    createdAt: iso(r.created_at)!,
    completedAt: iso(r.completed_at),
    dueAt: iso(r.due_at),
    overdue: Boolean(r.state !== 'completed' && r.due_at && new Date(r.due_at).getTime() < now),
    urgeCount: Number(r.urge_count ?? 0),
  }));
}

export interface CirculationRecord {
  id: string;
  reader: PersonName;
  from: PersonName | null;
  note: string | null;
  sentAt: string;
  readAt: string | null;
}

/** 传阅: who an instance was circulated to, by whom, and when each read it. */
export async function circulationsOf(db: Queryable, instanceId: string): Promise<CirculationRecord[]> {
  const rows = await db('engine_circulations as c')
    .join('core_users as u', 'u.id', 'c.user_id')
    .leftJoin('core_users as f', 'f.id', 'c.from_user_id')
    .where('c.instance_id', instanceId)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .select('c.id', 'c.user_id', 'u.display_name as user_name', 'c.from_user_id', 'f.display_name as from_name', 'c.note', 'c.created_at', 'c.read_at');
  return rows.map((r) => ({
    id: r.id,
    reader: { id: r.user_id, name: r.user_name },
    from: r.from_user_id ? { id: r.from_user_id, name: r.from_name ?? '' } : null,
    note: r.note ?? null,
    sentAt: iso(r.created_at)!,
    readAt: iso(r.read_at),
  }));
}

/** Where an instance stands as a module reads it: its process, state, initiator, variables and the end event it reached. */
export interface InstanceSummary {
  id: string;
  processKey: string;
  businessKey: string | null;
  title: string;
  state: 'active' | 'suspended' | 'completed' | 'terminated';
  initiatorId: string | null;
  initiatorUnitId: string | null;
  variables: Record<string, unknown>;
  /** The process-level end event reached, once completed (e.g. `approved` of 签报). */
  endEventId: string | null;
  startedAt: string;
  endedAt: string | null;
}

export async function instanceSummaryOf(db: Queryable, instanceId: string): Promise<InstanceSummary | null> {
  const row = await db('engine_instances')
    .where({ id: instanceId })
    .first('id', 'process_key', 'business_key', 'title', 'state', 'initiator_id', 'initiator_unit_id', 'variables', 'end_event_id', 'started_at', 'ended_at');
  if (!row) return null;
  return {
    id: row.id,
    processKey: row.process_key,
    businessKey: row.business_key ?? null,
    title: row.title,
    state: row.state,
    initiatorId: row.initiator_id ?? null,
    initiatorUnitId: row.initiator_unit_id ?? null,
    variables: (typeof row.variables === 'string' ? JSON.parse(row.variables) : row.variables) ?? {},
    endEventId: row.end_event_id ?? null,
    startedAt: iso(row.started_at)!,
    endedAt: iso(row.ended_at),
  };
}
