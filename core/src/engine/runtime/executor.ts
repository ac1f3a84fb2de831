import type { Move } from './move.ts';
import type { Token } from './token.ts';
import { enterEndEvent } from '../behaviors/events.ts';
import { enterGateway, fireInclusiveJoins } from '../behaviors/gateways.ts';
import { enterUserTask } from '../behaviors/userTasks.ts';
import { enterScriptTask, enterServiceTask } from '../behaviors/automaticTasks.ts';
import { enterCatch } from '../behaviors/waitStates.ts';
import { enterCallActivity, enterSubProcess } from '../behaviors/scopes.ts';

export interface ExecutorHooks {
  /** Starts the child instance of a call activity (in the same transaction). */
  startChild(move: Move, start: Move['childStarts'][number]): Promise<void>;
}

/**
 * Moves every active token on until each waits (on a task, a timer, a message, a join) or ends.
 * Scope completions and inclusive joins are settled when nothing else can move.
 */
export async function run(move: Move, hooks: ExecutorHooks): Promise<void> {
  for (;;) {
    const token = move.queue.shift();
    if (token) {
      if (token.st === 'active' && move.tokens.includes(token)) await enter(move, token);
      continue;
    }
    const scope = move.pendingScopeCompletions.shift();
    if (scope) {
      if (move.tokens.includes(scope)) completeActivity(move, scope);
      continue;
    }
    const child = move.childStarts.shift();
    if (child) {
      await hooks.startChild(move, child);
      continue;
    }
    if (fireInclusiveJoins(move)) continue;
    return;
  }
}

async function enter(move: Move, token: Token): Promise<void> {
  const element = move.element(token.el);
  switch (element.kind) {
    case 'startEvent':
    case 'intermediateThrowEvent':
    case 'task':
    case 'boundaryEvent':
      move.leave(token);
      return;
    case 'endEvent':
      enterEndEvent(move, token);
      return;
    case 'intermediateCatchEvent':
    case 'receiveTask':
      enterCatch(move, token);
      return;
    case 'exclusiveGateway':
    case 'parallelGateway':
    case 'inclusiveGateway':
    case 'eventBasedGateway':
      enterGateway(move, token);
      return;
    case 'userTask':
      await enterUserTask(move, token);
      return;
    case 'serviceTask':
      await enterServiceTask(move, token);
      return;
    case 'scriptTask':
      enterScriptTask(move, token);
      return;
    case 'subProcess':
      enterSubProcess(move, token);
      return;
    case 'callActivity':
      await enterCallActivity(move, token);
      return;
  }
}

/** An activity the token waited on is done: leave it (its timers and subscriptions go with it). */
export function completeActivity(move: Move, token: Token): void {
  move.leave(token);
}
