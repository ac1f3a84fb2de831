import type { ModdleElement } from 'bpmn-moddle';
import type { GraphElement } from '../processGraph.ts';
import { commaList } from './commaList.ts';
import type { CompileContext } from './elementCompiler.ts';

/** A call activity: the process it calls, the variables passed in (null: all of them) and those taken back. */
export function compileCallActivity(element: ModdleElement, node: GraphElement, { problem }: CompileContext): void {
  if (!element.calledElement) problem(node.id, '调用活动没有指定被调用的流程 / the call activity names no process');
  else node.calledElement = element.calledElement;
  const inputs = element.get('kunlun:inputs') as string | undefined;
  node.inputs = inputs ? commaList(inputs) : null;
  node.outputs = commaList(element.get('kunlun:outputs'));
}
