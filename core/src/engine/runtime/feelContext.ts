import type { Move } from './move.ts';

/**
 * What FEEL expressions of a move see: the instance's variables, then a few facts about the
 * instance (read-only, prefixed names so they never clash with form fields).
 */
export function feelContext(move: Move, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...move.variables,
    processKey: move.instance.process_key,
    instanceTitle: move.instance.title,
    urgency: move.instance.urgency,
    ...extra,
  };
}
