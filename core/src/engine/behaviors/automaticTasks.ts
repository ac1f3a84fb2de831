import { evaluateFeel } from '@kunlun/workflows';
import { unprocessable } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import type { Actor, Move } from '../runtime/move.ts';
import type { Token } from '../runtime/token.ts';
import { throwError } from './errors.ts';
import { wait } from './waitStates.ts';

/**
 * Work the engine does itself. A script task evaluates FEEL. A service task calls the handler
 * a module registered under its id: synchronously inside this move's transaction, or, marked
 * async, later on a worker (the token waits; a job carries the work after the move commits).
 * A handler signals a business error by throwing BpmnError, caught by error boundary events.
 */
export class BpmnError extends Error {
  constructor(
    readonly errorCode: string,
    message = errorCode,
  ) {
    super(message);
    this.name = 'BpmnError';
  }
}

export function enterScriptTask(move: Move, token: Token): void {
  const element = move.element(token.el);
  const value = evaluateFeel(element.script ?? 'null', move.feel());
  if (element.resultVariable) move.variables[element.resultVariable] = value;
  move.record({ kind: 'script.evaluated', elementId: element.id, details: element.resultVariable ? { [element.resultVariable]: value } : {} });
  move.leave(token);
}

export async function enterServiceTask(move: Move, token: Token): Promise<void> {
  const element = move.element(token.el);
  const handler = move.deps.serviceTasks.get(element.handler ?? '');
  if (!handler) {
    throw unprocessable(
      'engine.no_handler',
      text(
        `服务任务「${element.name ?? element.id}」的处理程序 ${element.handler} 没有注册（模块未启用？）`,
        `Service task handler ${element.handler} is not registered`,
      ),
      {
        elementId: element.id,
        handler: element.handler,
      },
    );
  }
  if (element.async) {
    wait(move, token);
    move.outbox.push({
      topic: 'job',
      payload: {
        name: 'engine.serviceTask',
        jobId: `svc-${move.instance.id}-${token.id}`,
        data: { instanceId: move.instance.id, tokenId: token.id, actor: move.actor },
        attempts: (element.retries ?? 3) + 1,
      },
    });
    return;
  }
  await runServiceTask(move, token);
}

/**
 * Runs a token's service task handler in the move's transaction, then moves on. The handler is
 * told who made the move that led here (for an async task, who made it before the worker ran).
 */
export async function runServiceTask(move: Move, token: Token, actor: Actor | null = move.actor): Promise<void> {
  const element = move.element(token.el);
  const handler = move.deps.serviceTasks.get(element.handler ?? '')!;
  try {
    const result = await handler({
      processKey: move.instance.process_key,
      instanceId: move.instance.id,
      elementId: element.id,
      variables: move.variables,
      trx: move.trx,
      actor,
    });
    if (result) Object.assign(move.variables, result);
  } catch (err) {
    if (err instanceof BpmnError) {
      move.record({ kind: 'serviceTask.error', elementId: element.id, details: { errorCode: err.errorCode, message: err.message } });
      throwError(move, token.scope, err.errorCode, element.id, token.id);
      return;
    }
    throw err;
  }
  move.record({ kind: 'serviceTask.completed', elementId: element.id, details: { handler: element.handler } });
  move.leave(token);
}
