import type { Move } from '../runtime/move.ts';
import type { Token } from '../runtime/token.ts';
import { throwError } from './errors.ts';

/** End events: a path ends; a terminate end event ends its whole scope; an error end event throws. */
export function enterEndEvent(move: Move, token: Token): void {
  const element = move.element(token.el);
  const trigger = element.trigger ?? { type: 'none' };
  move.completedElements.add(element.id);
  if (trigger.type === 'error') {
    move.removeToken(token);
    throwError(move, token.scope, trigger.errorCode ?? null, element.id);
    return;
  }
  move.removeToken(token);
  if (token.scope === null) move.endEvent = { id: element.id, name: element.name ?? element.id };
  if (trigger.type === 'terminate') {
    for (const t of move.tokens.filter((x) => x.scope === token.scope)) move.removeToken(t, 'terminated');
    if (token.scope === null) {
      for (const t of [...move.tokens]) move.removeToken(t, 'terminated');
      move.complete(`terminated at ${element.id}`);
      return;
    }
  }
  move.endPath(token.scope);
}
