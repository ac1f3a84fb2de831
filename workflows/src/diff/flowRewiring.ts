import type { IndexedElement } from './elementIndex.ts';

/**
 * A connection (sequence flow, message flow, association) is wired by its sourceRef and
 * targetRef; changing either rewires it. Diff reports rewiring on its own, and merge treats the
 * two ends as one unit so that a flow is never left half-rewired by each side.
 */
export const WIRING_ATTRIBUTES = ['sourceRef', 'targetRef'] as const;

export function isWiringAttribute(element: Pick<IndexedElement, 'attributes'> | undefined, attribute: string): boolean {
  if (attribute !== 'sourceRef' && attribute !== 'targetRef') return false;
  const kind = element?.attributes.get(attribute)?.kind;
  return kind === undefined || kind === 'reference';
}

/** Whether the element is a connection wired by single source and target references. */
export const isConnection = (element: Pick<IndexedElement, 'attributes'>): boolean =>
  WIRING_ATTRIBUTES.some((name) => element.attributes.get(name)?.kind === 'reference');
