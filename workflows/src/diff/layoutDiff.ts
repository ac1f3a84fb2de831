import type { IndexedElement } from './elementIndex.ts';
import { isDiagramType } from './moddleProperties.ts';

/**
 * Layout is what only moves pixels: on DI shapes, edges, planes and label styles every
 * attribute — bounds, waypoints, labels, expanded/marker flags, colours, which plane holds it —
 * except which element it draws (bpmnElement) and its type.
 */
export function isLayoutAttribute(element: Pick<IndexedElement, 'type'>, attribute: string): boolean {
  return isDiagramType(element.type) && attribute !== 'bpmnElement' && attribute !== '$type';
}
