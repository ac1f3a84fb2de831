import { isConnection, WIRING_ATTRIBUTES } from '../diff/flowRewiring.ts';
import { isDiagramType } from '../diff/moddleProperties.ts';
import { snapshotOf } from './attributeMerge.ts';
import type { DeletionGroup } from './deletionGroups.ts';
import type { MergePlan } from './mergePlan.ts';
import { plannedFromSide, sideIndex, type MergeInputs, type PlannedElement, type Side } from './mergeSides.ts';

/**
 * A merge must not leave a reference to nowhere: a flow to a task the other side deleted, a
 * shape of a deleted element, a task inside a deleted sub-process. Each such reference is a
 * "deleted-referenced" conflict, resolved for the fork: when upstream deleted what the fork
 * uses, the fork's version of the deleted group comes back; when the fork deleted what
 * upstream's change uses, that change is not applied (an element upstream added is left out,
 * and with it whatever else of upstream's hangs on it). Repeats until nothing dangles.
 */
export function resolveDanglingReferences(plan: MergePlan, inputs: MergeInputs, deletions: Record<Side, Map<string, DeletionGroup>>): void {
  const known = (id: string) => inputs.base.elements.has(id) || inputs.upstream.elements.has(id) || inputs.fork.elements.has(id);
  const droppedAdditions = new Set<string>();
  const report = (deleter: Side, missing: string, referrer: string) => {
    const root = deletions[deleter].get(missing)?.root ?? missing;
    const existing = plan.conflicts.find((c) => c.kind === 'deleted-referenced' && c.elementId === root);
    if (existing) {
      if (!existing.relatedElements?.includes(referrer)) (existing.relatedElements ??= []).push(referrer);
      return;
    }
    const entry = inputs.base.elements.get(root) ?? inputs.upstream.elements.get(root) ?? inputs.fork.elements.get(root)!;
    plan.conflicts.push({
      kind: 'deleted-referenced',
      elementId: root,
      elementType: entry.type,
      base: snapshotOf(inputs.base.elements.get(root)),
      upstream: deleter === 'upstream' ? null : snapshotOf(inputs.upstream.elements.get(root)),
      fork: deleter === 'fork' ? null : snapshotOf(inputs.fork.elements.get(root)),
      relatedElements: [referrer],
      layout: isDiagramType(entry.type) || isDiagramType(inputs.base.elements.get(referrer)?.type ?? inputs.upstream.elements.get(referrer)?.type ?? ''),
    });
  };

  const restoreFromFork = (missing: string, referrer: string) => {
    const group = deletions.upstream.get(missing);
    for (const key of group?.members ?? [missing]) {
      if (inputs.fork.elements.has(key) && !plan.elements.has(key)) plan.elements.set(key, plannedFromSide(inputs, 'fork', key));
    }
    report('upstream', missing, referrer);
  };

  const withdrawUpstreamChange = (element: PlannedElement, attribute: string, missing: string) => {
    const forkEntry = inputs.fork.elements.get(element.key);
    if (!forkEntry) {
      plan.elements.delete(element.key);
      droppedAdditions.add(element.key);
    } else {
      const names =
        WIRING_ATTRIBUTES.includes(attribute as (typeof WIRING_ATTRIBUTES)[number]) && isConnection(forkEntry) ? [...WIRING_ATTRIBUTES] : [attribute];
      for (const name of names) {
        const kept = forkEntry.attributes.get(name);
        if (kept) element.attributes.set(name, { attr: kept, source: 'fork' });
        else element.attributes.delete(name);
      }
    }
    if (!droppedAdditions.has(missing)) report('fork', missing, element.key);
  };

  for (let changed = true; changed;) {
    changed = false;
    for (const element of [...plan.elements.values()]) {
      if (!plan.elements.has(element.key)) continue;
      for (const [name, planned] of [...element.attributes]) {
        const missing = planned.attr.refs.filter((id) => !plan.elements.has(id) && known(id));
        if (!missing.length) continue;
        if (planned.source === 'merged') {
          const refs = planned.attr.refs.filter((id) => !missing.includes(id));
          if (refs.length) element.attributes.set(name, { ...planned, attr: { ...planned.attr, refs, value: refs } });
          else element.attributes.delete(name);
          changed = true;
          continue;
        }
        // A reference its own version could not resolve either was dangling before the merge.
        const dangling = missing.find((id) => sideIndex(inputs, planned.source as Side).elements.has(id));
        if (dangling === undefined) continue;
        if (planned.source === 'fork') restoreFromFork(dangling, element.key);
        else withdrawUpstreamChange(element, name, dangling);
        changed = true;
        break;
      }
    }
  }
}
