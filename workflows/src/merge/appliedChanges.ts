import { sameValue } from '../diff/canonicalValue.ts';
import { isConnection, WIRING_ATTRIBUTES } from '../diff/flowRewiring.ts';
import { isLayoutAttribute } from '../diff/layoutDiff.ts';
import type { AppliedChange, MergeConflict } from './conflict.ts';
import type { MergePlan } from './mergePlan.ts';
import type { MergeInputs } from './mergeSides.ts';

/**
 * The changes the merged definition carries relative to the base, each with the side it came
 * from ("both" when the two made the same change). Conflicted elements and attributes are left
 * out: the conflict list speaks for them.
 */
export function appliedChanges(plan: MergePlan, inputs: MergeInputs): AppliedChange[] {
  const { base, upstream, fork } = inputs;
  const whole = new Set<string>();
  const partial = new Set<string>();
  for (const c of plan.conflicts) markConflict(c, whole, partial);
  const from = (inUpstream: boolean, inFork: boolean): AppliedChange['from'] => (inUpstream && inFork ? 'both' : inUpstream ? 'upstream' : 'fork');
  const applied: AppliedChange[] = [];

  for (const key of base.elements.keys()) {
    if (!plan.elements.has(key) && !whole.has(key)) {
      applied.push({ from: from(!upstream.elements.has(key), !fork.elements.has(key)), kind: 'removed', elementId: key });
    }
  }
  for (const [key, planned] of plan.elements) {
    if (whole.has(key)) continue;
    const before = base.elements.get(key);
    if (!before) {
      applied.push({ from: from(upstream.elements.has(key), fork.elements.has(key)), kind: 'added', elementId: key });
      continue;
    }
    const u = upstream.elements.get(key);
    const f = fork.elements.get(key);
    const connection = isConnection(before);
    const names = new Set([...before.attributes.keys(), ...planned.attributes.keys()]);
    for (const name of names) {
      const value = planned.attributes.get(name)?.attr.value;
      if (sameValue(before.attributes.get(name)?.value, value) || partial.has(`${key}\u0000${name}`)) continue;
      const kind: AppliedChange['kind'] =
        connection && (WIRING_ATTRIBUTES as readonly string[]).includes(name) ? 'rewired' : isLayoutAttribute(before, name) ? 'layout' : 'changed';
      const merged = planned.attributes.get(name)?.source === 'merged';
      applied.push({
        from: merged ? 'both' : from(sameValue(u?.attributes.get(name)?.value, value), sameValue(f?.attributes.get(name)?.value, value)),
        kind,
        elementId: key,
        attribute: name,
      });
    }
  }
  return applied;
}

function markConflict(c: MergeConflict, whole: Set<string>, partial: Set<string>): void {
  if (c.kind === 'changed-both' && c.attribute) partial.add(`${c.elementId}\u0000${c.attribute}`);
  else if (c.kind === 'rewired-both') for (const n of WIRING_ATTRIBUTES) partial.add(`${c.elementId}\u0000${n}`);
  else {
    whole.add(c.elementId);
    for (const related of c.relatedElements ?? []) whole.add(related);
  }
}
