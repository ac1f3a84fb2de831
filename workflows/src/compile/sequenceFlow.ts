import type { ModdleElement } from 'bpmn-moddle';
import { feelSource } from '../feelExpressions.ts';
import type { GraphFlow } from '../processGraph.ts';
import type { CompileContext } from './elementCompiler.ts';

/** A sequence flow and its FEEL condition; one without a source or a target is reported and left out. */
export function compileSequenceFlow(element: ModdleElement, { problem, checkFeel }: CompileContext): GraphFlow | undefined {
  const id = element.id!;
  const condition = element.conditionExpression?.body as string | undefined;
  checkFeel(id, '条件', condition);
  if (!element.sourceRef || !element.targetRef) {
    problem(id, '顺序流缺少起点或终点 / the sequence flow has no source or target');
    return undefined;
  }
  return {
    id,
    ...(element.name ? { name: element.name } : {}),
    source: element.sourceRef.id,
    target: element.targetRef.id,
    ...(condition?.trim() ? { condition: feelSource(condition) } : {}),
  };
}
