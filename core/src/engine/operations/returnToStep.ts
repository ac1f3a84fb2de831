import { unprocessable } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import type { Move } from '../runtime/move.ts';
import type { Token } from '../runtime/token.ts';
import type { Knex } from 'knex';
import type { Definition } from '../definitions/definitionStore.ts';
import type { TaskRow } from './taskGuard.ts';

/**
 * 退回: send the process back to any earlier step that was completed and from which the current
 * step can be reached. Everything downstream of that step is withdrawn — the current task, its
 * countersign or sub-process, and sibling branches of a parallel split that lies after it —
 * while branches that do not pass through it go on. The step returned to goes to whoever did it
 * last time. With `comeBack`, once they finish it comes straight back to the returner.
 */
export interface ReturnableStep {
  elementId: string;
  name: string;
  lastHandledBy: { id: string; name: string } | null;
}

export async function returnableSteps(
  db: Knex | Knex.Transaction,
  instance: { id: string; tokens: Token[] },
  definition: Definition,
  task: Pick<TaskRow, 'token_id' | 'element_id'>,
): Promise<ReturnableStep[]> {
  const token = instance.tokens.find((t) => t.id === task.token_id);
  if (!token) return [];
  const scopes = scopeChain(instance.tokens, token);
  const rows: { element_id: string; actor_id: string | null; actor_name: string | null }[] = await db('engine_history')
    .where({ instance_id: instance.id, kind: 'task.completed' })
    .orderBy('id', 'desc')
    .select('element_id', 'actor_id', 'actor_name');
  const steps: ReturnableStep[] = [];
  for (const row of rows) {
    if (steps.some((s) => s.elementId === row.element_id)) continue;
    const element = definition.graph.elements[row.element_id];
    if (!element || element.kind !== 'userTask' || element.id === task.element_id) continue;
    if (element.scope !== null && !scopes.some((s) => s.el === element.scope)) continue;
    if (!definition.reach.canReach(element.id, task.element_id)) continue;
    steps.push({
      elementId: element.id,
      name: element.name ?? element.id,
      lastHandledBy: row.actor_id ? { id: row.actor_id, name: row.actor_name ?? '' } : null,
    });
  }
  return steps;
}

/** The scope tokens around a token, innermost first. */
function scopeChain(tokens: Token[], token: Token): Token[] {
  const chain: Token[] = [];
  let scope = token.scope;
  while (scope) {
    const t = tokens.find((x) => x.id === scope);
    if (!t) break;
    chain.push(t);
    scope = t.scope;
  }
  return chain;
}

export async function returnToStep(
  move: Move,
  task: TaskRow,
  input: { targetElementId: string; opinion?: string | undefined; comeBack?: boolean | undefined },
): Promise<void> {
  const actor = move.actor!;
  const steps = await returnableSteps(move.trx, { id: move.instance.id, tokens: move.tokens }, move.definition, task);
  const target = steps.find((s) => s.elementId === input.targetElementId);
  if (!target) {
    throw unprocessable('engine.not_returnable', text('不能退回到该环节', 'The process cannot return to that step'), {
      returnable: steps.map((s) => s.elementId),
    });
  }
  const current = move.token(task.token_id)!;
  const targetElement = move.element(target.elementId);
  const protectedScopes = new Set(
    scopeChain(move.tokens, current)
      .filter((s) => targetElement.scope !== null && isAncestorScope(move, s, targetElement.scope))
      .map((s) => s.id),
  );
  const reach = move.definition.reach;
  const downstream = (t: Token) => {
    if (protectedScopes.has(t.id)) return false;
    if (t.st === 'join' && t.via) {
      const source = move.flow(t.via).source;
      return source === target.elementId || reach.canReach(target.elementId, source);
    }
    return t.el === target.elementId || reach.canReach(target.elementId, t.el);
  };
  const doomed = move.tokens.filter(downstream);
  if (input.comeBack && (current.miUser || doomed.some((t) => t.id !== current.id && !scopeChain(move.tokens, current).includes(t)))) {
    throw unprocessable(
      'engine.come_back_parallel',
      text('退回会撤销其他并行分支，不能选择“办理后直接返回”', 'Returning cancels parallel branches; "come straight back" is not possible'),
    );
  }
  move.taskChanges.set(task.id, {
    state: 'completed',
    outcome: 'return',
    opinion: input.opinion ?? null,
    completed_at: move.trx.fn.now(),
    completed_by_id: actor.id,
  });
  move.record({
    kind: 'task.returned',
    elementId: task.element_id,
    taskId: task.id,
    outcome: 'return',
    opinion: input.opinion ?? null,
    details: { to: target.elementId, toName: target.name, comeBack: Boolean(input.comeBack) },
  });
  for (const t of doomed) move.removeToken(t, 'returned');
  const scopeToken = targetElement.scope === null ? null : (scopeChain(move.tokens, current).find((s) => s.el === targetElement.scope) ?? null);
  const lastHandlers: string[] = await move
    .trx('engine_history')
    .where({ instance_id: move.instance.id, kind: 'task.completed', element_id: target.elementId })
    .orderBy('id', 'desc')
    .pluck('actor_id');
  const people = targetElement.multiInstance ? [...new Set(lastHandlers.filter(Boolean))] : lastHandlers.slice(0, 1);
  move.forcedAssignees.set(target.elementId, people);
  move.pendingTaskDetails.set(target.elementId, {
    returned: { byId: actor.id, byName: actor.name, fromElementId: task.element_id, opinion: input.opinion ?? null },
    ...(input.comeBack ? { comeBackTo: { elementId: task.element_id, userId: actor.id } } : {}),
  });
  move.previousTaskId = task.id;
  move.arrive(target.elementId, scopeToken?.id ?? null);
}

function isAncestorScope(move: Move, scopeToken: Token, elementScope: string): boolean {
  // The target lies inside the sub-process this scope token runs, or inside one nested in it.
  let scope: string | null = elementScope;
  while (scope) {
    if (scopeToken.el === scope) return true;
    scope = move.graph.elements[scope]?.scope ?? null;
  }
  return false;
}
