import type { MergeInputs } from './mergeSides.ts';

/**
 * The order of a parent's children in the merged tree: the fork's order for what it has, each
 * element new from upstream right after the sibling that precedes it upstream.
 */
export function mergedChildOrder(inputs: MergeInputs, parentKey: string, property: string, keys: string[]): string[] {
  const wanted = new Set(keys);
  const inOrder = (index: MergeInputs['fork']) =>
    (index.elements.get(parentKey)?.children ?? []).filter((c) => c.property === property && wanted.has(c.key)).map((c) => c.key);
  const ordered = inOrder(inputs.fork);
  const upstreamOrder = inOrder(inputs.upstream);
  upstreamOrder.forEach((key, i) => {
    if (ordered.includes(key)) return;
    const before = upstreamOrder
      .slice(0, i)
      .reverse()
      .find((k) => ordered.includes(k));
    if (before === undefined) ordered.push(key);
    else ordered.splice(ordered.indexOf(before) + 1, 0, key);
  });
  for (const key of keys) if (!ordered.includes(key)) ordered.push(key);
  return ordered;
}
