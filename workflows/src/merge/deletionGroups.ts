import type { ElementIndex } from '../diff/elementIndex.ts';

/**
 * What one side deleted, grouped the way a person deletes: a task together with its shape, a
 * sub-process together with everything inside it and their shapes. Each group is decided as a
 * whole — applied, or kept when the other side changed any of its members.
 */
export interface DeletionGroup {
  root: string;
  members: string[];
}

/** Group of every element of `base` that `side` no longer has, by member key. */
export function deletionGroups(base: ElementIndex, side: ElementIndex): Map<string, DeletionGroup> {
  const deleted = [...base.elements.keys()].filter((key) => !side.elements.has(key));
  const isDeleted = new Set(deleted);
  const rootOf = (key: string): string => {
    const seen = new Set<string>();
    let current = key;
    while (!seen.has(current)) {
      seen.add(current);
      const entry = base.elements.get(current);
      const drawn = entry?.bpmnElement;
      const next = drawn !== undefined && isDeleted.has(drawn) ? drawn : entry?.parent && isDeleted.has(entry.parent.key) ? entry.parent.key : undefined;
      if (next === undefined) break;
      current = next;
    }
    return current;
  };
  const groups = new Map<string, DeletionGroup>();
  const byMember = new Map<string, DeletionGroup>();
  for (const key of deleted) {
    const root = rootOf(key);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { root, members: [] }));
    group.members.push(key);
    byMember.set(key, group);
  }
  return byMember;
}

export const distinctGroups = (byMember: Map<string, DeletionGroup>): DeletionGroup[] => [...new Set(byMember.values())];
