import { unprocessable } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import { createTask, startInstanceTask } from '../behaviors/userTasks.ts';
import type { Move } from '../runtime/move.ts';
import { activeRegularUser } from './reassign.ts';
import { readTask, type TaskRow } from './taskGuard.ts';
import { settleCountersign } from './completeTask.ts';

/**
 * 加签 / 减签: the holder adds people to their step at run time, or removes people not yet done.
 * - before (前加签): the added people sign first; the holder's task waits until they are done;
 * - after (后加签): they sign after the holder completes, before the process moves on;
 * - parallel (并加签): they handle the step alongside the holder (in a countersign, they join it).
 */
export type SignerMode = 'before' | 'after' | 'parallel';

export async function addSigners(move: Move, task: TaskRow, input: { userIds: string[]; mode: SignerMode; opinion?: string | undefined }): Promise<void> {
  const actor = move.actor!;
  const userIds = [...new Set(input.userIds)].filter((id) => id !== actor.id);
  if (!userIds.length) throw unprocessable('engine.no_signers', text('请选择加签人员', 'Choose the people to add'));
  for (const id of userIds) await activeRegularUser(move.trx, id);
  const token = move.token(task.token_id)!;
  if (input.mode === 'before') {
    for (const userId of userIds) await createTask(move, token, { assignees: [userId], kind: 'signer', details: { mode: 'before', mainTaskId: task.id } });
    move.taskChanges.set(task.id, { state: 'blocked' });
  } else if (input.mode === 'after') {
    const already = (task.details.afterSigners as string[] | undefined) ?? [];
    move.taskChanges.set(task.id, { details: JSON.stringify({ ...task.details, afterSigners: [...new Set([...already, ...userIds])] }) });
  } else if (token.miUser) {
    const scope = move.token(token.scope!)!;
    scope.mi!.total += userIds.length;
    for (const userId of userIds) await startInstanceTask(move, scope, userId);
  } else {
    token.pending = (token.pending ?? 1) + userIds.length;
    for (const userId of userIds) await createTask(move, token, { assignees: [userId] });
  }
  move.record({
    kind: 'task.signersAdded',
    elementId: task.element_id,
    taskId: task.id,
    opinion: input.opinion ?? null,
    details: { mode: input.mode, userIds },
  });
}

/** Removes added signers or countersign members who have not acted yet (never the last one). */
export async function removeSigners(move: Move, task: TaskRow, input: { taskIds: string[] }): Promise<void> {
  const rows = (await move.trx('engine_tasks').whereIn('id', input.taskIds).where({ instance_id: move.instance.id })).map(readTask);
  if (rows.length !== new Set(input.taskIds).size)
    throw unprocessable('engine.signer_not_found', text('要减签的待办不存在', 'A task to remove does not exist'));
  const holderToken = move.token(task.token_id)!;
  for (const row of rows) {
    if (row.id === task.id) throw unprocessable('engine.remove_self', text('不能减去自己', 'You cannot remove yourself'));
    if (row.state !== 'open' && row.state !== 'blocked')
      throw unprocessable('engine.signer_done', text('已办理的人员不能减签', 'People who have acted cannot be removed'), { taskId: row.id });
    const token = move.token(row.token_id);
    if (!token) continue;
    if (row.kind === 'signer' && row.details.mainTaskId === task.id) {
      move.taskChanges.set(row.id, { state: 'cancelled', completed_at: move.trx.fn.now() });
      if (row.details.mode === 'after') holderToken.pending = (holderToken.pending ?? 1) - 1;
    } else if (token.miUser && token.scope && token.scope === holderToken.scope) {
      const scope = move.token(token.scope)!;
      if (scope.mi!.total - 1 < 1) throw unprocessable('engine.last_signer', text('会签至少要保留一人', 'A countersign needs at least one person'));
      scope.mi!.total -= 1;
      move.removeToken(token, 'removed');
      await settleCountersign(move, scope);
    } else if (token.id === holderToken.id && row.kind === 'task') {
      holderToken.pending = (holderToken.pending ?? 1) - 1;
      move.taskChanges.set(row.id, { state: 'cancelled', completed_at: move.trx.fn.now() });
    } else {
      throw unprocessable('engine.not_your_signer', text('只能减去本环节加签或会签中的人员', 'Only people added to this step can be removed'), {
        taskId: row.id,
      });
    }
    move.record({ kind: 'task.signerRemoved', elementId: row.element_id, taskId: row.id, details: { assigneeId: row.assignee_id } });
  }
  if (task.state === 'blocked') {
    const left = await move
      .trx('engine_tasks')
      .where({ instance_id: move.instance.id, kind: 'signer', state: 'open' })
      .whereRaw("details->>'mainTaskId' = ?", [task.id])
      .whereNotIn('id', input.taskIds)
      .first('id');
    if (!left) move.taskChanges.set(task.id, { state: 'open' });
  }
}
