import type { ModdleElement } from 'bpmn-moddle';
import type { ParsedBpmn } from '../bpmnXml.ts';
import { canonicalProperty, extensionAttributes, type CanonicalValue } from './canonicalValue.ts';
import {
  attributeName,
  isChildObject,
  isContainment,
  isDerived,
  isDiagramType,
  isModdleObject,
  propertiesOf,
  referencedId,
  type PropertyDescriptor,
} from './moddleProperties.ts';

/**
 * A definition flattened into its elements, each matched by id across versions: processes,
 * sub-processes, flow nodes, flows, lanes, messages, errors, DI diagrams, planes, shapes and
 * edges — every object with an id except the parts of an element (documentation, expressions,
 * event and loop definitions, bounds, waypoints, labels, extension elements), which are
 * attribute values of their owner. The root <definitions> is keyed "#definitions".
 */
export const ROOT_KEY = '#definitions';

export type AttributeKind =
  | 'type' // pseudo-attribute $type
  | 'parent' // pseudo-attribute $parent: { element, property }
  | 'value' // string, number or boolean
  | 'reference' // one referenced element
  | 'referenceSet' // a list of referenced elements, order without meaning
  | 'parts' // contained objects that belong to the element
  | 'extension'; // a foreign-namespace attribute (moddle's $attrs)

export interface AttributeValue {
  name: string;
  kind: AttributeKind;
  value: CanonicalValue;
  /** Ids referenced by the value (for $parent, the parent's key). */
  refs: string[];
  /** The moddle property behind it (absent for $type, $parent and extensions). */
  property?: PropertyDescriptor;
}

export interface IndexedElement {
  key: string;
  type: string;
  name?: string;
  element: ModdleElement;
  parent?: { key: string; property: string };
  attributes: Map<string, AttributeValue>;
  /** Child elements in document order. */
  children: { key: string; property: string }[];
  /** DI shapes and edges: the id of the element they draw. */
  bpmnElement?: string;
}

export interface ElementIndex {
  elements: Map<string, IndexedElement>;
  /** The root <definitions> it was read from (its $model creates elements for that tree). */
  definitions: ModdleElement;
}

export function indexDefinitions(parsed: ParsedBpmn): ElementIndex {
  const elements = new Map<string, IndexedElement>();
  /**
   * Its id; without one, "<drawn id>#di" for a shape or edge, "<parent>/<property>" for a
   * single-valued slot, "<parent>/<property>[n]" in a list.
   */
  const assignKey = (obj: ModdleElement, parentKey: string, property: string, many: boolean, anonymousIndex: number): string => {
    const id = typeof obj.id === 'string' && obj.id !== '' ? obj.id : undefined;
    const drawn = isDiagramType(obj.$type) ? referencedId(obj.bpmnElement) : undefined;
    const wanted = id ?? (drawn !== undefined ? `${drawn}#di` : many ? `${parentKey}/${property}[${anonymousIndex}]` : `${parentKey}/${property}`);
    let key = wanted;
    for (let n = 2; elements.has(key) || key === ROOT_KEY; n++) key = `${wanted}#${n}`;
    return key;
  };

  const visit = (obj: ModdleElement, key: string, parent: IndexedElement['parent']) => {
    const entry: IndexedElement = { key, type: obj.$type, element: obj, attributes: new Map(), children: [] };
    if (typeof obj.name === 'string' && obj.name) entry.name = obj.name;
    if (parent) entry.parent = parent;
    elements.set(key, entry);
    const childObjects: { obj: ModdleElement; property: string; many: boolean }[] = [];
    for (const p of propertiesOf(obj)) {
      if (p.isVirtual || isDerived(obj, p)) continue;
      if (key !== ROOT_KEY && p.name === 'id') continue;
      const raw: unknown = obj[p.name];
      if (isContainment(p, raw)) {
        for (const item of (Array.isArray(raw) ? raw : [raw]) as unknown[]) {
          if (isModdleObject(item) && isChildObject(item, p.name)) childObjects.push({ obj: item, property: p.name, many: Boolean(p.isMany) });
        }
      }
      const refs: string[] = [];
      const value = canonicalProperty(obj, p, refs, (child) => !isChildObject(child, p.name));
      if (value === undefined) continue;
      const kind: AttributeKind = p.isReference ? (p.isMany ? 'referenceSet' : 'reference') : isContainment(p, raw) ? 'parts' : 'value';
      const name = attributeName(p);
      entry.attributes.set(name, { name, kind, value, refs, property: p });
    }
    for (const [name, value] of Object.entries(extensionAttributes(obj))) {
      entry.attributes.set(name, { name, kind: 'extension', value, refs: [] });
    }
    if (isDiagramType(obj.$type)) {
      const drawn = referencedId(obj.bpmnElement);
      if (drawn !== undefined) entry.bpmnElement = drawn;
    }
    const anonymous = new Map<string, number>();
    for (const child of childObjects) {
      const n = anonymous.get(child.property) ?? 0;
      if (typeof child.obj.id !== 'string' || child.obj.id === '') anonymous.set(child.property, n + 1);
      const childKey = assignKey(child.obj, key, child.property, child.many, n);
      entry.children.push({ key: childKey, property: child.property });
      visit(child.obj, childKey, { key, property: child.property });
    }
  };

  visit(parsed.definitions, ROOT_KEY, undefined);
  for (const entry of elements.values()) {
    entry.attributes.set('$type', { name: '$type', kind: 'type', value: entry.type, refs: [] });
    if (entry.parent) {
      entry.attributes.set('$parent', {
        name: '$parent',
        kind: 'parent',
        value: { element: entry.parent.key, property: entry.parent.property },
        refs: [entry.parent.key],
      });
    }
  }
  return { elements, definitions: parsed.definitions };
}

/** The element's attributes as one plain object (for conflict reports and snapshots). */
export function elementSnapshot(entry: IndexedElement): { [key: string]: CanonicalValue } {
  const out: { [key: string]: CanonicalValue } = {};
  for (const [name, attr] of entry.attributes) out[name] = attr.value;
  return out;
}
