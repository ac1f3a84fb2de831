import type { ModdleElement } from 'bpmn-moddle';
import type { GraphElement } from '../processGraph.ts';
import type { CompileContext } from './elementCompiler.ts';

/** A receive task: the message it waits for, and the FEEL correlation key that picks its instance. */
export function compileReceiveTask(element: ModdleElement, node: GraphElement, { problem, checkFeel }: CompileContext): void {
  if (!element.messageRef?.name) problem(node.id, '接收任务没有指定消息 / the receive task names no message');
  else node.message = element.messageRef.name;
  const key = element.get('kunlun:correlationKey') as string | undefined;
  if (key) node.correlationKey = key;
  checkFeel(node.id, '关联键', key);
}
