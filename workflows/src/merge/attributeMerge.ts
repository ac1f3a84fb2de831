import { sameValue, type CanonicalValue } from '../diff/canonicalValue.ts';
import { elementSnapshot, type AttributeValue, type IndexedElement } from '../diff/elementIndex.ts';
import { isConnection, WIRING_ATTRIBUTES } from '../diff/flowRewiring.ts';
import { isLayoutAttribute } from '../diff/layoutDiff.ts';
import type { PropertyDescriptor } from '../diff/moddleProperties.ts';
import type { MergeConflict } from './conflict.ts';
import type { PlannedAttribute, Side } from './mergeSides.ts';

/**
 * Three-way merge of one element present in all three versions, attribute by attribute: the
 * side that changed an attribute wins; the same change on both sides is taken once; reference
 * sets (lane members, data associations' sources …) combine both sides' additions and removals;
 * different changes of one attribute are a conflict that keeps the fork's value. A connection's
 * two ends merge as one unit.
 */
export interface ElementMerge {
  type: string;
  attributes: Map<string, PlannedAttribute>;
  conflicts: MergeConflict[];
}

export function mergeElementAttributes(base: IndexedElement, upstream: IndexedElement, fork: IndexedElement): ElementMerge {
  const attributes = new Map<string, PlannedAttribute>();
  const conflicts: MergeConflict[] = [];
  const versions: Record<Side, IndexedElement> = { upstream, fork };
  const take = (name: string, side: Side) => {
    const attr = versions[side].attributes.get(name);
    if (attr) attributes.set(name, { attr, source: side });
    else attributes.delete(name);
  };
  const conflict = (attribute: string | undefined, kind: MergeConflict['kind'], values: (e: IndexedElement) => CanonicalValue | null) =>
    conflicts.push({
      kind,
      elementId: fork.key,
      elementType: fork.type,
      ...(attribute ? { attribute } : {}),
      base: values(base),
      upstream: values(upstream),
      fork: values(fork),
      layout: attribute !== undefined && isLayoutAttribute(fork, attribute),
    });
  const value = (e: IndexedElement, name: string) => e.attributes.get(name)?.value;

  const names = new Set([...fork.attributes.keys(), ...upstream.attributes.keys(), ...base.attributes.keys()]);
  if (isConnection(base) || isConnection(upstream) || isConnection(fork)) {
    const changedBy = (e: IndexedElement) => WIRING_ATTRIBUTES.some((n) => !sameValue(value(base, n), value(e, n)));
    const sameWiring = WIRING_ATTRIBUTES.every((n) => sameValue(value(upstream, n), value(fork, n)));
    const side: Side = changedBy(upstream) && !changedBy(fork) ? 'upstream' : 'fork';
    if (changedBy(upstream) && changedBy(fork) && !sameWiring) {
      conflict(undefined, 'rewired-both', (e) => Object.fromEntries(WIRING_ATTRIBUTES.map((n) => [n, value(e, n) ?? ''])));
    }
    for (const n of WIRING_ATTRIBUTES) {
      take(n, side);
      names.delete(n);
    }
  }

  for (const name of names) {
    const b = value(base, name);
    const u = value(upstream, name);
    const f = value(fork, name);
    if (sameValue(u, b) || sameValue(u, f)) take(name, 'fork');
    else if (sameValue(f, b)) take(name, 'upstream');
    else if ([base, upstream, fork].some((e) => e.attributes.get(name)?.kind === 'referenceSet')) {
      const merged = mergeReferenceSet(base.attributes.get(name), upstream.attributes.get(name), fork.attributes.get(name));
      if (merged) attributes.set(name, { attr: merged, source: 'merged' });
      else attributes.delete(name);
    } else {
      take(name, 'fork');
      conflict(name, 'changed-both', (e) => value(e, name) ?? null);
    }
  }

  const typeSide = fitToType(attributes, versions, attributes.get('$type')?.source === 'upstream' ? 'upstream' : 'fork', base, conflicts);
  return { type: versions[typeSide].type, attributes, conflicts };
}

/** Fork's set, minus what upstream removed, plus what upstream added. */
function mergeReferenceSet(base?: AttributeValue, upstream?: AttributeValue, fork?: AttributeValue): AttributeValue | undefined {
  const ids = (a?: AttributeValue) => (a?.kind === 'referenceSet' ? a.refs : []);
  const before = new Set(ids(base));
  const after = new Set(ids(upstream));
  const result = new Set(ids(fork).filter((id) => !before.has(id) || after.has(id)));
  for (const id of after) if (!before.has(id)) result.add(id);
  const template = fork ?? upstream ?? base;
  if (!template || result.size === 0) return undefined;
  const refs = [...result].sort();
  return { ...template, kind: 'referenceSet', value: refs, refs };
}

/**
 * When one side changed the element's type (task → user task), attributes that the merged type
 * does not have cannot be written. If upstream changed the type, the fork keeps its type and
 * upstream's type change becomes a conflict; attributes of the other side that the winning type
 * lacks are dropped and reported. Returns the side whose type the element keeps.
 */
function fitToType(
  attributes: Map<string, PlannedAttribute>,
  versions: Record<Side, IndexedElement>,
  typeSide: Side,
  base: IndexedElement,
  conflicts: MergeConflict[],
): Side {
  const fits = (side: Side, property: PropertyDescriptor | undefined) =>
    property === undefined || Boolean((versions[side].element.$descriptor?.propertiesByName as Record<string, unknown> | undefined)?.[property.ns.name]);
  const misfits = (side: Side) => [...attributes.entries()].filter(([, p]) => !fits(side, p.attr.property));
  if (typeSide === 'upstream' && misfits('upstream').length) {
    const fork = versions.fork;
    conflicts.push({
      kind: 'changed-both',
      elementId: fork.key,
      elementType: fork.type,
      attribute: '$type',
      base: base.type,
      upstream: versions.upstream.type,
      fork: fork.type,
      layout: false,
    });
    // The fork's type stays, and with it what upstream dropped only because its type lacks it.
    for (const [name, attr] of fork.attributes) {
      if (name === '$type' || (!fits('upstream', attr.property) && attributes.get(name)?.source !== 'fork')) attributes.set(name, { attr, source: 'fork' });
    }
    typeSide = 'fork';
  }
  for (const [name] of misfits(typeSide)) {
    const fork = versions.fork;
    conflicts.push({
      kind: 'changed-both',
      elementId: fork.key,
      elementType: fork.type,
      attribute: name,
      base: base.attributes.get(name)?.value ?? null,
      upstream: versions.upstream.attributes.get(name)?.value ?? null,
      fork: fork.attributes.get(name)?.value ?? null,
      layout: false,
    });
    const kept = fork.attributes.get(name);
    if (kept && fits(typeSide, kept.property)) attributes.set(name, { attr: kept, source: 'fork' });
    else attributes.delete(name);
  }
  return typeSide;
}

export const snapshotOf = (entry: IndexedElement | undefined): CanonicalValue | null => (entry ? elementSnapshot(entry) : null);
