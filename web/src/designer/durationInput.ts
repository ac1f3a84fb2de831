/**
 * Friendly editing of the ISO-8601 periods of a user task: kunlun:dueIn and kunlun:escalateAfter
 * ("P3D", "PT4H"), and kunlun:remind, reminders relative to the due time ("-PT4H,PT0S": four
 * hours before, and when due). A period of one whole unit is shown as amount + unit; anything
 * else (PT1H30M, =FEEL due periods) stays as written text.
 */
export const DURATION_UNITS = ['minutes', 'hours', 'days', 'weeks', 'months'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export type PeriodInput = { mode: 'none' } | { mode: 'simple'; amount: number; unit: DurationUnit } | { mode: 'custom'; text: string };

const UNIT_OF: Record<string, DurationUnit> = { D: 'days', W: 'weeks', M: 'months' };
const TIME_UNIT_OF: Record<string, DurationUnit> = { H: 'hours', M: 'minutes' };
const DESIGNATOR: Record<DurationUnit, string> = { minutes: 'PT#M', hours: 'PT#H', days: 'P#D', weeks: 'P#W', months: 'P#M' };

/** An unsigned period of one unit ("P3D", "PT4H") as amount and unit; null for anything else. */
function simplePeriod(text: string): { amount: number; unit: DurationUnit } | null {
  const date = /^P(\d+)([DWM])$/.exec(text);
  if (date) return { amount: Number(date[1]), unit: UNIT_OF[date[2]!]! };
  const time = /^PT(\d+)([HM])$/.exec(text);
  if (time) return { amount: Number(time[1]), unit: TIME_UNIT_OF[time[2]!]! };
  return null;
}

export function formatPeriod(amount: number, unit: DurationUnit): string {
  return DESIGNATOR[unit].replace('#', String(Math.max(0, Math.floor(amount))));
}

export function parsePeriodInput(value: string | null | undefined): PeriodInput {
  const text = (value ?? '').trim();
  if (text === '') return { mode: 'none' };
  const simple = simplePeriod(text);
  return simple && simple.amount > 0 ? { mode: 'simple', ...simple } : { mode: 'custom', text };
}

export function formatPeriodInput(input: PeriodInput): string | undefined {
  if (input.mode === 'none') return undefined;
  if (input.mode === 'custom') return input.text.trim() || undefined;
  return formatPeriod(input.amount, input.unit);
}

/** One reminder: before or after the due time by a period, or at the due time itself. */
export type Reminder = { when: 'at' } | { when: 'before' | 'after'; amount: number; unit: DurationUnit };

export type RemindInput = { mode: 'list'; reminders: Reminder[] } | { mode: 'custom'; text: string };

const AT_DUE = /^-?P(?:0[DWMY]|T0[HMS])$/;

function parseReminder(text: string): Reminder | null {
  if (AT_DUE.test(text)) return { when: 'at' };
  const negative = text.startsWith('-');
  const simple = simplePeriod(negative ? text.slice(1) : text);
  if (!simple || simple.amount === 0) return null;
  return { when: negative ? 'before' : 'after', ...simple };
}

export function parseRemindInput(value: string | null | undefined): RemindInput {
  const text = (value ?? '').trim();
  if (text === '') return { mode: 'list', reminders: [] };
  const reminders = text.split(',').map((part) => parseReminder(part.trim()));
  return reminders.every((r): r is Reminder => r !== null) ? { mode: 'list', reminders } : { mode: 'custom', text };
}

export function formatReminder(reminder: Reminder): string {
  if (reminder.when === 'at') return 'PT0S';
  const period = formatPeriod(reminder.amount, reminder.unit);
  return reminder.when === 'before' ? `-${period}` : period;
}

export function formatRemindInput(input: RemindInput): string | undefined {
  if (input.mode === 'custom') return input.text.trim() || undefined;
  return input.reminders.length ? input.reminders.map(formatReminder).join(',') : undefined;
}
