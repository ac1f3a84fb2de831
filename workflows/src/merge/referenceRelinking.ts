import type { ModdleElement } from 'bpmn-moddle';
import { isGeneric, propertiesOf } from '../diff/moddleProperties.ts';
import { containedObjects } from './treeWalk.ts';

/**
 * After elements were copied in from upstream, references may still point into upstream's tree
 * (or be id placeholders). Points every reference at the merged tree's object with that id;
 * a reference to a known element that is no longer there is removed, one to an id no version
 * knows (an import, a reference dangling already in the source) is left as it was.
 */
export function relinkReferences(root: ModdleElement, isKnownId: (id: string) => boolean): void {
  const objects = containedObjects(root);
  const byId = new Map<string, ModdleElement>();
  for (const obj of objects) if (typeof obj.id === 'string' && !byId.has(obj.id)) byId.set(obj.id, obj);
  const resolve = (value: unknown): unknown => {
    const id = typeof value === 'string' ? value : typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return value;
    return byId.get(id) ?? (isKnownId(id) ? undefined : value);
  };
  for (const obj of objects) {
    if (isGeneric(obj)) continue;
    for (const p of propertiesOf(obj)) {
      if (!p.isReference || p.isVirtual || !Object.hasOwn(obj, p.name)) continue;
      const raw: unknown = obj[p.name];
      if (raw === undefined || raw === null) continue;
      if (Array.isArray(raw)) {
        const list = raw.map(resolve).filter((v) => v !== undefined);
        obj.set(p.ns.name, list.length ? list : undefined);
      } else {
        obj.set(p.ns.name, resolve(raw));
      }
    }
  }
}
