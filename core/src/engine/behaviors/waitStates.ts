import { randomUUID } from 'node:crypto';
import { evaluateFeel, type GraphElement } from '@kunlun/workflows';
import type { Move } from '../runtime/move.ts';
import type { Token } from '../runtime/token.ts';
import { planTimer } from '../timers/timerSpecs.ts';

/**
 * Waiting: a token stays on an element until something happens — a task is done, a timer
 * fires, a message arrives. Timers are rows (the truth) scheduled on BullMQ after the move
 * commits; messages are subscriptions looked up by name and correlation key.
 */
export function wait(move: Move, token: Token): void {
  token.st = 'wait';
  armBoundaries(move, token);
}

/** Timer and message boundary events of the activity a token now waits on. */
export function armBoundaries(move: Move, token: Token): void {
  const element = move.element(token.el);
  for (const boundaryId of element.boundaries ?? []) {
    const boundary = move.element(boundaryId);
    if (boundary.trigger?.type === 'timer') addTimer(move, token, boundary, 'boundary');
    if (boundary.trigger?.type === 'message') subscribe(move, token, boundary);
  }
}

export function addTimer(move: Move, token: Token, element: GraphElement, kind: 'boundary' | 'catch' | 'eventGateway'): void {
  if (element.trigger?.type !== 'timer') return;
  const plan = planTimer(element.trigger.timer, move.now, move.feel(), element.id);
  token.armed = true;
  move.newTimers.push({ id: randomUUID(), tokenId: token.id, elementId: element.id, kind, dueAt: plan.dueAt, cycle: plan.cycle });
}

export function subscribe(move: Move, token: Token, element: GraphElement): void {
  const message = element.trigger?.type === 'message' ? element.trigger.message : element.message;
  const keyExpression = element.trigger?.type === 'message' ? element.trigger.correlationKey : element.correlationKey;
  if (!message) return;
  const key = keyExpression ? evaluateFeel(keyExpression, move.feel()) : null;
  token.armed = true;
  move.newSubscriptions.push({ tokenId: token.id, elementId: element.id, message, correlationKey: key === null || key === undefined ? null : String(key) });
}

/** A timer or message catch event, or a receive task: wait for it. */
export function enterCatch(move: Move, token: Token): void {
  const element = move.element(token.el);
  token.st = 'wait';
  if (element.kind === 'receiveTask' || element.trigger?.type === 'message') subscribe(move, token, element);
  else addTimer(move, token, element, 'catch');
  if (element.kind === 'receiveTask') armBoundaries(move, token);
}

/** An event-based gateway waits for the first of the events after it. */
export function enterEventGateway(move: Move, token: Token): void {
  const element = move.element(token.el);
  token.st = 'wait';
  token.gateway = true;
  for (const flowId of element.outgoing) {
    const target = move.element(move.flow(flowId).target);
    if (target.kind === 'receiveTask' || target.trigger?.type === 'message') subscribe(move, token, target);
    else addTimer(move, token, target, 'eventGateway');
  }
}
