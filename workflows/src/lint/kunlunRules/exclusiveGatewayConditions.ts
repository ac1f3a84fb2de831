import type { ModdleElement } from 'bpmn-moddle';
import { is, type LintRuleFactory } from '../lintRule.ts';

/**
 * An exclusive gateway that splits has exactly one default flow, without a condition, and a
 * condition on every other outgoing flow — so that exactly one way is always taken.
 */
export const exclusiveGatewayConditions: LintRuleFactory = () => ({
  check(node, reporter) {
    if (!is(node, 'bpmn:ExclusiveGateway')) return;
    const siblings = (node.$parent?.flowElements ?? []) as ModdleElement[];
    const outgoing = siblings.filter((el) => is(el, 'bpmn:SequenceFlow') && el.sourceRef === node);
    if (outgoing.length < 2) return;
    const fallback = outgoing.find((flow) => flow === node.default);
    const hasCondition = (flow: ModdleElement) => typeof flow.conditionExpression?.body === 'string' && flow.conditionExpression.body.trim() !== '';
    if (!fallback) {
      reporter.report(node.id, '排他网关有多条出口，需要恰好一条默认流 / an exclusive gateway with several outgoing flows needs exactly one default flow', [
        'default',
      ]);
    } else if (hasCondition(fallback)) {
      reporter.report(fallback.id, '默认流不应带条件 / the default flow must not have a condition', ['conditionExpression']);
    }
    for (const flow of outgoing) {
      if (flow !== fallback && !hasCondition(flow)) {
        reporter.report(flow.id, '排他网关的出口（默认流除外）需要条件 / every flow leaving an exclusive gateway, except the default, needs a condition', [
          'conditionExpression',
        ]);
      }
    }
  },
});
