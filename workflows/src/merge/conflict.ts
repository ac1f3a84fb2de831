import type { CanonicalValue } from '../diff/canonicalValue.ts';

/**
 * What a three-way merge cannot decide alone. The merged XML keeps the fork's side of every
 * conflict, so a merge is clean exactly when there are none; each conflict carries the base,
 * upstream and fork values (null where the element or attribute does not exist on that side)
 * for a designer to offer "take upstream / keep fork / edit".
 *
 *   changed-both        the same attribute changed differently on both sides
 *   deleted-changed     deleted on one side, changed on the other (attribute = null: the whole
 *                       element; relatedElements lists the changed elements of the deleted group,
 *                       e.g. its DI shape or the tasks inside a deleted sub-process)
 *   rewired-both        a connection rewired differently on both sides (values: { sourceRef, targetRef })
 *   added-both          the same id added on both sides with different content
 *   deleted-referenced  deleted on one side while the other side's new or changed elements
 *                       (relatedElements) point to it — a flow to it, a shape of it, a child in it
 */
export type ConflictKind = 'changed-both' | 'deleted-changed' | 'rewired-both' | 'added-both' | 'deleted-referenced';

export interface MergeConflict {
  kind: ConflictKind;
  elementId: string;
  elementType: string;
  attribute?: string;
  base: CanonicalValue | null;
  upstream: CanonicalValue | null;
  fork: CanonicalValue | null;
  relatedElements?: string[];
  /** Only diagram layout is at stake (a designer may resolve these in bulk). */
  layout: boolean;
}

/** A change that made it into the merged definition, and which side(s) it came from. */
export interface AppliedChange {
  from: 'upstream' | 'fork' | 'both';
  kind: 'added' | 'removed' | 'changed' | 'rewired' | 'layout';
  elementId: string;
  attribute?: string;
}
