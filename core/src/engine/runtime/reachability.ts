import type { ProcessGraph } from '@kunlun/workflows';

/**
 * Which elements a token at an element can still reach: along sequence flows, from an activity
 * to its boundary events, from a sub-process into its start event and from its end events back
 * out to the sub-process. Used by inclusive joins (wait while a token could still arrive) and by
 * returns (cancel what lies downstream of the step returned to). Computed once per element.
 */
export class Reachability {
  private readonly edges = new Map<string, string[]>();
  private readonly memo = new Map<string, Set<string>>();

  constructor(graph: ProcessGraph) {
    const add = (from: string, to: string) => this.edges.set(from, [...(this.edges.get(from) ?? []), to]);
    for (const flow of Object.values(graph.flows)) add(flow.source, flow.target);
    for (const element of Object.values(graph.elements)) {
      for (const boundaryId of element.boundaries ?? []) add(element.id, boundaryId);
      if (element.kind === 'subProcess' && element.startEvent) add(element.id, element.startEvent);
      if (element.kind === 'endEvent' && element.scope) add(element.id, element.scope);
    }
  }

  /** Every element reachable from `from` (not counting `from` unless a loop leads back to it). */
  from(from: string): Set<string> {
    let found = this.memo.get(from);
    if (found) return found;
    found = new Set<string>();
    const queue = [...(this.edges.get(from) ?? [])];
    while (queue.length) {
      const next = queue.pop()!;
      if (found.has(next)) continue;
      found.add(next);
      queue.push(...(this.edges.get(next) ?? []));
    }
    this.memo.set(from, found);
    return found;
  }

  canReach(from: string, to: string): boolean {
    return this.from(from).has(to);
  }
}
