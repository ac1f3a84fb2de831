import type { ModdleElement } from 'bpmn-moddle';
import { is } from '../lintRule.ts';

/**
 * The flow nodes of one process or sub-process and how a token can move between them:
 * along sequence flows, from an activity to the boundary events attached to it, and from a
 * link throw event to the link catch event of the same name.
 */
export interface ScopeGraph {
  nodes: ModdleElement[];
  successors: Map<ModdleElement, ModdleElement[]>;
  incomingFlows: Map<ModdleElement, number>;
  outgoingFlows: Map<ModdleElement, number>;
}

export const isFlowScope = (node: ModdleElement): boolean => (is(node, 'bpmn:Process') || is(node, 'bpmn:SubProcess')) && !is(node, 'bpmn:AdHocSubProcess');

export function scopeGraph(scope: ModdleElement): ScopeGraph {
  const elements = (scope.flowElements ?? []) as ModdleElement[];
  const nodes = elements.filter((el) => is(el, 'bpmn:FlowNode'));
  const inScope = new Set(nodes);
  const successors = new Map<ModdleElement, ModdleElement[]>(nodes.map((n) => [n, []]));
  const incomingFlows = new Map<ModdleElement, number>(nodes.map((n) => [n, 0]));
  const outgoingFlows = new Map<ModdleElement, number>(nodes.map((n) => [n, 0]));
  const link = (from: ModdleElement, to: ModdleElement) => successors.get(from)?.push(to);
  for (const flow of elements.filter((el) => is(el, 'bpmn:SequenceFlow'))) {
    const { sourceRef: source, targetRef: target } = flow;
    if (!inScope.has(source) || !inScope.has(target)) continue;
    link(source, target);
    outgoingFlows.set(source, (outgoingFlows.get(source) ?? 0) + 1);
    incomingFlows.set(target, (incomingFlows.get(target) ?? 0) + 1);
  }
  for (const node of nodes) {
    if (is(node, 'bpmn:BoundaryEvent') && inScope.has(node.attachedToRef)) link(node.attachedToRef, node);
  }
  const linkName = (event: ModdleElement) =>
    ((event.eventDefinitions ?? []) as ModdleElement[]).find((d) => is(d, 'bpmn:LinkEventDefinition'))?.name as string | undefined;
  const catches = nodes.filter((n) => is(n, 'bpmn:IntermediateCatchEvent') && linkName(n));
  for (const thrower of nodes.filter((n) => is(n, 'bpmn:IntermediateThrowEvent') && linkName(n))) {
    for (const catcher of catches) if (linkName(catcher) === linkName(thrower)) link(thrower, catcher);
  }
  return { nodes, successors, incomingFlows, outgoingFlows };
}

/** Every node reachable from `from` (included). */
export function reachableFrom(graph: ScopeGraph, from: ModdleElement[]): Set<ModdleElement> {
  const seen = new Set<ModdleElement>();
  const stack = [...from];
  while (stack.length) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    stack.push(...(graph.successors.get(node) ?? []));
  }
  return seen;
}
