import type { AttributeValue, ElementIndex } from '../diff/elementIndex.ts';

/** The three versions a merge reads, each flattened into its elements. */
export interface MergeInputs {
  base: ElementIndex;
  upstream: ElementIndex;
  fork: ElementIndex;
}

export type Side = 'upstream' | 'fork';

/**
 * One attribute of a merged element and where its moddle value is read from: one side's version
 * of the element, or "merged" for a reference set combined from both (its value lists the ids).
 */
export interface PlannedAttribute {
  attr: AttributeValue;
  source: Side | 'merged';
}

/**
 * An element of the merged definition. `origin` names the version whose moddle element it is
 * built from: "fork" elements are already in the fork's tree, which the merge patches.
 */
export interface PlannedElement {
  key: string;
  type: string;
  origin: Side;
  attributes: Map<string, PlannedAttribute>;
}

export const sideIndex = (inputs: MergeInputs, side: Side): ElementIndex => (side === 'fork' ? inputs.fork : inputs.upstream);

/** The element exactly as one side has it. */
export function plannedFromSide(inputs: MergeInputs, side: Side, key: string): PlannedElement {
  const entry = sideIndex(inputs, side).elements.get(key);
  if (!entry) throw new Error(`${key} is not in the ${side} version`);
  const attributes = new Map<string, PlannedAttribute>();
  for (const [name, attr] of entry.attributes) attributes.set(name, { attr, source: side });
  return { key, type: entry.type, origin: side, attributes };
}
