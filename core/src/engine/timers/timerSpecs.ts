import { addDuration, evaluateFeel, parseCycle, parseDateTime, parseDuration, type TimerSpec } from '@kunlun/workflows';
import { unprocessable } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';

/** When a BPMN timer fires first, and how many more times (cycles). */
export interface TimerPlan {
  dueAt: Date;
  cycle: { value: string; remaining: number | null } | null;
}

export function planTimer(spec: TimerSpec, now: Date, context: Record<string, unknown>, elementId: string): TimerPlan {
  const value = spec.value.startsWith('=') ? String(evaluateFeel(spec.value, context) ?? '') : spec.value;
  const bad = () =>
    unprocessable('engine.bad_timer', text(`定时器 ${elementId} 的值“${value}”无效`, `Timer ${elementId} has an invalid value "${value}"`), { elementId });
  if (spec.kind === 'duration') {
    const d = parseDuration(value);
    if (!d || d.negative) throw bad();
    return { dueAt: addDuration(now, d), cycle: null };
  }
  if (spec.kind === 'date') {
    const at = parseDateTime(value);
    if (!at) throw bad();
    return { dueAt: at, cycle: null };
  }
  const cycle = parseCycle(value);
  if (!cycle) throw bad();
  let first = cycle.start ?? addDuration(now, cycle.interval);
  while (first < now) first = addDuration(first, cycle.interval);
  const remaining = cycle.repetitions === null ? null : cycle.repetitions - 1;
  return { dueAt: first, cycle: remaining === 0 ? null : { value, remaining } };
}

/** The next firing of a cycle after one fired, or null when it is done. */
export function nextCycle(cycle: { value: string; remaining: number | null }, firedAt: Date): TimerPlan | null {
  const parsed = parseCycle(cycle.value);
  if (!parsed) return null;
  if (cycle.remaining !== null && cycle.remaining <= 0) return null;
  const remaining = cycle.remaining === null ? null : cycle.remaining - 1;
  return { dueAt: addDuration(firedAt, parsed.interval), cycle: remaining === 0 ? null : { value: cycle.value, remaining } };
}
