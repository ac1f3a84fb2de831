import type { ParsedBpmn } from '@kunlun/workflows';
import type { ModdleElement } from '../moddleElement.ts';

/**
 * Surgery on a parsed BPMN tree, for aligning the inputs of a three-way merge with the side a
 * designer chose: find an element by the key a merge conflict names, take it out, put another
 * tree's version of it in, or copy one attribute across. Trees are only serialized afterwards,
 * so references between them are written by id and relinked when the XML is read again.
 *
 * Keys are those of @kunlun/workflows' element index: the element's id, "#definitions" for the
 * root, "<id>#di" for a diagram shape or edge without an id of its own.
 */
export const ROOT_KEY = '#definitions';

interface PropertyDescriptor {
  name: string;
  isMany?: boolean;
  isReference?: boolean;
  isVirtual?: boolean;
}

const isModdle = (value: unknown): value is ModdleElement =>
  typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
const isDiagram = (element: ModdleElement) => /^(bpmndi|di|dc):/.test(element.$type);
const propertiesOf = (element: ModdleElement): PropertyDescriptor[] => (element.$descriptor?.properties ?? []) as PropertyDescriptor[];
const drawnId = (element: ModdleElement): string | undefined => (isModdle(element.bpmnElement) ? element.bpmnElement.id : undefined);

/** The diagram shapes and edges of a tree. */
export function diagramElements(tree: ParsedBpmn): ModdleElement[] {
  const diagrams = (tree.definitions.diagrams ?? []) as ModdleElement[];
  return diagrams.flatMap((d) => (d.plane?.planeElement ?? []) as ModdleElement[]);
}

/** The shapes and edges that draw an element. */
export function drawingsOf(tree: ParsedBpmn, id: string): ModdleElement[] {
  return diagramElements(tree).filter((di) => drawnId(di) === id);
}

/** Every object with an id inside an element (itself included). */
function withDescendants(element: ModdleElement): ModdleElement[] {
  const found: ModdleElement[] = [element];
  for (const p of propertiesOf(element)) {
    if (p.isReference || p.isVirtual) continue;
    const raw: unknown = element[p.name];
    for (const item of Array.isArray(raw) ? raw : [raw]) if (isModdle(item)) found.push(...withDescendants(item));
  }
  return found;
}

export function findByKey(tree: ParsedBpmn, key: string): ModdleElement | undefined {
  if (key === ROOT_KEY) return tree.definitions;
  const byId = tree.elementsById[key];
  if (byId) return byId;
  if (key.endsWith('#di')) {
    const drawn = key.slice(0, -'#di'.length);
    return diagramElements(tree).find((di) => drawnId(di) === drawn && !di.id);
  }
  return undefined;
}

/** The property of `parent` that holds `child`, and the position in it (-1 when single-valued). */
function slotOf(parent: ModdleElement, child: ModdleElement): { property: PropertyDescriptor; index: number } | undefined {
  for (const property of propertiesOf(parent)) {
    if (property.isReference || property.isVirtual) continue;
    const raw: unknown = parent[property.name];
    if (Array.isArray(raw)) {
      const index = raw.indexOf(child);
      if (index >= 0) return { property, index };
    } else if (raw === child) return { property, index: -1 };
  }
  return undefined;
}

function forget(tree: ParsedBpmn, element: ModdleElement): void {
  for (const inner of withDescendants(element)) if (inner.id && tree.elementsById[inner.id] === inner) delete tree.elementsById[inner.id];
}

function remember(tree: ParsedBpmn, element: ModdleElement): void {
  for (const inner of withDescendants(element)) if (inner.id) tree.elementsById[inner.id] = inner;
}

/** Drops a sequence flow from the incoming/outgoing lists of the nodes it connects. */
function unlinkFlow(flow: ModdleElement): void {
  for (const [end, list] of [
    ['sourceRef', 'outgoing'],
    ['targetRef', 'incoming'],
  ] as const) {
    const node = flow[end];
    if (isModdle(node) && Array.isArray(node[list])) node[list] = (node[list] as unknown[]).filter((f) => !(isModdle(f) && f.id === flow.id));
  }
}

/** Takes an element (and, for a process element, the shapes and edges drawing it) out of a tree. */
export function removeElement(tree: ParsedBpmn, key: string): boolean {
  const element = findByKey(tree, key);
  if (!element || element === tree.definitions) return false;
  const parent = element.$parent;
  const slot = parent ? slotOf(parent, element) : undefined;
  if (!parent || !slot) return false;
  if (slot.index >= 0) (parent[slot.property.name] as unknown[]).splice(slot.index, 1);
  else parent.set(slot.property.name, undefined);
  if (element.sourceRef || element.targetRef) unlinkFlow(element);
  forget(tree, element);
  if (!isDiagram(element) && element.id) for (const di of drawingsOf(tree, element.id)) removeElement(tree, di.id ?? `${element.id}#di`);
  return true;
}

/** The key under which the index knows an element's parent. */
const keyOf = (element: ModdleElement): string | undefined =>
  element.$parent === undefined ? ROOT_KEY : (element.id ?? (isDiagram(element) && drawnId(element) ? `${drawnId(element)}#di` : undefined));

/**
 * Puts `source`'s version of an element into `target` in place of its own (or where `source`
 * has it, when `target` has none or holds it elsewhere), with the shapes and edges drawing it.
 * `source` must be a tree of its own: its objects move into `target`. False when the place it
 * belongs in does not exist in `target`.
 */
export function replaceElement(target: ParsedBpmn, source: ParsedBpmn, key: string): boolean {
  const incoming = findByKey(source, key);
  if (!incoming) return removeElement(target, key);
  const sourceParent = incoming.$parent;
  const sourceSlot = sourceParent ? slotOf(sourceParent, incoming) : undefined;
  const parentKey = sourceParent ? keyOf(sourceParent) : undefined;
  const targetParent = parentKey ? findByKey(target, parentKey) : undefined;
  if (!sourceSlot || !targetParent) return false;
  const existing = findByKey(target, key);
  const existingSlot = existing?.$parent === targetParent ? slotOf(targetParent, existing) : undefined;
  if (existing && existingSlot && existingSlot.property.name === sourceSlot.property.name) {
    if (existingSlot.index >= 0) (targetParent[existingSlot.property.name] as unknown[]).splice(existingSlot.index, 1, incoming);
    else targetParent.set(existingSlot.property.name, incoming);
    forget(target, existing);
  } else {
    if (existing) removeElement(target, key);
    const name = sourceSlot.property.name;
    if (sourceSlot.property.isMany) targetParent.set(name, [...((targetParent[name] as unknown[] | undefined) ?? []), incoming]);
    else targetParent.set(name, incoming);
  }
  incoming.$parent = targetParent;
  remember(target, incoming);
  if (!isDiagram(incoming) && incoming.id) {
    const wanted = drawingsOf(source, incoming.id);
    for (const di of drawingsOf(target, incoming.id)) if (!wanted.some((w) => w.id === di.id)) removeElement(target, di.id ?? `${incoming.id}#di`);
    for (const di of wanted) replaceElement(target, source, di.id ?? `${incoming.id}#di`);
  }
  return true;
}

/**
 * Gives `target`'s element the value one attribute has in `source` (unset there: unset here).
 * References are pointed at `target`'s own element of that id when it has one. False when
 * `target` lacks the element.
 */
export function copyAttribute(target: ParsedBpmn, source: ParsedBpmn, key: string, attribute: string): boolean {
  const into = findByKey(target, key);
  const from = findByKey(source, key);
  if (!into) return from ? replaceElement(target, source, key) : true;
  const property = into.$descriptor?.propertiesByName?.[attribute] as PropertyDescriptor | undefined;
  if (!property) {
    const value: unknown = from?.$attrs?.[attribute];
    if (value === undefined) delete into.$attrs[attribute];
    else into.$attrs[attribute] = String(value);
    return true;
  }
  const raw: unknown = from ? from.get(attribute) : undefined;
  const local = (value: unknown) => (isModdle(value) && value.id ? (target.elementsById[value.id] ?? value) : value);
  let value: unknown = raw;
  if (property.isReference) value = Array.isArray(raw) ? raw.map(local) : local(raw);
  else if (Array.isArray(raw)) value = [...raw];
  if (Array.isArray(value) && !value.length && property.isMany) value = undefined;
  into.set(attribute, value === null ? undefined : value);
  if (!property.isReference) for (const item of Array.isArray(value) ? value : [value]) if (isModdle(item)) item.$parent = into;
  return true;
}

/** Writes a text value into an attribute of an element (a designer's own edit of a conflict). */
export function writeText(tree: ParsedBpmn, key: string, attribute: string, text: string): boolean {
  const element = findByKey(tree, key);
  if (!element) return false;
  const property = element.$descriptor?.propertiesByName?.[attribute] as PropertyDescriptor | undefined;
  if (!property) element.$attrs[attribute] = text;
  else element.set(attribute, text === '' ? undefined : text);
  return true;
}
