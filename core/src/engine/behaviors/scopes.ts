import { unprocessable } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import type { Move } from '../runtime/move.ts';
import type { Token } from '../runtime/token.ts';
import { wait } from './waitStates.ts';

/**
 * Scopes. An embedded sub-process: its token waits on the sub-process while a token runs inside
 * from its start event; when the last inner path ends, the sub-process is done. A call activity
 * starts the published version of another process as a child instance and waits for it.
 */
export function enterSubProcess(move: Move, token: Token): void {
  const element = move.element(token.el);
  wait(move, token);
  move.arrive(element.startEvent!, token.id);
}

export async function enterCallActivity(move: Move, token: Token): Promise<void> {
  const element = move.element(token.el);
  const called = await move.deps.definitions.published(element.calledElement!, move.trx);
  if (!called) {
    throw unprocessable(
      'engine.called_process_missing',
      text(`调用的流程 ${element.calledElement} 没有发布的版本`, `The called process ${element.calledElement} has no published version`),
      {
        elementId: element.id,
      },
    );
  }
  wait(move, token);
  const inputs = element.inputs
    ? Object.fromEntries(element.inputs.filter((k) => k in move.variables).map((k) => [k, move.variables[k]]))
    : { ...move.variables };
  move.childStarts.push({ token, definition: called, variables: inputs });
}

/** Copies a finished child instance's output variables into the parent. */
export function takeOutputs(move: Move, token: Token, childVariables: Record<string, unknown>): void {
  const element = move.element(token.el);
  for (const name of element.outputs ?? []) if (name in childVariables) move.variables[name] = childVariables[name];
}
