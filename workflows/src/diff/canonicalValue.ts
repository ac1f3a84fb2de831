import type { ModdleElement } from 'bpmn-moddle';
import { isContainment, isGeneric, isModdleObject, isNamespaceAttribute, propertiesOf, referencedId, type PropertyDescriptor } from './moddleProperties.ts';

/**
 * The comparable, JSON-shaped form of an attribute value. References become the referenced id,
 * reference lists sorted id lists (their order carries no meaning), contained parts plain
 * objects with their $type (left out where it is the declared type), vendor attributes under
 * "$attrs". Two values are the same when their canonical forms are deeply equal.
 */
export type CanonicalValue = string | number | boolean | CanonicalValue[] | { [key: string]: CanonicalValue };

export function sameValue(a: CanonicalValue | undefined, b: CanonicalValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
}

/**
 * The canonical value of one property of `obj`, or undefined when it is unset or at its
 * default. Ids referenced anywhere inside are added to `refs`. `keep` decides which contained
 * objects count (the caller leaves out child elements).
 */
export function canonicalProperty(
  obj: ModdleElement,
  p: PropertyDescriptor,
  refs: string[],
  keep: (child: ModdleElement) => boolean = () => true,
): CanonicalValue | undefined {
  const raw: unknown = obj[p.name];
  if (raw === undefined || raw === null) return undefined;
  if (p.isReference) {
    if (p.isMany) {
      const ids = (raw as unknown[]).map(referencedId).filter((id): id is string => id !== undefined);
      refs.push(...ids);
      return ids.length ? [...new Set(ids)].sort() : undefined;
    }
    const id = referencedId(raw);
    if (id !== undefined) refs.push(id);
    return id;
  }
  if (isContainment(p, raw)) {
    const items = (Array.isArray(raw) ? raw : [raw]).filter((v): v is ModdleElement => isModdleObject(v) && keep(v));
    if (!items.length) return undefined;
    const parts = items.map((item) => canonicalObject(item, p.type, refs));
    return p.isMany ? parts : parts[0];
  }
  if (Array.isArray(raw)) return raw.length ? raw.map((v) => String(v)) : undefined;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') {
    return p.default !== undefined && raw === p.default ? undefined : raw;
  }
  return undefined;
}

/** A contained object, with everything inside it. */
export function canonicalObject(obj: ModdleElement, declaredType: string | undefined, refs: string[]): { [key: string]: CanonicalValue } {
  const out: { [key: string]: CanonicalValue } = {};
  if (obj.$type !== declaredType) out.$type = obj.$type;
  if (isGeneric(obj)) {
    // An attribute in the element's own namespace (triso:x on <triso:y>) is the plain one to
    // moddle's writer, which keeps only one of the two.
    const ownPrefix = `${String(obj.$type).split(':')[0]}:`;
    for (const [key, value] of Object.entries(obj)) {
      if (key === '$type' || isNamespaceAttribute(key)) continue;
      if (key === '$children' && Array.isArray(value)) {
        if (value.length) out.$children = value.filter(isModdleObject).map((c) => canonicalObject(c, undefined, refs));
      } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        out[key.startsWith(ownPrefix) ? key.slice(ownPrefix.length) : key] = value;
      }
    }
    return out;
  }
  for (const p of propertiesOf(obj)) {
    if (p.isVirtual) continue;
    const value = canonicalProperty(obj, p, refs);
    if (value !== undefined) out[p.name] = value;
  }
  const attrs = extensionAttributes(obj);
  if (Object.keys(attrs).length) out.$attrs = attrs;
  return out;
}

/** Attributes of foreign namespaces that moddle keeps in $attrs. */
export function extensionAttributes(obj: ModdleElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries((obj.$attrs ?? {}) as Record<string, unknown>)) {
    if (!isNamespaceAttribute(key) && value !== undefined && value !== null) out[key] = String(value);
  }
  return out;
}
