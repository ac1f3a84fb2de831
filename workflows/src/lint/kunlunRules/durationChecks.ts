import type { ModdleElement } from 'bpmn-moddle';
import { parseDuration } from '../../isoDuration.ts';
import { is, kunlunAttribute } from '../lintRule.ts';

/**
 * The time periods of a user task: kunlun:dueIn (an ISO-8601 duration, or "=FEEL"),
 * kunlun:remind (comma-separated durations relative to the due time, e.g. "-PT4H,PT0S") and
 * kunlun:escalateAfter (a duration after the due time).
 */
export function durationProblems(node: ModdleElement): string[] {
  if (!is(node, 'bpmn:UserTask')) return [];
  const problems: string[] = [];
  const dueIn = kunlunAttribute(node, 'dueIn');
  if (dueIn && !dueIn.startsWith('=') && !parseDuration(dueIn)) {
    problems.push(
      `办理期限 ${dueIn} 不是 ISO-8601 时长（如 P3D）或 =FEEL 表达式 / the due period ${dueIn} is neither an ISO-8601 duration (e.g. P3D) nor =FEEL`,
    );
  }
  for (const remind of (kunlunAttribute(node, 'remind') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!parseDuration(remind))
      problems.push(`提醒时间 ${remind} 不是 ISO-8601 时长（如 -PT2H） / the reminder ${remind} is not an ISO-8601 duration (e.g. -PT2H)`);
  }
  const escalateAfter = kunlunAttribute(node, 'escalateAfter');
  if (escalateAfter && !parseDuration(escalateAfter)) {
    problems.push(`超期升级时长 ${escalateAfter} 不是 ISO-8601 时长（如 P1D） / the escalation period ${escalateAfter} is not an ISO-8601 duration (e.g. P1D)`);
  }
  return problems;
}
