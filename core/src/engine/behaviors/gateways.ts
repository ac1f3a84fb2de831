import type { Move } from '../runtime/move.ts';
import type { Token } from '../runtime/token.ts';
import { enterEventGateway } from './waitStates.ts';

/**
 * Gateways. Exclusive: the first flow whose condition holds, else the default. Parallel: all
 * flows; a parallel join waits for one token on each incoming flow. Inclusive: every flow whose
 * condition holds (else the default); an inclusive join waits while any other token of its scope
 * could still reach it (checked after every step of the move, see fireInclusiveJoins).
 */
export function enterGateway(move: Move, token: Token): void {
  const element = move.element(token.el);
  switch (element.kind) {
    case 'exclusiveGateway':
      move.leave(token, { exclusive: true });
      return;
    case 'parallelGateway':
      if (element.incoming.length > 1) {
        token.st = 'join';
        joinParallel(move, token);
      } else move.leave(token);
      return;
    case 'inclusiveGateway':
      if (element.incoming.length > 1) token.st = 'join';
      else move.leave(token);
      return;
    case 'eventBasedGateway':
      enterEventGateway(move, token);
      return;
    default:
      throw new Error(`${element.kind} is not a gateway`);
  }
}

function joinParallel(move: Move, token: Token): void {
  const element = move.element(token.el);
  const waiting = move.tokens.filter((t) => t.el === element.id && t.scope === token.scope && t.st === 'join');
  const chosen = new Map<string, Token>();
  for (const t of waiting) if (t.via && !chosen.has(t.via)) chosen.set(t.via, t);
  if (!element.incoming.every((f) => chosen.has(f))) return;
  const [first, ...rest] = [...chosen.values()];
  for (const t of rest) move.removeToken(t);
  move.leave(first!);
}

/** Fires inclusive joins that no other token can reach any more; true when one fired. */
export function fireInclusiveJoins(move: Move): boolean {
  for (const token of move.tokens) {
    if (token.st !== 'join') continue;
    const element = move.element(token.el);
    if (element.kind !== 'inclusiveGateway') continue;
    const others = move.tokens.filter((t) => t.scope === token.scope && t.el !== element.id);
    const stillComing = others.some((t) => move.definition.reach.canReach(t.el, element.id));
    if (stillComing) continue;
    const waiting = move.tokens.filter((t) => t.el === element.id && t.scope === token.scope && t.st === 'join');
    for (const t of waiting.slice(1)) move.removeToken(t);
    move.leave(waiting[0]!);
    return true;
  }
  return false;
}
