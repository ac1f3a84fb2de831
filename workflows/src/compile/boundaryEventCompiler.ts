import type { ModdleElement } from 'bpmn-moddle';
import type { GraphElement } from '../processGraph.ts';
import type { CompileContext } from './elementCompiler.ts';
import { compileEventTrigger } from './eventTrigger.ts';

/** A boundary event: its trigger, the activity it is attached to, and whether it cancels that activity. */
export function compileBoundaryEvent(element: ModdleElement, node: GraphElement, context: CompileContext): void {
  compileEventTrigger(element, node, context);
  node.attachedTo = element.attachedToRef?.id;
  node.cancelActivity = element.cancelActivity !== false;
  if (!node.attachedTo) context.problem(node.id, '边界事件没有附着的活动 / the boundary event is not attached to an activity');
}
