import recommended from 'bpmnlint/config/recommended.js';
import adHocSubProcess from 'bpmnlint/rules/ad-hoc-sub-process.js';
import conditionalFlows from 'bpmnlint/rules/conditional-flows.js';
import endEventRequired from 'bpmnlint/rules/end-event-required.js';
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway.js';
import eventSubProcessTypedStartEvent from 'bpmnlint/rules/event-sub-process-typed-start-event.js';
import fakeJoin from 'bpmnlint/rules/fake-join.js';
import globalElements from 'bpmnlint/rules/global.js';
import labelRequired from 'bpmnlint/rules/label-required.js';
import linkEvent from 'bpmnlint/rules/link-event.js';
import noBpmndi from 'bpmnlint/rules/no-bpmndi.js';
import noComplexGateway from 'bpmnlint/rules/no-complex-gateway.js';
import noDisconnected from 'bpmnlint/rules/no-disconnected.js';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows.js';
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork.js';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split.js';
import noImplicitEnd from 'bpmnlint/rules/no-implicit-end.js';
import noImplicitStart from 'bpmnlint/rules/no-implicit-start.js';
import noInclusiveGateway from 'bpmnlint/rules/no-inclusive-gateway.js';
import noOverlappingElements from 'bpmnlint/rules/no-overlapping-elements.js';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event.js';
import singleEventDefinition from 'bpmnlint/rules/single-event-definition.js';
import startEventRequired from 'bpmnlint/rules/start-event-required.js';
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event.js';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway.js';
import superfluousLabel from 'bpmnlint/rules/superfluous-label.js';
import superfluousTermination from 'bpmnlint/rules/superfluous-termination.js';
import type { LintConfig, LintRuleFactory } from './lintRule.ts';

/**
 * bpmnlint's own "recommended" rule set, imported statically (no NodeResolver, no node: imports)
 * so the same resolver works in Node and in a browser bundle.
 */
export const recommendedConfig = recommended as LintConfig;

export const recommendedRules: Record<string, LintRuleFactory> = {
  'ad-hoc-sub-process': adHocSubProcess as LintRuleFactory,
  'conditional-flows': conditionalFlows as LintRuleFactory,
  'end-event-required': endEventRequired as LintRuleFactory,
  'event-based-gateway': eventBasedGateway as LintRuleFactory,
  'event-sub-process-typed-start-event': eventSubProcessTypedStartEvent as LintRuleFactory,
  'fake-join': fakeJoin as LintRuleFactory,
  global: globalElements as LintRuleFactory,
  'label-required': labelRequired as LintRuleFactory,
  'link-event': linkEvent as LintRuleFactory,
  'no-bpmndi': noBpmndi as LintRuleFactory,
  'no-complex-gateway': noComplexGateway as LintRuleFactory,
  'no-disconnected': noDisconnected as LintRuleFactory,
  'no-duplicate-sequence-flows': noDuplicateSequenceFlows as LintRuleFactory,
  'no-gateway-join-fork': noGatewayJoinFork as LintRuleFactory,
  'no-implicit-split': noImplicitSplit as LintRuleFactory,
  'no-implicit-end': noImplicitEnd as LintRuleFactory,
  'no-implicit-start': noImplicitStart as LintRuleFactory,
  'no-inclusive-gateway': noInclusiveGateway as LintRuleFactory,
  'no-overlapping-elements': noOverlappingElements as LintRuleFactory,
  'single-blank-start-event': singleBlankStartEvent as LintRuleFactory,
  'single-event-definition': singleEventDefinition as LintRuleFactory,
  'start-event-required': startEventRequired as LintRuleFactory,
  'sub-process-blank-start-event': subProcessBlankStartEvent as LintRuleFactory,
  'superfluous-gateway': superfluousGateway as LintRuleFactory,
  'superfluous-label': superfluousLabel as LintRuleFactory,
  'superfluous-termination': superfluousTermination as LintRuleFactory,
};
