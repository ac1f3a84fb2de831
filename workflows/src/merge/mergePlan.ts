import { diffAttributes } from '../diff/attributeDiff.ts';
import type { ElementIndex } from '../diff/elementIndex.ts';
import { isDiagramType } from '../diff/moddleProperties.ts';
import { mergeElementAttributes, snapshotOf } from './attributeMerge.ts';
import type { MergeConflict } from './conflict.ts';
import { deletionGroups, distinctGroups, type DeletionGroup } from './deletionGroups.ts';
import { plannedFromSide, type MergeInputs, type PlannedElement, type Side } from './mergeSides.ts';
import { resolveDanglingReferences } from './referenceIntegrity.ts';

/**
 * The merged definition as data, before any XML is touched: every element it will contain, each
 * attribute with the side it comes from, and the conflicts. Pure; the fork patch turns it into
 * moddle objects.
 */
export interface MergePlan {
  elements: Map<string, PlannedElement>;
  conflicts: MergeConflict[];
}

export function planMerge(inputs: MergeInputs): MergePlan {
  const { base, upstream, fork } = inputs;
  const elements = new Map<string, PlannedElement>();
  const conflicts: MergeConflict[] = [];
  const deletedUpstream = deletionGroups(base, upstream);
  const deletedInFork = deletionGroups(base, fork);

  // A group deleted on one side and changed on the other stays as the fork has it.
  const keptFromFork = new Set<string>();
  for (const [deleter, groups, other] of [
    ['upstream', deletedUpstream, fork],
    ['fork', deletedInFork, upstream],
  ] as const) {
    for (const group of distinctGroups(groups)) {
      const changed = group.members.filter((key) => changedOn(base, other, key));
      if (!changed.length) continue;
      conflicts.push(deletedChanged(inputs, group, deleter, changed));
      if (deleter === 'upstream') for (const key of group.members) if (fork.elements.has(key)) keptFromFork.add(key);
    }
  }

  const keys = new Set([...base.elements.keys(), ...fork.elements.keys(), ...upstream.elements.keys()]);
  for (const key of keys) {
    const b = base.elements.get(key);
    const u = upstream.elements.get(key);
    const f = fork.elements.get(key);
    if (b && u && f) {
      const merged = mergeElementAttributes(b, u, f);
      elements.set(key, { key, type: merged.type, origin: 'fork', attributes: merged.attributes });
      conflicts.push(...merged.conflicts);
    } else if (b && f) {
      if (keptFromFork.has(key)) elements.set(key, plannedFromSide(inputs, 'fork', key));
    } else if (!b && u && f) {
      elements.set(key, plannedFromSide(inputs, 'fork', key));
      if (diffAttributes(u, f).length) {
        conflicts.push({
          kind: 'added-both',
          elementId: key,
          elementType: f.type,
          base: null,
          upstream: snapshotOf(u),
          fork: snapshotOf(f),
          layout: isDiagramType(f.type),
        });
      }
    } else if (!b && u) {
      elements.set(key, plannedFromSide(inputs, 'upstream', key));
    } else if (!b && f) {
      elements.set(key, plannedFromSide(inputs, 'fork', key));
    }
  }

  const plan = { elements, conflicts };
  resolveDanglingReferences(plan, inputs, { upstream: deletedUpstream, fork: deletedInFork });
  return plan;
}

const changedOn = (base: ElementIndex, side: ElementIndex, key: string): boolean => {
  const before = base.elements.get(key);
  const after = side.elements.get(key);
  return Boolean(before && after && diffAttributes(before, after).length);
};

function deletedChanged(inputs: MergeInputs, group: DeletionGroup, deleter: Side, changed: string[]): MergeConflict {
  const root = inputs.base.elements.get(group.root)!;
  return {
    kind: 'deleted-changed',
    elementId: group.root,
    elementType: root.type,
    base: snapshotOf(root),
    upstream: deleter === 'upstream' ? null : snapshotOf(inputs.upstream.elements.get(group.root)),
    fork: deleter === 'fork' ? null : snapshotOf(inputs.fork.elements.get(group.root)),
    relatedElements: changed,
    layout: changed.every((key) => isDiagramType(inputs.base.elements.get(key)!.type)),
  };
}
