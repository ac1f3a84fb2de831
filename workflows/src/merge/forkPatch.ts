import type { BpmnModdle, ModdleElement } from 'bpmn-moddle';
import { snapshotOf } from './attributeMerge.ts';
import { ROOT_KEY, type AttributeValue } from '../diff/elementIndex.ts';
import { isChildObject, isDiagramType, isModdleObject, type PropertyDescriptor } from '../diff/moddleProperties.ts';
import type { MergeConflict } from './conflict.ts';
import { mergedChildOrder } from './childOrder.ts';
import { rebuildFlowNodeConnections } from './flowNodeConnections.ts';
import type { MergePlan } from './mergePlan.ts';
import { sideIndex, type MergeInputs, type PlannedAttribute } from './mergeSides.ts';
import { adopt, cloneInto } from './moddleClone.ts';
import { relinkReferences } from './referenceRelinking.ts';

/**
 * Turns a merge plan into moddle objects by patching the fork's tree in place: what the fork
 * already has stays untouched, upstream's changes are written into it, upstream's new elements
 * are copied in, deleted ones taken out, references relinked and flow node connections rebuilt.
 * Returns the conflicts only the tree can reveal (two elements for a single-valued slot).
 */
export function patchFork(plan: MergePlan, inputs: MergeInputs): MergeConflict[] {
  const { fork } = inputs;
  const model = fork.definitions.$model as BpmnModdle;
  const objects = new Map<string, ModdleElement>();

  for (const planned of plan.elements.values()) {
    const original = fork.elements.get(planned.key);
    if (planned.origin === 'fork' && original && original.type === planned.type) {
      objects.set(planned.key, original.element);
    } else {
      const source = sideIndex(inputs, planned.origin).elements.get(planned.key)!;
      const created = model.create(planned.type);
      if (typeof source.element.id === 'string') created.set('id', source.element.id);
      objects.set(planned.key, created);
    }
  }

  for (const planned of plan.elements.values()) {
    const target = objects.get(planned.key)!;
    const original = fork.elements.get(planned.key);
    const untouched = original?.element === target;
    for (const [name, attribute] of planned.attributes) {
      if (name === '$type' || name === '$parent' || (untouched && attribute.source === 'fork')) continue;
      const source = attribute.source === 'merged' ? undefined : sideIndex(inputs, attribute.source).elements.get(planned.key)?.element;
      writeAttribute(model, target, attribute, source);
    }
    if (untouched) {
      for (const [name, attr] of original.attributes) if (!planned.attributes.has(name)) clearAttribute(target, attr);
    }
  }

  const conflicts = placeChildren(plan, inputs, objects);
  relinkReferences(fork.definitions, (id) => inputs.base.elements.has(id) || inputs.upstream.elements.has(id) || fork.elements.has(id));
  rebuildFlowNodeConnections(fork.definitions);
  declareNamespaces(fork.definitions, inputs.upstream.definitions);
  return conflicts;
}

function writeAttribute(model: BpmnModdle, target: ModdleElement, planned: PlannedAttribute, source: ModdleElement | undefined): void {
  const { attr } = planned;
  if (attr.kind === 'extension') {
    target.$attrs[attr.name] = String(attr.value);
    return;
  }
  const p = attr.property;
  if (!p) return;
  if (!source) {
    // A reference set combined from both sides: id placeholders, relinked afterwards.
    target.set(
      p.ns.name,
      attr.refs.map((id) => ({ id })),
    );
    return;
  }
  const raw: unknown = source[p.name];
  if (attr.kind === 'parts') {
    const parts = (Array.isArray(raw) ? raw : [raw]).filter((v): v is ModdleElement => isModdleObject(v) && !isChildObject(v, p.name));
    const copies = parts.map((part) => adopt(cloneInto(model, part), target));
    if (p.isMany) target.set(p.ns.name, [...copies, ...childrenIn(target, p)]);
    else target.set(p.ns.name, copies[0]);
    return;
  }
  target.set(p.ns.name, Array.isArray(raw) ? [...raw] : raw);
}

function clearAttribute(target: ModdleElement, attr: AttributeValue): void {
  if (attr.kind === 'extension') {
    delete target.$attrs[attr.name];
    return;
  }
  const p = attr.property;
  if (!p) return;
  if (attr.kind === 'parts') {
    const children = childrenIn(target, p);
    target.set(p.ns.name, p.isMany ? (children.length ? children : undefined) : children[0]);
    return;
  }
  target.set(p.ns.name, undefined);
}

const childrenIn = (obj: ModdleElement, p: PropertyDescriptor): ModdleElement[] => {
  const raw: unknown = obj[p.name];
  return (Array.isArray(raw) ? raw : [raw]).filter((v): v is ModdleElement => isModdleObject(v) && isChildObject(v, p.name));
};

/** Puts every element under the parent and property the plan gives it, in a sensible order. */
function placeChildren(plan: MergePlan, inputs: MergeInputs, objects: Map<string, ModdleElement>): MergeConflict[] {
  const conflicts: MergeConflict[] = [];
  const wanted = new Map<string, Map<string, string[]>>();
  for (const planned of plan.elements.values()) {
    const parent = planned.attributes.get('$parent')?.attr.value as { element: string; property: string } | undefined;
    if (!parent || !objects.has(parent.element)) continue;
    const byProperty = wanted.get(parent.element) ?? new Map<string, string[]>();
    byProperty.set(parent.property, [...(byProperty.get(parent.property) ?? []), planned.key]);
    wanted.set(parent.element, byProperty);
  }
  for (const [key, parentObject] of objects) {
    const byProperty = wanted.get(key) ?? new Map<string, string[]>();
    const descriptors = (parentObject.$descriptor?.properties ?? []) as PropertyDescriptor[];
    for (const p of descriptors) {
      if (p.isReference || p.isVirtual) continue;
      const keys = byProperty.get(p.name) ?? [];
      if (!keys.length && !childrenIn(parentObject, p).length) continue;
      const ordered = mergedChildOrder(inputs, key, p.name, keys);
      const raw: unknown = parentObject[p.name];
      const parts = (Array.isArray(raw) ? raw : [raw]).filter((v): v is ModdleElement => isModdleObject(v) && !isChildObject(v, p.name));
      const children = ordered.map((k) => adopt(objects.get(k)!, parentObject));
      if (p.isMany) {
        const list = [...parts, ...children];
        parentObject.set(p.ns.name, list.length ? list : undefined);
        continue;
      }
      const kept = ordered.find((k) => inputs.fork.elements.get(k)?.parent?.key === key) ?? ordered[0];
      parentObject.set(p.ns.name, kept ? objects.get(kept) : parts[0]);
      for (const other of ordered.filter((k) => k !== kept)) {
        const entry = sideIndex(inputs, plan.elements.get(other)!.origin).elements.get(other)!;
        conflicts.push({
          kind: 'added-both',
          elementId: other,
          elementType: entry.type,
          attribute: p.name,
          base: null,
          upstream: snapshotOf(inputs.upstream.elements.get(other)),
          fork: snapshotOf(inputs.fork.elements.get(kept!)),
          layout: isDiagramType(entry.type),
        });
      }
    }
  }
  if (!objects.has(ROOT_KEY)) throw new Error('the merged definition has no root');
  return conflicts;
}

/** Namespace declarations upstream's copied content may need (vendor attributes keep their prefix). */
function declareNamespaces(definitions: ModdleElement, upstream: ModdleElement): void {
  for (const [name, uri] of Object.entries((upstream.$attrs ?? {}) as Record<string, string>)) {
    if (name.startsWith('xmlns:') && !(name in definitions.$attrs)) definitions.$attrs[name] = uri;
  }
}
