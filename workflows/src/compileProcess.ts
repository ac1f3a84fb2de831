import type { ModdleElement } from 'bpmn-moddle';
import type { ParsedBpmn } from './bpmnXml.ts';
import { feelSource, feelSyntaxError } from './feelExpressions.ts';
import type { GraphElement, GraphFlow, ProcessGraph } from './processGraph.ts';
import type { CompileContext } from './compile/elementCompiler.ts';
import { elementCompilerOf, INERT_ELEMENTS } from './compile/elementCompilers.ts';
import { compileMultiInstance } from './compile/multiInstance.ts';
import { compileSequenceFlow } from './compile/sequenceFlow.ts';

/** Something in a BPMN document the engine cannot run, or would run wrongly; null: the process as a whole. */
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

export function executableProcess(parsed: ParsedBpmn): ModdleElement | CompileProblem {
  const processes = (parsed.definitions.rootElements ?? []).filter((root: ModdleElement) => root.$type === 'bpmn:Process');
  const executable = processes.filter((candidate: ModdleElement) => candidate.isExecutable);
  const chosen = executable.length ? executable : processes.length === 1 ? processes : [];
  if (chosen.length === 1) return chosen[0];
  return {
    elementId: null,
    message:
      chosen.length === 0
        ? '没有可执行的流程（isExecutable="true"）/ no executable process'
        : `有 ${chosen.length} 个可执行流程，只能有一个 / more than one executable process`,
  };
}

/**
 * Compiles the executable process of a BPMN document into a ProcessGraph. Everything the engine
 * cannot run, or would run wrongly, is reported as a problem naming the element: unsupported
 * element kinds, flows to nowhere, unparsable FEEL, malformed timers. Each element type the
 * engine runs has its compiler (compile/elementCompilers.ts); the flows are wired and checked
 * here once every element is known.
 */
export function compileProcess(parsed: ParsedBpmn): ProcessGraph {
  const problems: CompileProblem[] = [];
  const found = executableProcess(parsed);
  if (!('$type' in found)) throw new ProcessCompileError([found]);
  const process = found;
  const elements: Record<string, GraphElement> = {};
  const flows: Record<string, GraphFlow> = {};
  const problem = (elementId: string | null, message: string): void => {
    problems.push({ elementId, message });
  };
  const checkFeel = (elementId: string, what: string, expression: string | undefined) => {
    if (expression === undefined || expression.trim() === '') return;
    const error = feelSyntaxError(expression);
    if (error) problem(elementId, `${what} 不是有效的 FEEL 表达式 / ${what} is not valid FEEL: ${error}`);
  };

  const context: CompileContext = {
    problem,
    checkFeel,
    visit(container, scope) {
      for (const element of (container.flowElements ?? []) as ModdleElement[]) {
        if (element.$type === 'bpmn:SequenceFlow') {
          const flow = compileSequenceFlow(element, context);
          if (flow) flows[flow.id] = flow;
          continue;
        }
        if (INERT_ELEMENTS.has(element.$type)) continue;
        const compiler = elementCompilerOf(element.$type);
        if (!compiler) {
          problem(element.id!, `引擎不能执行 ${element.$type.replace('bpmn:', '')} 类型的元素 / the engine cannot run ${element.$type}`);
          continue;
        }
        const refusal = compiler.refusal?.(element);
        if (refusal) {
          problem(element.id!, refusal);
          continue;
        }
        const node: GraphElement = { id: element.id!, kind: compiler.kind, scope, incoming: [], outgoing: [], ...(element.name ? { name: element.name } : {}) };
        if (element.default) node.defaultFlow = element.default.id;
        compileMultiInstance(element, node, context);
        compiler.compile?.(element, node, context);
        elements[node.id] = node;
      }
    },
  };
  context.visit(process, null);
  for (const warning of parsed.warnings) {
    const ref = /unresolved reference <([^>]+)>/.exec(warning.message)?.[1];
    if (ref) problem((warning.element?.id as string | undefined) ?? null, `引用的元素 ${ref} 不存在 / the referenced element ${ref} does not exist`);
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
  for (const element of Object.values(elements)) {
    if (element.kind === 'boundaryEvent' && element.attachedTo) {
      const host = elements[element.attachedTo];
      if (!host) problem(element.id, `附着的活动 ${element.attachedTo} 不存在`);
      else (host.boundaries ??= []).push(element.id);
    }
    if (element.defaultFlow && !element.outgoing.includes(element.defaultFlow))
      problem(element.id, '默认流不是该元素的出口 / the default flow does not leave this element');
    if (element.kind === 'eventBasedGateway') {
      for (const flowId of element.outgoing) {
        const next = elements[flows[flowId]!.target];
        const ok =
          next &&
          ((next.kind === 'intermediateCatchEvent' && (next.trigger?.type === 'timer' || next.trigger?.type === 'message')) || next.kind === 'receiveTask');
        if (!ok) problem(element.id, '事件网关之后只能是定时、消息捕获事件或接收任务 / an event-based gateway must lead to timer or message catches');
      }
    }
    if (element.kind === 'startEvent' && element.scope === null && element.trigger?.type === 'error') problem(element.id, '流程级开始事件不能是错误事件');
  }
  const startEvents = Object.values(elements)
    .filter((element) => element.kind === 'startEvent' && element.scope === null)
    .map((element) => element.id);
  if (!startEvents.length) problem(null, '流程没有开始事件 / the process has no start event');
  const titleTemplate = process.get('kunlun:titleTemplate') as string | undefined;
  if (titleTemplate) checkFeel(process.id!, '标题模板', titleTemplate);
  if (problems.length) throw new ProcessCompileError(problems);
  return {
    key: process.id!,
    name: process.name ?? process.id!,
    ...(titleTemplate ? { titleTemplate: feelSource(titleTemplate) } : {}),
    startEvents,
    elements,
    flows,
  };
}
