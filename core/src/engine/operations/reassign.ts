import type { Knex } from 'knex';
import { unprocessable } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import type { Move } from '../runtime/move.ts';
import type { TaskRow } from './taskGuard.ts';

/**
 * Handing a task to someone else. 转办 (transfer): the task becomes theirs. 委派 (delegate): they
 * handle it and it comes back to the delegator to complete. 认领 (claim): a candidate takes a
 * task offered to several people. Out-of-office proxies apply to whoever receives the task.
 */
export async function activeRegularUser(trx: Knex | Knex.Transaction, userId: string): Promise<{ id: string; display_name: string }> {
  const user = await trx('core_users').where({ id: userId, status: 'active', account_kind: 'regular' }).first('id', 'display_name');
  if (!user) throw unprocessable('engine.user_unavailable', text('所选人员不存在或已停用', 'The person chosen does not exist or is disabled'), { userId });
  return user;
}

export async function transferTask(move: Move, task: TaskRow, input: { userId: string; opinion?: string | undefined }): Promise<void> {
  await handOver(move, task, input, 'transfer');
}

export async function delegateTask(move: Move, task: TaskRow, input: { userId: string; opinion?: string | undefined }): Promise<void> {
  await handOver(move, task, input, 'delegate');
}

async function handOver(move: Move, task: TaskRow, input: { userId: string; opinion?: string | undefined }, how: 'transfer' | 'delegate'): Promise<void> {
  const actor = move.actor!;
  if (input.userId === actor.id) throw unprocessable('engine.same_person', text('不能转给自己', 'You cannot hand a task to yourself'));
  await activeRegularUser(move.trx, input.userId);
  const [routed] = await move.deps.resolver.withProxies(move.trx, [input.userId], move.instance.process_key);
  move.taskChanges.set(task.id, {
    assignee_id: routed!.assignee,
    proxy_for_id: routed!.proxyFor,
    ...(how === 'delegate' ? { delegated_by_id: actor.id } : {}),
  });
  move.record({
    kind: how === 'transfer' ? 'task.transferred' : 'task.delegated',
    elementId: task.element_id,
    taskId: task.id,
    opinion: input.opinion ?? null,
    details: { toId: routed!.assignee, proxyForId: routed!.proxyFor },
  });
  move.notifications.push({
    userId: routed!.assignee,
    kind: `task.${how}`,
    title: `${how === 'transfer' ? '转办' : '委派'}：${move.instance.title}（${task.name}）`,
    taskId: task.id,
  });
  move.live.push({ userIds: [routed!.assignee, actor.id], kind: 'task.created', taskId: task.id });
}

export function claimTask(move: Move, task: TaskRow): void {
  if (task.assignee_id) throw unprocessable('engine.already_claimed', text('该待办已有人认领', 'Someone has already claimed this task'));
  move.taskChanges.set(task.id, { assignee_id: move.actor!.id });
  move.record({ kind: 'task.claimed', elementId: task.element_id, taskId: task.id });
}
