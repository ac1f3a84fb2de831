import { evaluate, FeelFunction, parseExpression } from 'feelin';

/**
 * FEEL (the DMN expression language) is the only expression language of Kunlun processes:
 * conditions, assignee rules, scripts, titles, correlation keys. A leading "=" (as Zeebe writes
 * expressions) is accepted and dropped. Never `eval`.
 */
export function feelSource(expression: string): string {
  const t = expression.trim();
  return t.startsWith('=') ? t.slice(1).trim() : t;
}

/** The syntax error of an expression, or null when it parses. */
export function feelSyntaxError(expression: string): string | null {
  const source = feelSource(expression);
  if (source === '') return 'empty expression';
  if (/\$\{|#\{/.test(source)) return 'JUEL/EL expressions (${…}) are not supported; write FEEL';
  try {
    // The parser recovers from errors: a syntax error shows as an error node in the tree.
    let errorAt: number | null = null;
    parseExpression(source, {}, undefined).iterate({
      enter(node) {
        if (node.type.isError && errorAt === null) errorAt = node.from;
      },
    });
    return errorAt === null ? null : `syntax error at position ${errorAt + 1}`;
  } catch (err) {
    return (err as Error).message;
  }
}

export class FeelError extends Error {
  constructor(
    readonly expression: string,
    message: string,
  ) {
    super(message);
    this.name = 'FeelError';
  }
}

/**
 * Evaluates an expression against a context; syntax errors throw FeelError. Only the entries the
 * expression can name reach the interpreter (FEEL has no dynamic lookup of variables, so a name
 * absent from the source text cannot be read): the interpreter copies and converts its whole
 * context on every evaluation, and instances carry many variables.
 */
export function evaluateFeel(expression: string, context: Record<string, unknown>): unknown {
  const source = feelSource(expression);
  const named: Record<string, unknown> = {};
  for (const key in context) if (source.includes(key)) named[key] = context[key];
  try {
    return evaluate(source, named).value;
  } catch (err) {
    throw new FeelError(expression, (err as Error).message);
  }
}

/** A function FEEL expressions may call, with its parameter names given (not read from its source on every call). */
export function feelFunction<A extends unknown[], R>(parameters: string[], fn: (...args: A) => R): unknown {
  return new FeelFunction(fn, parameters);
}

/** A condition is true only when the expression gives exactly true (null and errors are false). */
export function feelCondition(expression: string, context: Record<string, unknown>): boolean {
  return evaluateFeel(expression, context) === true;
}
