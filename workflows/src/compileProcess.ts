import type { ModdleElement } from 'bpmn-moddle';
import type { ParsedBpmn } from './bpmnXml.ts';
import { feelSource, feelSyntaxError } from './feelExpressions.ts';
import { parseCycle, parseDateTime, parseDuration } from './isoDuration.ts';
import { TASK_OPERATIONS, type TaskOperation } from './kunlunModdle.ts';
import type { ElementKind, EventTrigger, GraphElement, GraphFlow, ProcessGraph, TimerSpec } from './processGraph.ts';

/**
 * Compiles the executable process of a BPMN document into a ProcessGraph. Everything the engine
 * cannot run, or would run wrongly, is reported as a problem naming the element: unsupported
 * element kinds, flows to nowhere, unparsable FEEL, malformed timers.
 */
export interface CompileProblem {
  elementId: string | null;
  message: string;
}

export class ProcessCompileError extends Error {
  constructor(readonly problems: CompileProblem[]) {
    super(`the process cannot be executed:\n${problems.map((p) => `  - ${p.elementId ? `${p.elementId}: ` : ''}${p.message}`).join('\n')}`);
    this.name = 'ProcessCompileError';
  }
}

const KIND_OF: Record<string, ElementKind> = {
  'bpmn:StartEvent': 'startEvent',
  'bpmn:EndEvent': 'endEvent',
  'bpmn:IntermediateCatchEvent': 'intermediateCatchEvent',
  'bpmn:IntermediateThrowEvent': 'intermediateThrowEvent',
  'bpmn:BoundaryEvent': 'boundaryEvent',
  'bpmn:UserTask': 'userTask',
  'bpmn:ServiceTask': 'serviceTask',
  'bpmn:ScriptTask': 'scriptTask',
  'bpmn:ReceiveTask': 'receiveTask',
  'bpmn:Task': 'task',
  'bpmn:ManualTask': 'task',
  'bpmn:ExclusiveGateway': 'exclusiveGateway',
  'bpmn:ParallelGateway': 'parallelGateway',
  'bpmn:InclusiveGateway': 'inclusiveGateway',
  'bpmn:EventBasedGateway': 'eventBasedGateway',
  'bpmn:SubProcess': 'subProcess',
  'bpmn:CallActivity': 'callActivity',
};

/** Flow elements that carry no behaviour and are skipped. */
const INERT = new Set(['bpmn:SequenceFlow', 'bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference', 'bpmn:TextAnnotation', 'bpmn:Association', 'bpmn:Group']);

const list = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function executableProcess(parsed: ParsedBpmn): ModdleElement | CompileProblem {
  const processes = (parsed.definitions.rootElements ?? []).filter((e: ModdleElement) => e.$type === 'bpmn:Process');
  const executable = processes.filter((p: ModdleElement) => p.isExecutable);
  const chosen = executable.length ? executable : processes.length === 1 ? processes : [];
  if (chosen.length === 1) return chosen[0];
  return {
    elementId: null,
    message: chosen.length === 0 ? '没有可执行的流程（isExecutable="true"）/ no executable process' : `有 ${chosen.length} 个可执行流程，只能有一个 / more than one executable process`,
  };
}

export function compileProcess(parsed: ParsedBpmn): ProcessGraph {
  const problems: CompileProblem[] = [];
  const found = executableProcess(parsed);
  if (!('$type' in found)) throw new ProcessCompileError([found]);
  const process = found;
  const elements: Record<string, GraphElement> = {};
  const flows: Record<string, GraphFlow> = {};
  const problem = (elementId: string | null, message: string) => problems.push({ elementId, message });
  const checkFeel = (elementId: string, what: string, expression: string | undefined) => {
    if (expression === undefined || expression.trim() === '') return;
    const error = feelSyntaxError(expression);
    if (error) problem(elementId, `${what} 不是有效的 FEEL 表达式 / ${what} is not valid FEEL: ${error}`);
  };

  const visit = (container: ModdleElement, scope: string | null) => {
    for (const el of (container.flowElements ?? []) as ModdleElement[]) {
      if (el.$type === 'bpmn:SequenceFlow') {
        const condition = el.conditionExpression?.body as string | undefined;
        checkFeel(el.id!, '条件', condition);
        if (!el.sourceRef || !el.targetRef) {
          problem(el.id!, '顺序流缺少起点或终点 / the sequence flow has no source or target');
          continue;
        }
        flows[el.id!] = {
          id: el.id!,
          ...(el.name ? { name: el.name } : {}),
          source: el.sourceRef.id,
          target: el.targetRef.id,
          ...(condition?.trim() ? { condition: feelSource(condition) } : {}),
        };
        continue;
      }
      if (INERT.has(el.$type)) continue;
      const kind = KIND_OF[el.$type];
      if (!kind) {
        problem(el.id!, `引擎不能执行 ${el.$type.replace('bpmn:', '')} 类型的元素 / the engine cannot run ${el.$type}`);
        continue;
      }
      if (el.$type === 'bpmn:SubProcess' && el.triggeredByEvent) {
        problem(el.id!, '暂不支持事件子流程 / event sub-processes are not supported');
        continue;
      }
      const node: GraphElement = { id: el.id!, kind, scope, incoming: [], outgoing: [], ...(el.name ? { name: el.name } : {}) };
      if (el.default) node.defaultFlow = el.default.id;
      if (kind.endsWith('Event')) node.trigger = eventTrigger(el, kind, problem, checkFeel);
      if (kind === 'boundaryEvent') {
        node.attachedTo = el.attachedToRef?.id;
        node.cancelActivity = el.cancelActivity !== false;
        if (!node.attachedTo) problem(el.id!, '边界事件没有附着的活动 / the boundary event is not attached to an activity');
      }
      if (el.loopCharacteristics) {
        if (el.loopCharacteristics.$type !== 'bpmn:MultiInstanceLoopCharacteristics' || kind !== 'userTask') {
          problem(el.id!, '只有用户任务可以多实例（会签/或签）/ only user tasks can be multi-instance');
        } else {
          const condition = el.loopCharacteristics.completionCondition?.body as string | undefined;
          node.multiInstance = { sequential: Boolean(el.loopCharacteristics.isSequential), ...(condition?.trim() ? { completionCondition: feelSource(condition) } : {}) };
          checkFeel(el.id!, '完成条件', condition);
        }
      }
      switch (kind) {
        case 'startEvent': {
          const formKey = el.get('kunlun:formKey') as string | undefined;
          if (formKey) node.formKey = formKey;
          break;
        }
        case 'userTask': {
          for (const key of ['assignee', 'candidates', 'formKey', 'dueIn', 'escalateAfter'] as const) {
            const value = el.get(`kunlun:${key}`) as string | undefined;
            if (value) node[key] = value;
          }
          checkFeel(el.id!, '处理人规则', node.assignee);
          checkFeel(el.id!, '候选人规则', node.candidates);
          if (node.dueIn && !node.dueIn.startsWith('=') && parseDuration(node.dueIn)?.negative !== false) {
            problem(el.id!, `办理期限 ${node.dueIn} 不是 ISO-8601 时长（如 P3D） / the due period is not a positive ISO-8601 duration`);
          }
          if (node.dueIn?.startsWith('=')) checkFeel(el.id!, '办理期限', node.dueIn);
          if (node.escalateAfter && parseDuration(node.escalateAfter)?.negative !== false) {
            problem(el.id!, `超期升级时长 ${node.escalateAfter} 不是 ISO-8601 时长 / escalateAfter is not a positive ISO-8601 duration`);
          }
          const remind = list(el.get('kunlun:remind'));
          for (const r of remind) if (!parseDuration(r)) problem(el.id!, `提醒时间 ${r} 不是 ISO-8601 时长（如 -PT2H） / a reminder is not an ISO-8601 duration`);
          if (remind.length) node.remind = remind;
          const operations = list(el.get('kunlun:operations'));
          const unknown = operations.filter((o) => !(TASK_OPERATIONS as readonly string[]).includes(o));
          if (unknown.length) problem(el.id!, `未知的操作：${unknown.join(', ')} / unknown operations`);
          if (operations.length) node.operations = operations.filter((o): o is TaskOperation => (TASK_OPERATIONS as readonly string[]).includes(o));
          break;
        }
        case 'serviceTask': {
          const handler = el.get('kunlun:handler') as string | undefined;
          if (!handler) problem(el.id!, '服务任务没有指定处理程序（kunlun:handler）/ the service task names no handler');
          else node.handler = handler;
          if (el.get('kunlun:async')) node.async = true;
          const retries = el.get('kunlun:retries') as number | undefined;
          if (retries !== undefined) node.retries = retries;
          break;
        }
        case 'scriptTask': {
          if (el.scriptFormat && !/^feel$/i.test(el.scriptFormat)) problem(el.id!, `脚本只能是 FEEL（scriptFormat="${el.scriptFormat}"）/ scripts must be FEEL`);
          node.script = feelSource((el.script as string | undefined) ?? '');
          checkFeel(el.id!, '脚本', el.script || ' ');
          const resultVariable = el.get('kunlun:resultVariable') as string | undefined;
          if (resultVariable) node.resultVariable = resultVariable;
          break;
        }
        case 'receiveTask': {
          if (!el.messageRef?.name) problem(el.id!, '接收任务没有指定消息 / the receive task names no message');
          else node.message = el.messageRef.name;
          const key = el.get('kunlun:correlationKey') as string | undefined;
          if (key) node.correlationKey = key;
          checkFeel(el.id!, '关联键', key);
          break;
        }
        case 'callActivity': {
          if (!el.calledElement) problem(el.id!, '调用活动没有指定被调用的流程 / the call activity names no process');
          else node.calledElement = el.calledElement;
          const inputs = el.get('kunlun:inputs') as string | undefined;
          node.inputs = inputs ? list(inputs) : null;
          node.outputs = list(el.get('kunlun:outputs'));
          break;
        }
        case 'subProcess': {
          const starts = ((el.flowElements ?? []) as ModdleElement[]).filter((c) => c.$type === 'bpmn:StartEvent');
          if (starts.length !== 1 || starts[0]!.eventDefinitions?.length) problem(el.id!, '子流程必须恰有一个空开始事件 / a sub-process needs exactly one none start event');
          else node.startEvent = starts[0]!.id;
          visit(el, el.id!);
          break;
        }
        default:
          break;
      }
      elements[node.id] = node;
    }
  };
  visit(process, null);
  for (const w of parsed.warnings) {
    const ref = /unresolved reference <([^>]+)>/.exec(w.message)?.[1];
    if (ref) problem((w.element?.id as string | undefined) ?? null, `引用的元素 ${ref} 不存在 / the referenced element ${ref} does not exist`);
  }

  for (const flow of Object.values(flows)) {
    const source = elements[flow.source];
    const target = elements[flow.target];
    if (!source) problem(flow.id, `顺序流的起点 ${flow.source} 不存在或不能执行`);
    if (!target) problem(flow.id, `顺序流的终点 ${flow.target} 不存在或不能执行`);
    if (!source || !target) continue;
    if (source.scope !== target.scope) problem(flow.id, '顺序流不能跨越子流程边界 / a sequence flow cannot cross a sub-process boundary');
    source.outgoing.push(flow.id);
    target.incoming.push(flow.id);
  }
  for (const el of Object.values(elements)) {
    if (el.kind === 'boundaryEvent' && el.attachedTo) {
      const host = elements[el.attachedTo];
      if (!host) problem(el.id, `附着的活动 ${el.attachedTo} 不存在`);
      else (host.boundaries ??= []).push(el.id);
    }
    if (el.defaultFlow && !el.outgoing.includes(el.defaultFlow)) problem(el.id, '默认流不是该元素的出口 / the default flow does not leave this element');
    if (el.kind === 'eventBasedGateway') {
      for (const f of el.outgoing) {
        const next = elements[flows[f]!.target];
        const ok = next && ((next.kind === 'intermediateCatchEvent' && (next.trigger?.type === 'timer' || next.trigger?.type === 'message')) || next.kind === 'receiveTask');
        if (!ok) problem(el.id, '事件网关之后只能是定时、消息捕获事件或接收任务 / an event-based gateway must lead to timer or message catches');
      }
    }
    if (el.kind === 'startEvent' && el.scope === null && el.trigger?.type === 'error') problem(el.id, '流程级开始事件不能是错误事件');
  }
  const startEvents = Object.values(elements).filter((e) => e.kind === 'startEvent' && e.scope === null).map((e) => e.id);
  if (!startEvents.length) problem(null, '流程没有开始事件 / the process has no start event');
  const titleTemplate = process.get('kunlun:titleTemplate') as string | undefined;
  if (titleTemplate) checkFeel(process.id!, '标题模板', titleTemplate);
  if (problems.length) throw new ProcessCompileError(problems);
  return { key: process.id!, name: process.name ?? process.id!, ...(titleTemplate ? { titleTemplate: feelSource(titleTemplate) } : {}), startEvents, elements, flows };
}

function eventTrigger(
  el: ModdleElement,
  kind: ElementKind,
  problem: (id: string, message: string) => void,
  checkFeel: (id: string, what: string, expression: string | undefined) => void,
): EventTrigger {
  const definitions = (el.eventDefinitions ?? []) as ModdleElement[];
  if (definitions.length > 1) problem(el.id!, '暂不支持多个事件定义 / multiple event definitions are not supported');
  const def = definitions[0];
  if (!def) return { type: 'none' };
  switch (def.$type) {
    case 'bpmn:TimerEventDefinition': {
      const timer = timerSpec(def);
      if (!timer) {
        problem(el.id!, '定时器需要 timeDuration、timeDate 或 timeCycle / a timer needs a duration, date or cycle');
        return { type: 'none' };
      }
      const valid = timer.value.startsWith('=') ? null : timer.kind === 'duration' ? parseDuration(timer.value) : timer.kind === 'date' ? parseDateTime(timer.value) : parseCycle(timer.value);
      if (timer.value.startsWith('=')) checkFeel(el.id!, '定时器', timer.value);
      else if (!valid) problem(el.id!, `定时器的值 ${timer.value} 不是有效的 ISO-8601 ${timer.kind}`);
      if (kind === 'endEvent' || kind === 'intermediateThrowEvent') problem(el.id!, '结束事件和抛出事件不能是定时器');
      return { type: 'timer', timer };
    }
    case 'bpmn:MessageEventDefinition': {
      const message = def.messageRef?.name as string | undefined;
      if (!message) problem(el.id!, '消息事件没有指定消息 / the message event names no message');
      const correlationKey = def.get('kunlun:correlationKey') as string | undefined;
      checkFeel(el.id!, '关联键', correlationKey);
      if (kind === 'endEvent' || kind === 'intermediateThrowEvent') problem(el.id!, '暂不支持发送消息的事件；请用服务任务 / message throw events are not supported; use a service task');
      return { type: 'message', message: message ?? '', ...(correlationKey ? { correlationKey: feelSource(correlationKey) } : {}) };
    }
    case 'bpmn:ErrorEventDefinition': {
      if (kind !== 'endEvent' && kind !== 'boundaryEvent') problem(el.id!, '错误事件只能是结束事件或边界事件');
      return { type: 'error', ...(def.errorRef?.errorCode ? { errorCode: def.errorRef.errorCode } : {}), ...(def.errorRef?.name ? { errorName: def.errorRef.name } : {}) };
    }
    case 'bpmn:TerminateEventDefinition':
      if (kind !== 'endEvent') problem(el.id!, '终止事件只能是结束事件');
      return { type: 'terminate' };
    default:
      problem(el.id!, `引擎不能执行 ${def.$type.replace('bpmn:', '')} 事件 / the engine cannot run ${def.$type}`);
      return { type: 'none' };
  }
}

function timerSpec(def: ModdleElement): TimerSpec | null {
  if (def.timeDuration?.body) return { kind: 'duration', value: String(def.timeDuration.body).trim() };
  if (def.timeDate?.body) return { kind: 'date', value: String(def.timeDate.body).trim() };
  if (def.timeCycle?.body) return { kind: 'cycle', value: String(def.timeCycle.body).trim() };
  return null;
}
