import type { Move } from '../runtime/move.ts';
import { SqlExpression } from '../runtime/sqlStatement.ts';

/**
 * The bell notice of a new task (待办), so nobody has to watch 待办 to learn of one:
 * - one notice per new task per person: the holder, or each person a group task is offered to
 *   (any of them may take it, and the notice is all they get); never to the person whose own move
 *   made the task (a drafter's first step, a step that comes back to the one who handed it on);
 * - a task a return (退回) makes is told as a return, with who returned it and the reason; so is
 *   a task at a step done before that a 不同意 leads back to (a 修改 flow back to the drafter);
 * - it leads to the task page. The bell rings live through the task's own `task.created` push.
 * The title reads the instance's title as the transaction sees it, as the task's title does (a
 * module may retitle the instance earlier in the same transaction).
 */
export interface ReturnedFrom {
  byName?: string;
  opinion?: string | null;
}

const TITLE_LENGTH = 500;

export function noticeOfNewTask(
  move: Move,
  task: { id: string; elementId: string; name: string; recipients: readonly string[]; returned: ReturnedFrom | null },
): void {
  const people = [...new Set(task.recipients)].filter((userId) => userId !== move.actor?.id);
  if (!people.length) return;
  const returned = task.returned ?? sentBack(move, task.elementId);
  const prefix = returned ? '退回' : '待办';
  const reason = returned?.opinion?.trim() ? returned.opinion.trim() : null;
  const body = returned ? `${returned.byName ?? ''}退回${reason ? `：${reason}` : ''}` : undefined;
  const title = titleOf(move, prefix, task.name);
  for (const userId of people) {
    move.notifications.push({ userId, kind: returned ? 'task.returned' : 'task.assigned', title, taskId: task.id, ...(body ? { body } : {}) });
  }
}

function titleOf(move: Move, prefix: string, step: string): string | SqlExpression {
  const retitled = move.instanceChanges.title;
  if (typeof retitled === 'string') return `${prefix}：${retitled}（${step}）`.slice(0, TITLE_LENGTH);
  return new SqlExpression(`left(?::text || (SELECT title FROM engine_instances WHERE id = ?) || ?::text, ${TITLE_LENGTH})`, [
    `${prefix}：`,
    move.instance.id,
    `（${step}）`,
  ]);
}

/** A 不同意 in this move that leads back to a step done before: the person and their opinion. */
function sentBack(move: Move, elementId: string): ReturnedFrom | null {
  const previous = move.previousTaskId ? move.taskChanges.get(move.previousTaskId) : undefined;
  if (previous?.outcome !== 'disagree' || !move.completedElements.has(elementId)) return null;
  return { byName: move.actor?.name ?? '', opinion: typeof previous.opinion === 'string' ? previous.opinion : null };
}
