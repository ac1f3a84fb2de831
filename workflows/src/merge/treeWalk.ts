import type { ModdleElement } from 'bpmn-moddle';
import { isContainment, isGeneric, isModdleObject, propertiesOf } from '../diff/moddleProperties.ts';

/** Every object contained in `root` (root included): elements, their parts, vendor extensions. */
export function containedObjects(root: ModdleElement): ModdleElement[] {
  const out: ModdleElement[] = [];
  const visit = (obj: ModdleElement) => {
    out.push(obj);
    if (isGeneric(obj)) {
      for (const child of (obj.$children ?? []) as unknown[]) if (isModdleObject(child)) visit(child);
      return;
    }
    for (const p of propertiesOf(obj)) {
      if (p.isVirtual || p.isReference) continue;
      const raw: unknown = obj[p.name];
      if (!isContainment(p, raw)) continue;
      for (const item of (Array.isArray(raw) ? raw : [raw]) as unknown[]) if (isModdleObject(item)) visit(item);
    }
  };
  visit(root);
  return out;
}
