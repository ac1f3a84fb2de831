import type { ModdleElement } from 'bpmn-moddle';
import type { GraphElement } from '../processGraph.ts';
import type { CompileContext } from './elementCompiler.ts';
import { compileEventTrigger } from './eventTrigger.ts';

/** A start event: its trigger, and the form the process is started with (`kunlun:formKey`). */
export function compileStartEvent(element: ModdleElement, node: GraphElement, context: CompileContext): void {
  compileEventTrigger(element, node, context);
  const formKey = element.get('kunlun:formKey') as string | undefined;
  if (formKey) node.formKey = formKey;
}
