import type { ModdleElement } from 'bpmn-moddle';
import { parseDuration } from '../isoDuration.ts';
import { TASK_OPERATIONS, type TaskOperation } from '../kunlunModdle.ts';
import type { GraphElement } from '../processGraph.ts';
import { commaList } from './commaList.ts';
import type { CompileContext } from './elementCompiler.ts';

const isTaskOperation = (operation: string): operation is TaskOperation => (TASK_OPERATIONS as readonly string[]).includes(operation);

/** A user task: who handles it (FEEL rules), its form, its due period, reminders and escalation, and the operations its holder may use. */
export function compileUserTask(element: ModdleElement, node: GraphElement, { problem, checkFeel }: CompileContext): void {
  const id = node.id;
  for (const key of ['assignee', 'candidates', 'formKey', 'dueIn', 'escalateAfter'] as const) {
    const value = element.get(`kunlun:${key}`) as string | undefined;
    if (value) node[key] = value;
  }
  checkFeel(id, '处理人规则', node.assignee);
  checkFeel(id, '候选人规则', node.candidates);
  if (node.dueIn && !node.dueIn.startsWith('=') && parseDuration(node.dueIn)?.negative !== false) {
    problem(id, `办理期限 ${node.dueIn} 不是 ISO-8601 时长（如 P3D） / the due period is not a positive ISO-8601 duration`);
  }
  if (node.dueIn?.startsWith('=')) checkFeel(id, '办理期限', node.dueIn);
  if (node.escalateAfter && parseDuration(node.escalateAfter)?.negative !== false) {
    problem(id, `超期升级时长 ${node.escalateAfter} 不是 ISO-8601 时长 / escalateAfter is not a positive ISO-8601 duration`);
  }
  const remind = commaList(element.get('kunlun:remind'));
  for (const offset of remind)
    if (!parseDuration(offset)) problem(id, `提醒时间 ${offset} 不是 ISO-8601 时长（如 -PT2H） / a reminder is not an ISO-8601 duration`);
  if (remind.length) node.remind = remind;
  const operations = commaList(element.get('kunlun:operations'));
  const unknown = operations.filter((operation) => !isTaskOperation(operation));
  if (unknown.length) problem(id, `未知的操作：${unknown.join(', ')} / unknown operations`);
  if (operations.length) node.operations = operations.filter(isTaskOperation);
}
