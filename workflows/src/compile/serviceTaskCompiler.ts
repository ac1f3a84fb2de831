import type { ModdleElement } from 'bpmn-moddle';
import type { GraphElement } from '../processGraph.ts';
import type { CompileContext } from './elementCompiler.ts';

/** A service task: the registered handler it calls, whether it runs in a job of its own, and how often a failure is retried. */
export function compileServiceTask(element: ModdleElement, node: GraphElement, { problem }: CompileContext): void {
  const handler = element.get('kunlun:handler') as string | undefined;
  if (!handler) problem(node.id, '服务任务没有指定处理程序（kunlun:handler）/ the service task names no handler');
  else node.handler = handler;
  if (element.get('kunlun:async')) node.async = true;
  const retries = element.get('kunlun:retries') as number | undefined;
  if (retries !== undefined) node.retries = retries;
}
