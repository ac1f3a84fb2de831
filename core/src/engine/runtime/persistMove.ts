import { insertInChunks } from '../../db/database.ts';
import type { Move } from './move.ts';

/**
 * Writes a move: cancelled and changed tasks, new tasks and candidates, timers, message
 * subscriptions, history, notifications and outbox entries, then the instance row itself with
 * its tokens, variables and the move counter. All inside the move's transaction.
 */
export async function persistMove(move: Move): Promise<void> {
  const { trx, instance } = move;
  const live = new Set(move.tokens.map((t) => t.id));
  const elementName = (id: string | null | undefined) => (id ? (move.graph.elements[id]?.name ?? id) : null);

  // Tasks made and dropped within this move never reach the database.
  const newTasks = move.newTasks.filter((t) => live.has(t.tokenId));
  const dropped = new Set(move.newTasks.filter((t) => !live.has(t.tokenId)).map((t) => t.id));
  const history = move.history.filter((h) => !(h.taskId && dropped.has(h.taskId)));

  for (const [taskId, changes] of move.taskChanges) {
    await trx('engine_tasks').where({ id: taskId }).update({ ...changes, version: trx.raw('version + 1') });
  }
  if (move.cancelledTaskTokens.size) {
    const cancelled: { id: string; token_id: string; element_id: string; assignee_id: string | null }[] = await trx('engine_tasks')
      .where({ instance_id: instance.id })
      .whereIn('token_id', [...move.cancelledTaskTokens.keys()])
      .whereIn('state', ['open', 'blocked'])
      .update({ state: 'cancelled', completed_at: trx.fn.now(), version: trx.raw('version + 1') })
      .returning(['id', 'token_id', 'element_id', 'assignee_id']);
    for (const row of cancelled) {
      history.push({ kind: 'task.cancelled', elementId: row.element_id, taskId: row.id, details: { reason: move.cancelledTaskTokens.get(row.token_id), assigneeId: row.assignee_id } });
    }
    const notify = cancelled.map((r) => r.assignee_id).filter((x): x is string => Boolean(x));
    if (notify.length) move.outbox.push({ topic: 'live', payload: { userIds: [...new Set(notify)], kind: 'task.cancelled' } });
  }

  await insertInChunks(
    trx,
    'engine_tasks',
    newTasks.map((t) => ({
      id: t.id,
      instance_id: instance.id,
      token_id: t.tokenId,
      element_id: t.elementId,
      name: t.name,
      process_key: instance.process_key,
      module: instance.module,
      title: (move.instanceChanges.title as string | undefined) ?? instance.title,
      urgency: instance.urgency,
      initiator_id: instance.initiator_id,
      kind: t.kind,
      assignee_id: t.assigneeId,
      proxy_for_id: t.proxyForId,
      state: t.state,
      form_key: t.formKey,
      due_at: t.dueAt,
      move_seq: instance.seq + 1,
      prev_task_id: move.previousTaskId,
      details: JSON.stringify(t.details),
    })),
  );
  await insertInChunks(
    trx,
    'engine_task_candidates',
    newTasks.flatMap((t) => t.candidates.map((userId) => ({ task_id: t.id, user_id: userId }))),
  );

  const cancelTokens = [...move.cancelledTimerTokens].filter((id) => !live.has(id));
  if (cancelTokens.length) {
    await trx('engine_timers').where({ instance_id: instance.id, state: 'scheduled' }).whereIn('token_id', cancelTokens).update({ state: 'cancelled' });
    await trx('engine_subscriptions').where({ instance_id: instance.id }).whereIn('token_id', cancelTokens).delete();
  }
  if (move.cancelledTimerIds.size) {
    await trx('engine_timers').whereIn('id', [...move.cancelledTimerIds]).where({ state: 'scheduled' }).update({ state: 'cancelled' });
  }
  const timers = move.newTimers.filter((t) => t.tokenId === null || live.has(t.tokenId)).filter((t) => !t.taskId || !dropped.has(t.taskId));
  await insertInChunks(
    trx,
    'engine_timers',
    timers.map((t) => ({
      id: t.id,
      instance_id: instance.id,
      token_id: t.tokenId,
      element_id: t.elementId,
      task_id: t.taskId ?? null,
      kind: t.kind,
      due_at: t.dueAt,
      cycle: t.cycle ? JSON.stringify(t.cycle) : null,
    })),
  );
  for (const t of timers) move.outbox.push({ topic: 'timer', payload: { timerId: t.id, dueAt: t.dueAt.toISOString() } });
  await insertInChunks(
    trx,
    'engine_subscriptions',
    move.newSubscriptions
      .filter((s) => live.has(s.tokenId))
      .map((s) => ({ instance_id: instance.id, token_id: s.tokenId, element_id: s.elementId, message: s.message, correlation_key: s.correlationKey })),
  );

  const ending = instance.state !== move.state && (move.state === 'completed' || move.state === 'terminated');
  if (ending) {
    history.push({ kind: move.state === 'completed' ? 'instance.completed' : 'instance.terminated', details: move.endReason ? { reason: move.endReason } : {} });
    await trx('engine_timers').where({ instance_id: instance.id, state: 'scheduled' }).update({ state: 'cancelled' });
    await trx('engine_subscriptions').where({ instance_id: instance.id }).delete();
    if (instance.initiator_id) {
      move.notifications.push({ userId: instance.initiator_id, kind: `instance.${move.state}`, title: `${move.state === 'completed' ? '已办结' : '已终止'}：${instance.title}` });
    }
  }

  await insertInChunks(
    trx,
    'engine_history',
    history.map((h) => ({
      instance_id: instance.id,
      kind: h.kind,
      element_id: h.elementId ?? null,
      element_name: elementName(h.elementId),
      task_id: h.taskId ?? null,
      actor_id: h.actorId !== undefined ? h.actorId : (move.actor?.id ?? null),
      actor_name: h.actorId !== undefined ? null : (move.actor?.name ?? null),
      on_behalf_of_id: h.onBehalfOfId ?? null,
      outcome: h.outcome ?? null,
      opinion: h.opinion ?? null,
      details: JSON.stringify(h.details ?? {}),
    })),
  );
  await insertInChunks(
    trx,
    'core_notifications',
    move.notifications.map((n) => ({ user_id: n.userId, kind: n.kind, title: n.title, body: n.body ?? null, link: n.taskId ? `/tasks/${n.taskId}` : `/instances/${instance.id}`, instance_id: instance.id, task_id: n.taskId ?? null })),
  );
  await insertInChunks(
    trx,
    'engine_outbox',
    move.outbox.map((o) => ({ topic: o.topic, payload: JSON.stringify(o.payload) })),
  );

  await trx('engine_instances')
    .where({ id: instance.id })
    .update({
      ...move.instanceChanges,
      tokens: JSON.stringify(move.tokens),
      variables: JSON.stringify(move.variables),
      completed_elements: [...move.completedElements],
      seq: move.countsAsMove ? instance.seq + 1 : instance.seq,
      state: move.state,
      end_reason: move.endReason ?? instance.end_reason,
      ended_at: ending ? trx.fn.now() : instance.ended_at,
      updated_at: trx.fn.now(),
    });
  if (move.countsAsMove) instance.seq += 1;
  instance.state = move.state;
  for (const after of move.afterPersist.splice(0)) await after();
}
