import type { ModdleElement } from 'bpmn-moddle';
import { feelSource } from '../feelExpressions.ts';
import type { GraphElement } from '../processGraph.ts';
import type { CompileContext } from './elementCompiler.ts';

/**
 * Loop characteristics, on any activity: only a user task may be multi-instance (会签 / 或签),
 * sequential or parallel, with an optional FEEL completion condition. (BPMN gives events no loop
 * characteristics: the parser refuses them there.)
 */
export function compileMultiInstance(element: ModdleElement, node: GraphElement, { problem, checkFeel }: CompileContext): void {
  const loop = element.loopCharacteristics as ModdleElement | undefined;
  if (!loop) return;
  if (loop.$type !== 'bpmn:MultiInstanceLoopCharacteristics' || node.kind !== 'userTask') {
    problem(node.id, '只有用户任务可以多实例（会签/或签）/ only user tasks can be multi-instance');
    return;
  }
  const condition = loop.completionCondition?.body as string | undefined;
  node.multiInstance = { sequential: Boolean(loop.isSequential), ...(condition?.trim() ? { completionCondition: feelSource(condition) } : {}) };
  checkFeel(node.id, '完成条件', condition);
}
