import type { CanonicalValue } from './canonicalValue.ts';
import { sameValue } from './canonicalValue.ts';
import type { IndexedElement } from './elementIndex.ts';

/** One attribute that differs between two versions of an element; null where it is unset. */
export interface AttributeChange {
  attribute: string;
  old: CanonicalValue | null;
  new: CanonicalValue | null;
}

/** Every attribute (including $type and $parent) whose value differs, in a stable order. */
export function diffAttributes(before: IndexedElement, after: IndexedElement): AttributeChange[] {
  const names = new Set([...before.attributes.keys(), ...after.attributes.keys()]);
  const changes: AttributeChange[] = [];
  for (const name of names) {
    const old = before.attributes.get(name)?.value;
    const now = after.attributes.get(name)?.value;
    if (!sameValue(old, now)) changes.push({ attribute: name, old: old ?? null, new: now ?? null });
  }
  return changes;
}
