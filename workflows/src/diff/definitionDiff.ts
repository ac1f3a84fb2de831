import { parseBpmn, type ParsedBpmn } from '../bpmnXml.ts';
import { diffAttributes, type AttributeChange } from './attributeDiff.ts';
import { indexDefinitions, type ElementIndex, type IndexedElement } from './elementIndex.ts';
import { isConnection } from './flowRewiring.ts';
import { isLayoutAttribute } from './layoutDiff.ts';
import { isDiagramType } from './moddleProperties.ts';

/**
 * The semantic difference between two versions of a definition, elements matched by id:
 * what was added and removed, which attributes changed (kunlun:* attributes, documentation,
 * conditions, timers, multi-instance settings, event definitions, the type, the containing
 * sub-process …), which connections were rewired, and — apart, so that a designer can colour
 * them differently — changes that only move the diagram.
 */
export interface ElementRef {
  /** The element's id ("#definitions" for the root). */
  id: string;
  type: string;
  name?: string;
  /** DI shapes and edges: the element they draw. */
  bpmnElement?: string;
}

export interface ElementChange extends ElementRef {
  attributes: AttributeChange[];
}

export interface EndChange {
  old: string | null;
  new: string | null;
}

export interface FlowRewiring extends ElementRef {
  source?: EndChange;
  target?: EndChange;
}

export interface LayoutChange extends ElementRef {
  attributes: AttributeChange[];
  /** True when the element it draws has no other change (colour it "moved only"). */
  layoutOnly: boolean;
}

export interface DefinitionDiff {
  added: ElementRef[];
  removed: ElementRef[];
  changed: ElementChange[];
  rewired: FlowRewiring[];
  layout: LayoutChange[];
}

export const isEmptyDiff = (diff: DefinitionDiff): boolean =>
  diff.added.length + diff.removed.length + diff.changed.length + diff.rewired.length + diff.layout.length === 0;

export async function diffDefinitions(a: ParsedBpmn | string, b: ParsedBpmn | string): Promise<DefinitionDiff> {
  const [before, after] = await Promise.all([typeof a === 'string' ? parseBpmn(a) : a, typeof b === 'string' ? parseBpmn(b) : b]);
  return diffParsedDefinitions(before, after);
}

export function diffParsedDefinitions(a: ParsedBpmn, b: ParsedBpmn): DefinitionDiff {
  return diffIndexes(indexDefinitions(a), indexDefinitions(b));
}

export function elementRef(entry: IndexedElement): ElementRef {
  return {
    id: entry.key,
    type: entry.type,
    ...(entry.name ? { name: entry.name } : {}),
    ...(entry.bpmnElement ? { bpmnElement: entry.bpmnElement } : {}),
  };
}

export function diffIndexes(a: ElementIndex, b: ElementIndex): DefinitionDiff {
  const diff: DefinitionDiff = { added: [], removed: [], changed: [], rewired: [], layout: [] };
  for (const [key, before] of a.elements) {
    if (!b.elements.has(key)) diff.removed.push(elementRef(before));
  }
  const layoutEntries: { change: Omit<LayoutChange, 'layoutOnly'> }[] = [];
  for (const [key, after] of b.elements) {
    const before = a.elements.get(key);
    if (!before) {
      diff.added.push(elementRef(after));
      continue;
    }
    const changes = diffAttributes(before, after);
    if (!changes.length) continue;
    const connection = isConnection(before) || isConnection(after);
    const semantic: AttributeChange[] = [];
    const layout: AttributeChange[] = [];
    const rewiring: FlowRewiring = elementRef(after);
    for (const change of changes) {
      if (connection && change.attribute === 'sourceRef') rewiring.source = endChange(change);
      else if (connection && change.attribute === 'targetRef') rewiring.target = endChange(change);
      else if (isLayoutAttribute(after, change.attribute)) layout.push(change);
      else semantic.push(change);
    }
    if (semantic.length) diff.changed.push({ ...elementRef(after), attributes: semantic });
    if (rewiring.source || rewiring.target) diff.rewired.push(rewiring);
    if (layout.length) layoutEntries.push({ change: { ...elementRef(after), attributes: layout } });
  }
  const semanticallyTouched = new Set(
    [...diff.added, ...diff.removed, ...diff.changed, ...diff.rewired].filter((e) => !isDiagramType(e.type)).map((e) => e.id),
  );
  diff.layout = layoutEntries.map(({ change }) => ({ ...change, layoutOnly: !(change.bpmnElement && semanticallyTouched.has(change.bpmnElement)) }));
  return diff;
}

const endChange = (change: AttributeChange): EndChange => ({
  old: typeof change.old === 'string' ? change.old : null,
  new: typeof change.new === 'string' ? change.new : null,
});
