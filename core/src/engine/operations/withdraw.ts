import { conflict, unprocessable } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import { createTask } from '../behaviors/userTasks.ts';
import { armBoundaries } from '../behaviors/waitStates.ts';
import type { Move } from '../runtime/move.ts';
import type { Token } from '../runtime/token.ts';
import { readTask } from './taskGuard.ts';

/**
 * 撤回: the person who made the last move takes it back while nobody has acted since — the
 * instance is put back exactly as it was before their move (tokens, variables) and their task
 * is given back to them. Once anyone acts on what the move created, it is refused with the
 * reason. Side effects of service tasks run by the move (a number assigned…) are not undone.
 */
export async function withdraw(move: Move): Promise<void> {
  const actor = move.actor!;
  if (move.state !== 'active')
    throw conflict('engine.instance_ended', text('流程已结束或已挂起，不能撤回', 'The process has ended or is suspended; nothing can be withdrawn'));
  const row = await move
    .trx('engine_tasks')
    .where({ instance_id: move.instance.id, completed_by_id: actor.id, state: 'completed' })
    .orderBy('completed_at', 'desc')
    .first();
  const last = row ? readTask(row) : undefined;
  const undo = last?.details.undo as { seq: number; tokens: Token[]; variables: Record<string, unknown>; completed: string[] } | undefined;
  if (!last || !undo) throw unprocessable('engine.nothing_to_withdraw', text('您在此流程中没有可以撤回的办理', 'You have nothing to withdraw in this process'));
  if (undo.seq !== move.instance.seq) {
    throw conflict('engine.withdraw_too_late', text('下一步已有人办理，不能撤回', 'Someone has already acted on the next step; it can no longer be withdrawn'));
  }
  const restored = undo.tokens.find((t) => t.id === last.token_id);
  if (!restored || restored.miUser || last.kind === 'signer') {
    throw unprocessable('engine.withdraw_not_supported', text('会签或加签中的办理不能撤回', 'A countersign or signer step cannot be withdrawn'));
  }
  const before = new Set(undo.tokens.map((t) => t.id));
  for (const t of [...move.tokens]) if (!before.has(t.id)) move.removeToken(t, 'withdrawn');
  move.tokens.splice(0, move.tokens.length, ...undo.tokens.map((t) => ({ ...t })));
  move.variables = { ...undo.variables };
  move.completedElements.clear();
  for (const elementId of undo.completed) move.completedElements.add(elementId);
  const token = move.token(last.token_id)!;
  move.record({ kind: 'task.withdrawn', elementId: last.element_id, taskId: last.id });
  armBoundaries(move, token);
  await createTask(move, token, { assignees: [actor.id], details: { withdrawnFrom: last.id } });
}
