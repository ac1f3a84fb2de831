export { kunlunModdleDescriptor, KUNLUN_NS, TASK_OPERATIONS, DEFAULT_TASK_OPERATIONS, type TaskOperation } from './kunlunModdle.ts';
export { parseBpmn, serializeBpmn, createModdle, BpmnFormatError, MAX_BPMN_BYTES, type ParsedBpmn } from './bpmnXml.ts';
export { compileProcess, executableProcess, ProcessCompileError, type CompileProblem } from './compileProcess.ts';
export { isActivity, isGateway, type ProcessGraph, type GraphElement, type GraphFlow, type ElementKind, type EventTrigger, type TimerSpec, type MultiInstance } from './processGraph.ts';
export { evaluateFeel, feelCondition, feelSource, feelSyntaxError, FeelError } from './feelExpressions.ts';
export { addDuration, durationMs, parseCycle, parseDateTime, parseDuration, type Duration, type Cycle } from './isoDuration.ts';
export { contentHash } from './contentHash.ts';
