import { ApiError } from '@/api/apiError.ts';

/** Conflicts that mean the screen shows an outdated task: the person should reload it. */
export const STALE_CODES: ReadonlySet<string> = new Set(['engine.task_changed', 'engine.task_not_open', 'engine.task_not_found']);

export interface MoveFailure {
  /** The server's own message (in the interface language). */
  message: string;
  /** Further lines: each problem of a refused form, when the server listed them. */
  problems: string[];
  /** The task changed or was handled elsewhere: offer to reload. */
  stale: boolean;
  /** The next step has nobody to handle it: offer to choose who (element id of that step). */
  needsAssigneeFor: string | null;
}

/** What went wrong with an operation, in the terms the task page needs. */
export function moveFailureOf(err: unknown, fallback: string): MoveFailure {
  if (!(err instanceof ApiError)) return { message: err instanceof Error ? err.message : fallback, problems: [], stale: false, needsAssigneeFor: null };
  const issues = Array.isArray(err.details.issues) ? err.details.issues : Array.isArray(err.details.problems) ? err.details.problems : [];
  const problems = issues
    .map((i: unknown) =>
      typeof i === 'object' && i !== null && typeof (i as { message?: unknown }).message === 'string' ? (i as { message: string }).message : null,
    )
    .filter((m): m is string => m !== null);
  const elementId = err.code === 'engine.no_assignee' && typeof err.details.elementId === 'string' ? err.details.elementId : null;
  return { message: err.message, problems, stale: STALE_CODES.has(err.code), needsAssigneeFor: elementId };
}
