import type { Move } from '../runtime/move.ts';

/**
 * A BPMN error thrown inside a scope: caught by the nearest error boundary event (on the
 * sub-process, multi-instance activity or call activity around it) whose error code matches or
 * that catches every error; uncaught, it ends the instance.
 */
export function throwError(move: Move, scope: string | null, code: string | null, fromElement: string, host?: string): void {
  // The thrower itself may be an activity with its own error boundary (a failing service task).
  if (host) {
    if (catchOn(move, host, code)) return;
    const hostToken = move.token(host);
    if (hostToken) move.removeToken(hostToken, 'error');
  }
  let current = scope;
  while (current !== null) {
    const scopeToken = move.token(current);
    if (!scopeToken) break;
    if (catchOn(move, scopeToken.id, code)) return;
    current = scopeToken.scope;
  }
  move.record({ kind: 'instance.errorUncaught', elementId: fromElement, details: { errorCode: code } });
  move.uncaughtError = code ?? '';
  move.terminate(`error ${code ?? ''} at ${fromElement}`.trim());
}

function catchOn(move: Move, tokenId: string, code: string | null): boolean {
  const token = move.token(tokenId);
  if (!token) return false;
  const el = move.element(token.el);
  const boundary = (el.boundaries ?? [])
    .map((id) => move.element(id))
    .find((b) => b.trigger?.type === 'error' && (b.trigger.errorCode === undefined || b.trigger.errorCode === code));
  if (!boundary) return false;
  move.removeToken(token, 'error');
  move.record({ kind: 'boundary.error', elementId: boundary.id, details: { errorCode: code, activity: el.id } });
  const caught = move.arrive(boundary.id, token.scope);
  caught.st = 'active';
  return true;
}
