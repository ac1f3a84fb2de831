import type { ModdleElement } from 'bpmn-moddle';
import type { GraphElement } from '../processGraph.ts';
import type { CompileContext } from './elementCompiler.ts';

/** An event sub-process is not run: the element is left out with this problem. */
export const refuseEventSubProcess = (element: ModdleElement): string | undefined =>
  element.triggeredByEvent ? '暂不支持事件子流程 / event sub-processes are not supported' : undefined;

/** An embedded sub-process: its single none start event, and its elements compiled into its scope (before the sub-process itself is added). */
export function compileSubProcess(element: ModdleElement, node: GraphElement, { problem, visit }: CompileContext): void {
  const starts = ((element.flowElements ?? []) as ModdleElement[]).filter((child) => child.$type === 'bpmn:StartEvent');
  if (starts.length !== 1 || starts[0]!.eventDefinitions?.length)
    problem(node.id, '子流程必须恰有一个空开始事件 / a sub-process needs exactly one none start event');
  else node.startEvent = starts[0]!.id;
  visit(element, node.id);
}
