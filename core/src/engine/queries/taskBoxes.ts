import type { Knex } from 'knex';

/**
 * The four boxes of the desktop — 待办 todo, 已办 done, 我发起的 started, 待阅/已阅 circulated —
 * each read from a partial index in the order it is shown and cut at the page, so a box with a
 * million rows answers as fast as one with ten. Totals are counted up to COUNT_CAP (then shown
 * as "10000+").
 */
export const COUNT_CAP = 10_000;

export type Box = 'todo' | 'done' | 'started' | 'cc';

export interface BoxFilter {
  box: Box;
  module?: string | undefined;
  overdue?: boolean | undefined;
  keyword?: string | undefined;
  urgency?: 'normal' | 'urgent' | 'very_urgent' | undefined;
  read?: boolean | undefined;
  sort?: 'created' | 'due' | 'urgency' | undefined;
  page: number;
  pageSize: number;
}

export interface BoxItem {
  id: string;
  kind: 'task' | 'instance' | 'circulation';
  instanceId: string;
  title: string;
  processKey: string;
  module: string | null;
  stepName: string | null;
  urgency: string;
  state: string;
  createdAt: string;
  dueAt: string | null;
  overdue: boolean;
  completedAt: string | null;
  outcome: string | null;
  readAt: string | null;
  fromName: string | null;
  initiatorName: string | null;
  version: number | null;
  /** The instance's business key (a module's record id: the document of a 发文 process). */
  businessKey: string | null;
  instanceState: 'active' | 'suspended' | 'completed' | 'terminated';
  /** How the instance ended, once completed: the end event reached (审批通过, 未予同意 …). */
  ending: { elementId: string; name: string } | null;
}

const endingOf = (r: Record<string, any>) =>
  r.instance_state === 'completed' && r.end_event_id
    ? { elementId: r.end_event_id as string, name: (r.end_event_name as string | null) ?? r.end_event_id }
    : null;

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);
const likeOf = (keyword: string) => `%${keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

async function cappedCount(db: Knex, q: Knex.QueryBuilder): Promise<{ total: number; capped: boolean }> {
  const inner = q
    .clone()
    .clearSelect()
    .clearOrder()
    .select(db.raw('1'))
    .limit(COUNT_CAP + 1);
  const [row] = await db.from(inner.as('capped')).count<{ n: number | string }[]>('* as n');
  const n = Number(row?.n ?? 0);
  return { total: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
}

export async function readBox(db: Knex, userId: string, f: BoxFilter): Promise<{ items: BoxItem[]; total: number; capped: boolean }> {
  const offset = (f.page - 1) * f.pageSize;
  if (f.box === 'todo' || f.box === 'done') {
    const columns = [
      't.id',
      't.instance_id',
      't.title',
      't.process_key',
      't.module',
      't.name',
      't.urgency',
      't.priority',
      't.state',
      't.created_at',
      't.due_at',
      't.completed_at',
      't.outcome',
      't.version',
      't.initiator_id',
    ];
    const filtered = (q: Knex.QueryBuilder) => {
      if (f.module) q.where('t.module', f.module);
      if (f.urgency) q.where('t.urgency', f.urgency);
      if (f.keyword) q.whereILike('t.title', likeOf(f.keyword));
      if (f.box === 'todo' && f.overdue) q.where('t.due_at', '<', db.fn.now());
      return q;
    };
    const ordered = (q: Knex.QueryBuilder, prefix: string) => {
      if (f.box === 'done') return q.orderBy(`${prefix}completed_at`, 'desc');
      if (f.sort === 'due') return q.orderByRaw(`${prefix}due_at ASC NULLS LAST`).orderBy(`${prefix}created_at`, 'desc');
      if (f.sort === 'urgency')
        return q.orderBy([
          { column: `${prefix}priority`, order: 'desc' },
          { column: `${prefix}created_at`, order: 'desc' },
        ]);
      return q.orderBy(`${prefix}created_at`, 'desc');
    };
    // Tasks held, and tasks offered to several people (candidates): each part read in index order
    // and cut at the page before the two are merged.
    const parts =
      f.box === 'done'
        ? [filtered(db('engine_tasks as t').where({ 't.state': 'completed', 't.completed_by_id': userId }))]
        : [
            filtered(db('engine_tasks as t').where('t.assignee_id', userId).whereIn('t.state', ['open', 'blocked'])),
            filtered(
              db('engine_task_candidates as c')
                .join('engine_tasks as t', 't.id', 'c.task_id')
                .where('c.user_id', userId)
                .whereNull('t.assignee_id')
                .whereIn('t.state', ['open', 'blocked']),
            ),
          ];
    const counts = await Promise.all(parts.map((q) => cappedCount(db, q)));
    const total = Math.min(
      COUNT_CAP,
      counts.reduce((n, c) => n + c.total, 0),
    );
    const capped = counts.some((c) => c.capped) || counts.reduce((n, c) => n + c.total, 0) > COUNT_CAP;
    const pages = parts.map((q) => ordered(q.clone().select(columns), 't.').limit(offset + f.pageSize));
    const merged = db
      .select('x.*', 'u.display_name as initiator_name', 'i.business_key', 'i.state as instance_state', 'i.end_event_id', 'i.end_event_name')
      .from(db.unionAll(pages, true).as('x'))
      .leftJoin('core_users as u', 'u.id', 'x.initiator_id')
      .join('engine_instances as i', 'i.id', 'x.instance_id');
    const rows: Record<string, any>[] = await ordered(merged, 'x.').limit(f.pageSize).offset(offset);
    const now = Date.now();
    return {
      total,
      capped,
      items: rows.map((r) => ({
        id: r.id,
        kind: 'task' as const,
        instanceId: r.instance_id,
        title: r.title,
        processKey: r.process_key,
        module: r.module,
        stepName: r.name,
        urgency: r.urgency,
        state: r.state,
        createdAt: iso(r.created_at)!,
        dueAt: iso(r.due_at),
        overdue: Boolean(r.due_at && r.state !== 'completed' && new Date(r.due_at).getTime() < now),
        completedAt: iso(r.completed_at),
        outcome: r.outcome,
        readAt: null,
        fromName: null,
        initiatorName: r.initiator_name,
        version: r.version,
        businessKey: r.business_key ?? null,
        instanceState: r.instance_state,
        ending: endingOf(r),
      })),
    };
  }
  if (f.box === 'started') {
    const q = db('engine_instances as i').where('i.initiator_id', userId);
    if (f.module) q.where('i.module', f.module);
    if (f.urgency) q.where('i.urgency', f.urgency);
    if (f.keyword) q.whereILike('i.title', likeOf(f.keyword));
    const { total, capped } = await cappedCount(db, q);
    const rows = await q
      .orderBy('i.started_at', 'desc')
      .select(
        'i.id',
        'i.title',
        'i.process_key',
        'i.module',
        'i.urgency',
        'i.state',
        'i.state as instance_state',
        'i.started_at',
        'i.ended_at',
        'i.business_key',
        'i.end_event_id',
        'i.end_event_name',
      )
      .limit(f.pageSize)
      .offset(offset);
    return {
      total,
      capped,
      items: rows.map((r) => ({
        id: r.id,
        kind: 'instance' as const,
        instanceId: r.id,
        title: r.title,
        processKey: r.process_key,
        module: r.module,
        stepName: null,
        urgency: r.urgency,
        state: r.state,
        createdAt: iso(r.started_at)!,
        dueAt: null,
        overdue: false,
        completedAt: iso(r.ended_at),
        outcome: null,
        readAt: null,
        fromName: null,
        initiatorName: null,
        version: null,
        businessKey: r.business_key ?? null,
        instanceState: r.state,
        ending: endingOf(r),
      })),
    };
  }
  const q = db('engine_circulations as c').where('c.user_id', userId);
  if (f.read) q.whereNotNull('c.read_at');
  else q.whereNull('c.read_at');
  if (f.module) q.where('c.module', f.module);
  if (f.keyword) q.whereILike('c.title', likeOf(f.keyword));
  const { total, capped } = await cappedCount(db, q);
  const rows = await q
    .leftJoin('core_users as u', 'u.id', 'c.from_user_id')
    .join('engine_instances as i', 'i.id', 'c.instance_id')
    .orderBy(f.read ? 'c.read_at' : 'c.created_at', 'desc')
    .select(
      'c.id',
      'c.instance_id',
      'c.title',
      'c.process_key',
      'c.module',
      'c.created_at',
      'c.read_at',
      'c.note',
      'u.display_name as from_name',
      'i.urgency',
      'i.state',
      'i.state as instance_state',
      'i.business_key',
      'i.end_event_id',
      'i.end_event_name',
    )
    .limit(f.pageSize)
    .offset(offset);
  return {
    total,
    capped,
    items: rows.map((r) => ({
      id: r.id,
      kind: 'circulation' as const,
      instanceId: r.instance_id,
      title: r.title,
      processKey: r.process_key,
      module: r.module,
      stepName: r.note,
      urgency: r.urgency,
      state: r.state,
      createdAt: iso(r.created_at)!,
      dueAt: null,
      overdue: false,
      completedAt: null,
      outcome: null,
      readAt: iso(r.read_at),
      fromName: r.from_name,
      initiatorName: null,
      version: null,
      businessKey: r.business_key ?? null,
      instanceState: r.state,
      ending: endingOf(r),
    })),
  };
}

/**
 * Badge counts of the desktop, each capped. 待办 counts what the todo box lists: tasks held, and
 * tasks offered to the person that nobody has claimed yet (each part read from its own index).
 */
export async function boxCounts(db: Knex, userId: string): Promise<{ todo: number; overdue: number; unread: number; running: number }> {
  const capped = async (q: Knex.QueryBuilder) => (await cappedCount(db, q)).total;
  const held = () => db('engine_tasks').whereIn('state', ['open', 'blocked']).where('assignee_id', userId);
  const offered = () =>
    db('engine_task_candidates as c')
      .join('engine_tasks as t', 't.id', 'c.task_id')
      .where('c.user_id', userId)
      .whereNull('t.assignee_id')
      .whereIn('t.state', ['open', 'blocked']);
  const [heldTodo, offeredTodo, heldOverdue, offeredOverdue, u, r] = await Promise.all([
    capped(held()),
    capped(offered()),
    capped(held().where('due_at', '<', db.fn.now())),
    capped(offered().where('t.due_at', '<', db.fn.now())),
    capped(db('engine_circulations').where('user_id', userId).whereNull('read_at')),
    capped(db('engine_instances').where({ initiator_id: userId, state: 'active' })),
  ]);
  return { todo: Math.min(COUNT_CAP, heldTodo + offeredTodo), overdue: Math.min(COUNT_CAP, heldOverdue + offeredOverdue), unread: u, running: r };
}
