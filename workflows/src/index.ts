export { kunlunModdleDescriptor, KUNLUN_NS, TASK_OPERATIONS, DEFAULT_TASK_OPERATIONS, type TaskOperation } from './kunlunModdle.ts';
export { parseBpmn, serializeBpmn, createModdle, BpmnFormatError, MAX_BPMN_BYTES, type ParsedBpmn } from './bpmnXml.ts';
export { compileProcess, executableProcess, ProcessCompileError, type CompileProblem } from './compileProcess.ts';
export {
  isActivity,
  isGateway,
  type ProcessGraph,
  type GraphElement,
  type GraphFlow,
  type ElementKind,
  type EventTrigger,
  type TimerSpec,
  type MultiInstance,
} from './processGraph.ts';
export { evaluateFeel, feelCondition, feelFunction, feelSource, feelSyntaxError, FeelError } from './feelExpressions.ts';
export { addDuration, durationMs, parseCycle, parseDateTime, parseDuration, type Duration, type Cycle } from './isoDuration.ts';
export { contentHash } from './contentHash.ts';
export {
  diffDefinitions,
  diffParsedDefinitions,
  isEmptyDiff,
  type DefinitionDiff,
  type ElementRef,
  type ElementChange,
  type FlowRewiring,
  type EndChange,
  type LayoutChange,
} from './diff/definitionDiff.ts';
export type { AttributeChange } from './diff/attributeDiff.ts';
export type { CanonicalValue } from './diff/canonicalValue.ts';
export { mergeDefinitions, type MergeResult } from './merge/threeWayMerge.ts';
export type { MergeConflict, ConflictKind, AppliedChange } from './merge/conflict.ts';
export { lintDefinition, type LintProblem, type LintReport } from './lint/lintDefinition.ts';
export { kunlunLintConfig, kunlunLintResolver, STYLE_WARNINGS } from './lint/lintConfig.ts';
export { kunlunRules, kunlunRecommended, KUNLUN_PLUGIN, type KunlunRuleName } from './lint/kunlunPlugin.ts';
export type { LintConfig, LintRegistry, LintResolver, LintRule, LintRuleFactory, LintReporter, RuleSetting } from './lint/lintRule.ts';
