import type { ModdleElement } from 'bpmn-moddle';
import { is, type LintRuleFactory } from '../lintRule.ts';
import { isFlowScope, reachableFrom, scopeGraph } from './scopeGraph.ts';

/**
 * Every node that sequence flows lead into can be reached from a start event of its process or
 * sub-process. (A node no flow leads into is bpmnlint's "implicit start"; it is left to that rule.)
 * Compensation handlers and event sub-processes start on their own.
 */
export const noUnreachable: LintRuleFactory = () => ({
  check(scope, reporter) {
    if (!isFlowScope(scope)) return;
    const graph = scopeGraph(scope);
    const startsOnItsOwn = (n: ModdleElement) =>
      is(n, 'bpmn:StartEvent') || n.isForCompensation === true || (is(n, 'bpmn:SubProcess') && n.triggeredByEvent === true);
    let roots = graph.nodes.filter(startsOnItsOwn);
    if (!graph.nodes.some((n) => is(n, 'bpmn:StartEvent'))) roots = [...roots, ...graph.nodes.filter((n) => graph.incomingFlows.get(n) === 0)];
    const reached = reachableFrom(graph, roots);
    for (const node of graph.nodes) {
      if (!reached.has(node) && (graph.incomingFlows.get(node) ?? 0) > 0) {
        reporter.report(node.id, '从开始事件无法到达该节点 / the element cannot be reached from a start event');
      }
    }
  },
});
