import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { enqueue } from '../outbox/outboxCollector.ts';
import type { EngineDeps } from '../engineDeps.ts';
import { createInstanceMove, finishMove, openMove } from '../runtime/moveRunner.ts';
import type { Move } from '../runtime/move.ts';
import { nextCycle } from './timerSpecs.ts';

/**
 * Firing a timer, exactly once: the timer row is claimed with a conditional UPDATE inside the
 * move's transaction (under the instance lock), so a second worker holding the same job, or a
 * job scheduled twice after Redis lost it, finds it already fired and does nothing. A timer of
 * a suspended instance waits (it is fired again on resume).
 */
export type FireResult = 'fired' | 'skipped' | 'deferred';

interface TimerRow {
  id: string;
  instance_id: string | null;
  definition_id: string | null;
  token_id: string | null;
  element_id: string;
  task_id: string | null;
  kind: 'boundary' | 'catch' | 'eventGateway' | 'start' | 'taskReminder' | 'taskEscalation';
  due_at: Date;
  cycle: { value: string; remaining: number | null } | null;
  state: string;
}

export async function fireTimer(trx: Knex.Transaction, deps: EngineDeps, timerId: string): Promise<FireResult> {
  const peek = await trx('engine_timers').where({ id: timerId }).first('instance_id', 'state');
  if (!peek || peek.state !== 'scheduled') return 'skipped';
  const move = peek.instance_id ? await openMove(trx, deps, peek.instance_id, null) : undefined;
  if (peek.instance_id && !move) return 'skipped';
  if (move && move.state === 'suspended') return 'deferred';
  const [claimed] = await trx('engine_timers').where({ id: timerId, state: 'scheduled' }).update({ state: 'fired', fired_at: trx.fn.now() }).returning('*');
  if (!claimed) return 'skipped';
  const timer = { ...claimed, cycle: typeof claimed.cycle === 'string' ? JSON.parse(claimed.cycle) : claimed.cycle } as TimerRow;
  if (!move) {
    await startByTimer(trx, deps, timer);
    return 'fired';
  }
  if (move.state !== 'active') return 'skipped';
  await act(move, timer);
  await finishMove(move);
  return 'fired';
}

async function act(move: Move, timer: TimerRow): Promise<void> {
  const token = timer.token_id ? move.token(timer.token_id) : undefined;
  switch (timer.kind) {
    case 'catch':
      if (token) {
        move.record({ kind: 'timer.fired', elementId: timer.element_id });
        move.leave(token);
      }
      return;
    case 'eventGateway':
      if (token) {
        move.record({ kind: 'timer.fired', elementId: timer.element_id });
        move.removeToken(token);
        move.completedElements.add(token.el);
        const flow = move.element(token.el).outgoing.find((f) => move.flow(f).target === timer.element_id);
        move.passThrough(timer.element_id, token.scope, flow);
      }
      return;
    case 'boundary': {
      if (!token) return;
      const boundary = move.element(timer.element_id);
      move.record({ kind: 'boundary.timer', elementId: boundary.id, details: { activity: token.el, interrupting: boundary.cancelActivity !== false } });
      if (boundary.cancelActivity !== false) move.removeToken(token, 'timer boundary');
      else if (timer.cycle) {
        const next = nextCycle(timer.cycle, new Date());
        if (next) token.armed = true;
        if (next) move.newTimers.push({ id: randomUUID(), tokenId: token.id, elementId: boundary.id, kind: 'boundary', dueAt: next.dueAt, cycle: next.cycle });
      }
      move.passThrough(boundary.id, token.scope);
      return;
    }
    case 'taskReminder':
    case 'taskEscalation':
      move.countsAsMove = false;
      await remindOrEscalate(move, timer);
      return;
    case 'start':
      return;
  }
}

/** 催办 by the system at the reminder times; when overdue past escalateAfter, the holder's superior is told too. */
async function remindOrEscalate(move: Move, timer: TimerRow): Promise<void> {
  const task = await move.trx('engine_tasks').where({ id: timer.task_id, state: 'open' }).first('id', 'assignee_id', 'name', 'due_at');
  if (!task?.assignee_id) return;
  const due = task.due_at ? new Date(task.due_at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '';
  if (timer.kind === 'taskReminder') {
    move.record({ kind: 'task.reminded', elementId: timer.element_id, taskId: task.id, actorId: null });
    move.notifications.push({
      userId: task.assignee_id,
      kind: 'task.reminder',
      title: `办理提醒：${move.instance.title}（${task.name}）${due ? `，期限 ${due}` : ''}`,
      taskId: task.id,
    });
    move.live.push({ userIds: [task.assignee_id], kind: 'task.reminder', taskId: task.id });
    return;
  }
  const superiors = await superiorsOf(move, task.assignee_id);
  move.record({ kind: 'task.escalated', elementId: timer.element_id, taskId: task.id, actorId: null, details: { to: superiors } });
  for (const userId of [task.assignee_id, ...superiors]) {
    move.notifications.push({ userId, kind: 'task.overdue', title: `超期未办：${move.instance.title}（${task.name}）`, taskId: task.id });
  }
  move.live.push({ userIds: [task.assignee_id, ...superiors], kind: 'task.overdue', taskId: task.id });
}

/** The holder's superior: the head of their primary unit, or, for a head, the leader in charge of it. */
async function superiorsOf(move: Move, userId: string): Promise<string[]> {
  const post = await move
    .trx('core_posts')
    .where({ user_id: userId })
    .orderBy([{ column: 'is_primary', order: 'desc' }, { column: 'created_at' }])
    .first('unit_id', 'post_type');
  if (!post) return [];
  const resolver = move.deps.resolver;
  const heads =
    post.post_type === 'dept_head' ? [] : (await resolver.resolve(move.trx, { $post: 'dept_head', unit: post.unit_id })).filter((id) => id !== userId);
  if (heads.length) return heads;
  return (await resolver.resolve(move.trx, { $leaderInCharge: post.unit_id })).filter((id) => id !== userId);
}

async function startByTimer(trx: Knex.Transaction, deps: EngineDeps, timer: TimerRow): Promise<void> {
  const definition = timer.definition_id ? await deps.definitions.byId(timer.definition_id, trx) : undefined;
  if (!definition || definition.state !== 'published') return;
  const move = await createInstanceMove(trx, deps, { definition, initiatorId: null, initiatorUnitId: null, variables: {} }, null, timer.element_id);
  await finishMove(move);
  const next = timer.cycle ? nextCycle(timer.cycle, new Date()) : null;
  if (next) {
    const id = randomUUID();
    await trx('engine_timers').insert({
      id,
      definition_id: definition.id,
      element_id: timer.element_id,
      kind: 'start',
      due_at: next.dueAt,
      cycle: next.cycle ? JSON.stringify(next.cycle) : null,
    });
    await enqueue(trx, [{ topic: 'timer', payload: { timerId: id, dueAt: next.dueAt.toISOString() } }]);
  }
}
