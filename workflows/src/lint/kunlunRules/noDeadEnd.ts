import type { ModdleElement } from 'bpmn-moddle';
import type { LintRuleFactory } from '../lintRule.ts';
import { isFlowScope, reachableFrom, scopeGraph, type ScopeGraph } from './scopeGraph.ts';

/**
 * From every node that flows leave, some end can still be reached: a token must not be caught
 * in a loop without exit. Ends are the nodes nothing leaves (end events; a node without
 * outgoing flow is bpmnlint's "implicit end" and left to that rule); boundary events count as
 * ways out of their activity.
 */
export const noDeadEnd: LintRuleFactory = () => ({
  check(scope, reporter) {
    if (!isFlowScope(scope)) return;
    const graph = scopeGraph(scope);
    const canFinish = reachableFrom(
      reversed(graph),
      graph.nodes.filter((n) => !(graph.successors.get(n) ?? []).length),
    );
    for (const node of graph.nodes) {
      if (!canFinish.has(node) && (graph.outgoingFlows.get(node) ?? 0) > 0) {
        reporter.report(node.id, '从该节点无法到达任何结束事件（死循环） / no end can be reached from the element (a loop without exit)');
      }
    }
  },
});

function reversed(graph: ScopeGraph): ScopeGraph {
  const successors = new Map<ModdleElement, ModdleElement[]>(graph.nodes.map((n) => [n, []]));
  for (const [from, targets] of graph.successors) for (const to of targets) successors.get(to)?.push(from);
  return { ...graph, successors };
}
