import type { BpmnModdle, ModdleElement } from 'bpmn-moddle';
import { isContainment, isGeneric, isModdleObject, propertiesOf } from '../diff/moddleProperties.ts';

/**
 * Copies a moddle object (with everything it contains) into another moddle instance's tree.
 * References are copied as they are — still pointing into the source tree — and relinked by id
 * once the merged tree is complete.
 */
export function cloneInto(model: BpmnModdle, obj: ModdleElement): ModdleElement {
  if (isGeneric(obj)) {
    const copy = (model as unknown as { createAny(name: string, uri: string, props: object): ModdleElement }).createAny(obj.$type, obj.$descriptor.ns.uri, {});
    for (const [key, value] of Object.entries(obj)) {
      if (key === '$type') continue;
      copy[key] = key === '$children' && Array.isArray(value) ? value.map((c: unknown) => (isModdleObject(c) ? adopt(cloneInto(model, c), copy) : c)) : value;
    }
    return copy;
  }
  const copy = model.create(obj.$type);
  for (const p of propertiesOf(obj)) {
    if (p.isVirtual || !Object.hasOwn(obj, p.name)) continue;
    const raw: unknown = obj[p.name];
    if (raw === undefined || raw === null) continue;
    if (!p.isReference && isContainment(p, raw)) {
      const items = (Array.isArray(raw) ? raw : [raw]).map((item: unknown) => (isModdleObject(item) ? adopt(cloneInto(model, item), copy) : item));
      if (p.isMany) {
        if (items.length) copy.set(p.ns.name, items);
      } else if (items[0] !== undefined) copy.set(p.ns.name, items[0]);
      continue;
    }
    copy.set(p.ns.name, Array.isArray(raw) ? [...raw] : raw);
  }
  Object.assign(copy.$attrs, obj.$attrs);
  return copy;
}

export function adopt(child: ModdleElement, parent: ModdleElement): ModdleElement {
  child.$parent = parent;
  return child;
}
