import type { Knex } from 'knex';
import type { Move } from './move.ts';
import { pushLive, remember, type Dispatchable } from '../outbox/outboxCollector.ts';
import { preparedName } from './preparedNames.ts';
import { CURRENT_TIMESTAMP, insertRows, SqlExpression, updateById, type SqlStatement } from './sqlStatement.ts';

const NEXT_VERSION = new SqlExpression('version + 1');

/**
 * Writes a move. The rare part (cancelling the tasks of removed tokens, whose rows it needs back)
 * is a statement of its own; everything else — changed and new tasks, candidates, timers and
 * subscriptions (and their cancelling when the instance ends), history, notifications, outbox
 * entries and the instance row with its tokens, variables and move counter — goes to the
 * database as ONE statement of data-modifying CTEs, so a move costs a few round trips, not a dozen.
 */
export async function persistMove(move: Move): Promise<void> {
  const { trx, instance } = move;
  const live = new Set(move.tokens.map((token) => token.id));
  const elementName = (id: string | null | undefined) => (id ? (move.graph.elements[id]?.name ?? id) : null);

  // Tasks made and dropped within this move never reach the database.
  const newTasks = move.newTasks.filter((task) => live.has(task.tokenId));
  const dropped = new Set(move.newTasks.filter((task) => !live.has(task.tokenId)).map((task) => task.id));
  const history = move.history.filter((entry) => !(entry.taskId && dropped.has(entry.taskId)));

  if (move.cancelledTaskTokens.size) await cancelTasksOfRemovedTokens(move, history);
  const ending = instance.state !== move.state && (move.state === 'completed' || move.state === 'terminated');
  const endEvent = ending && move.state === 'completed' ? move.endEvent : null;
  if (ending) {
    history.push({
      kind: move.state === 'completed' ? 'instance.completed' : 'instance.terminated',
      details: { ...(move.endReason ? { reason: move.endReason } : {}), ...(endEvent ? { endEventId: endEvent.id, endEventName: endEvent.name } : {}) },
    });
    // Modules react to a process ending through this event (e.g. a document filed when its process completes).
    move.outbox.push({
      topic: 'event',
      payload: {
        name: `engine.instance.${move.state}`,
        payload: {
          instanceId: instance.id,
          processKey: instance.process_key,
          businessKey: instance.business_key,
          variables: move.variables,
          reason: move.endReason,
          endEventId: endEvent?.id ?? null,
        },
      },
    });
    if (instance.initiator_id) {
      const how = move.state === 'completed' ? `已办结${endEvent ? `（${endEvent.name}）` : ''}` : '已终止';
      move.notifications.push({ userId: instance.initiator_id, kind: `instance.${move.state}`, title: `${how}：${instance.title}` });
    }
  }

  const statements: (Knex.QueryBuilder | SqlStatement)[] = [];
  if (ending) {
    statements.push(trx('engine_timers').where({ instance_id: instance.id, state: 'scheduled' }).update({ state: 'cancelled' }));
    statements.push(trx('engine_subscriptions').where({ instance_id: instance.id }).delete());
  }
  for (const [taskId, changes] of move.taskChanges) {
    statements.push(updateById('engine_tasks', taskId, { ...changes, version: NEXT_VERSION }));
  }
  if (newTasks.length) {
    // The instance's title as this transaction sees it: a module may have retitled it earlier in the transaction.
    const title =
      typeof move.instanceChanges.title === 'string'
        ? move.instanceChanges.title
        : new SqlExpression('(SELECT title FROM engine_instances WHERE id = ?)', [instance.id]);
    statements.push(
      insertRows(
        'engine_tasks',
        newTasks.map((task) => ({
          id: task.id,
          instance_id: instance.id,
          token_id: task.tokenId,
          element_id: task.elementId,
          name: task.name,
          process_key: instance.process_key,
          module: instance.module,
          title,
          urgency: instance.urgency,
          initiator_id: instance.initiator_id,
          kind: task.kind,
          assignee_id: task.assigneeId,
          proxy_for_id: task.proxyForId,
          state: task.state,
          form_key: task.formKey,
          due_at: task.dueAt,
          move_seq: instance.seq + 1,
          prev_task_id: move.previousTaskId,
          details: JSON.stringify(task.details),
        })),
      ),
    );
    const candidates = newTasks.flatMap((task) => task.candidates.map((userId) => ({ task_id: task.id, user_id: userId })));
    if (candidates.length) statements.push(insertRows('engine_task_candidates', candidates));
  }
  const cancelTokens = [...move.cancelledTimerTokens].filter((id) => !live.has(id));
  if (cancelTokens.length) {
    statements.push(
      trx('engine_timers').where({ instance_id: instance.id, state: 'scheduled' }).whereIn('token_id', cancelTokens).update({ state: 'cancelled' }),
    );
    statements.push(trx('engine_subscriptions').where({ instance_id: instance.id }).whereIn('token_id', cancelTokens).delete());
  }
  if (move.cancelledTimerIds.size)
    statements.push(
      trx('engine_timers')
        .whereIn('id', [...move.cancelledTimerIds])
        .where({ state: 'scheduled' })
        .update({ state: 'cancelled' }),
    );
  // An ending instance's timers are all cancelled above: one made in this very move is not written at all.
  const timers = ending
    ? []
    : move.newTimers.filter((timer) => (timer.tokenId === null || live.has(timer.tokenId)) && !(timer.taskId && dropped.has(timer.taskId)));
  if (timers.length) {
    statements.push(
      trx('engine_timers').insert(
        timers.map((timer) => ({
          id: timer.id,
          instance_id: instance.id,
          token_id: timer.tokenId,
          element_id: timer.elementId,
          task_id: timer.taskId ?? null,
          kind: timer.kind,
          due_at: timer.dueAt,
          cycle: timer.cycle ? JSON.stringify(timer.cycle) : null,
        })),
      ),
    );
    for (const timer of timers) move.outbox.push({ topic: 'timer', payload: { timerId: timer.id, dueAt: timer.dueAt.toISOString() } });
  }
  const subscriptions = ending ? [] : move.newSubscriptions.filter((subscription) => live.has(subscription.tokenId));
  if (subscriptions.length) {
    statements.push(
      trx('engine_subscriptions').insert(
        subscriptions.map((subscription) => ({
          instance_id: instance.id,
          token_id: subscription.tokenId,
          element_id: subscription.elementId,
          message: subscription.message,
          correlation_key: subscription.correlationKey,
        })),
      ),
    );
  }
  if (history.length) {
    statements.push(
      insertRows(
        'engine_history',
        history.map((entry) => ({
          instance_id: instance.id,
          kind: entry.kind,
          element_id: entry.elementId ?? null,
          element_name: elementName(entry.elementId),
          task_id: entry.taskId ?? null,
          actor_id: entry.actorId !== undefined ? entry.actorId : (move.actor?.id ?? null),
          actor_name: entry.actorId !== undefined ? null : (move.actor?.name ?? null),
          on_behalf_of_id: entry.onBehalfOfId ?? null,
          outcome: entry.outcome ?? null,
          opinion: entry.opinion ?? null,
          details: JSON.stringify(entry.details ?? {}),
        })),
      ),
    );
  }
  // Notices of tasks made and dropped within this move go with them.
  const notifications = move.notifications.filter((notification) => !(notification.taskId && dropped.has(notification.taskId)));
  if (notifications.length) {
    statements.push(
      insertRows(
        'core_notifications',
        notifications.map((notification) => ({
          user_id: notification.userId,
          kind: notification.kind,
          title: notification.title,
          body: notification.body ?? null,
          link: notification.taskId ? `/tasks/${notification.taskId}` : `/instances/${instance.id}`,
          instance_id: instance.id,
          task_id: notification.taskId ?? null,
        })),
      ),
    );
  }
  statements.push(
    updateById('engine_instances', instance.id, {
      ...move.instanceChanges,
      tokens: JSON.stringify(move.tokens),
      variables: JSON.stringify(move.variables),
      completed_elements: [...move.completedElements],
      seq: move.countsAsMove ? instance.seq + 1 : instance.seq,
      state: move.state,
      end_reason: move.endReason ?? instance.end_reason,
      ended_at: ending ? CURRENT_TIMESTAMP : instance.ended_at,
      ...(endEvent ? { end_event_id: endEvent.id, end_event_name: endEvent.name } : {}),
      updated_at: CURRENT_TIMESTAMP,
    }),
  );
  const outbox = move.outbox.length
    ? trx('engine_outbox')
        .insert(move.outbox.map((entry) => ({ topic: entry.topic, payload: JSON.stringify(entry.payload) })))
        .returning(['id', 'topic', 'payload'])
    : null;
  remember(trx, await runTogether(trx, statements, outbox));
  pushLive(trx, ...move.live.splice(0));

  if (move.countsAsMove) instance.seq += 1;
  instance.state = move.state;
  for (const after of move.afterPersist.splice(0)) await after();
}

/** Runs writes as one statement of CTEs; answers the rows the (optional) last one returns. */
async function runTogether(trx: Knex.Transaction, writes: (Knex.QueryBuilder | SqlStatement)[], returning: Knex.QueryBuilder | null): Promise<Dispatchable[]> {
  const parts = writes.map((write) => ('toSQL' in write ? write.toSQL() : write));
  const last = returning?.toSQL();
  const ctes = parts.map((part, index) => `w${index} AS (${part.sql})`);
  if (last) ctes.push(`ret AS (${last.sql})`);
  const sql = `WITH ${ctes.join(', ')} SELECT ${last ? 'id, topic, payload FROM ret' : 'NULL AS id WHERE false'}`;
  const bindings = [...parts.flatMap((part) => part.bindings), ...(last?.bindings ?? [])];
  const name = preparedName(sql);
  const result = await trx.raw(sql, bindings as Knex.RawBinding[]).options(name ? { name } : {});
  return (result.rows as { id: number | string; topic: string; payload: Record<string, unknown> | string }[]).map((row) => ({
    id: Number(row.id),
    topic: row.topic,
    payload: typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload,
  }));
}

async function cancelTasksOfRemovedTokens(move: Move, history: Move['history']): Promise<void> {
  const { trx, instance } = move;
  const cancelled: { id: string; token_id: string; element_id: string; assignee_id: string | null }[] = await trx('engine_tasks')
    .where({ instance_id: instance.id })
    .whereIn('token_id', [...move.cancelledTaskTokens.keys()])
    .whereIn('state', ['open', 'blocked'])
    .update({ state: 'cancelled', completed_at: trx.fn.now(), version: trx.raw('version + 1') })
    .returning(['id', 'token_id', 'element_id', 'assignee_id']);
  for (const row of cancelled) {
    history.push({
      kind: 'task.cancelled',
      elementId: row.element_id,
      taskId: row.id,
      details: { reason: move.cancelledTaskTokens.get(row.token_id), assigneeId: row.assignee_id },
    });
  }
  const notify = [...new Set(cancelled.map((row) => row.assignee_id).filter((assigneeId): assigneeId is string => Boolean(assigneeId)))];
  if (notify.length) move.live.push({ userIds: notify, kind: 'task.cancelled' });
}
