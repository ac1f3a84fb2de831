import type { AppliedChange, MergeConflict, ParsedBpmn } from '@kunlun/workflows';
import { conflictKey, type Resolution } from './conflictResolution.ts';

/**
 * The merged diagram's colours: what the new base brought in (blue), what this installation had
 * changed (green), and where a conflict is still open (red, which wins). Changes of a shape or
 * an edge colour the element it draws.
 */
export type MergeMark = 'upstream' | 'fork' | 'conflict';

export const MERGE_MARKER_CLASSES: Readonly<Record<MergeMark, string>> = {
  upstream: 'kl-merge-upstream',
  fork: 'kl-merge-fork',
  conflict: 'kl-merge-conflict',
};

/** The element a key draws (shapes and edges), or the key itself. */
export function drawnElementOf(tree: ParsedBpmn): (key: string) => string {
  return (key) => {
    const element = tree.elementsById[key];
    const drawn = element?.bpmnElement as { id?: string } | undefined;
    if (drawn?.id) return drawn.id;
    return key.endsWith('#di') ? key.slice(0, -'#di'.length) : key;
  };
}

export function mergeMarks(applied: readonly AppliedChange[], openConflicts: readonly MergeConflict[], drawn: (key: string) => string): Map<string, MergeMark> {
  const marks = new Map<string, MergeMark>();
  for (const change of applied) {
    if (change.kind === 'removed') continue;
    const id = drawn(change.elementId);
    if (change.from === 'upstream' || change.from === 'both') marks.set(id, 'upstream');
    else if (!marks.has(id)) marks.set(id, 'fork');
  }
  for (const conflict of openConflicts) marks.set(drawn(conflict.elementId), 'conflict');
  return marks;
}

/** How far the designer is with each conflict the merge has shown. */
export type ConflictState = 'open' | 'resolved' | 'failed';

export interface ConflictEntry {
  key: string;
  conflict: MergeConflict;
  state: ConflictState;
  resolution: Resolution | undefined;
}

/**
 * Every conflict seen so far — the proposal's and any a choice brought up — with its state:
 * resolved when chosen and gone from the latest merge, failed when chosen but still there (or
 * not applicable), open otherwise.
 */
export function conflictEntries(
  seen: readonly MergeConflict[],
  latest: readonly MergeConflict[],
  resolutions: ReadonlyMap<string, Resolution>,
  unapplied: readonly string[],
): ConflictEntry[] {
  const stillOpen = new Set(latest.map(conflictKey));
  const byKey = new Map<string, MergeConflict>();
  for (const conflict of [...seen, ...latest]) if (!byKey.has(conflictKey(conflict))) byKey.set(conflictKey(conflict), conflict);
  return [...byKey].map(([key, conflict]) => {
    const resolution = resolutions.get(key);
    const state: ConflictState = !resolution
      ? stillOpen.has(key)
        ? 'open'
        : 'resolved'
      : stillOpen.has(key) || unapplied.includes(key)
        ? 'failed'
        : 'resolved';
    return { key, conflict, state, resolution };
  });
}
