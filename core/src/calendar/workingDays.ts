import { addDays, dayNumber, isWeekend, requireCalendarDate, weekdaysInRange } from './calendarDates.ts';

export type CalendarDayKind = 'holiday' | 'workday';

/** A listed day of the working calendar: a public holiday (放假) or a weekend day worked instead (调休上班). */
export interface CalendarDay {
  day: string;
  kind: CalendarDayKind;
  name: string;
}

/** The listed days a rule looks at, by day. */
export type ListedDays = ReadonlyMap<string, CalendarDay>;

/**
 * The rules of the working calendar on a known set of listed days: Monday to Friday are working
 * days unless listed as a holiday; Saturday and Sunday are not, unless listed as a workday.
 */
export function isWorkingDayIn(listed: ListedDays, day: string): boolean {
  const entry = listed.get(day);
  if (entry) return entry.kind === 'workday';
  return !isWeekend(day);
}

/** More working days than any deadline runs (about a century). */
const MAX_DAY_COUNT = 25_000;

export function requireDayCount(n: number): number {
  if (!Number.isInteger(n) || n < 0 || n > MAX_DAY_COUNT)
    throw new RangeError(`the number of working days must be a whole number from 0 to ${MAX_DAY_COUNT}, not ${n}`);
  return n;
}

/**
 * Steps forward from `day`: n = 0 gives `day` when it is a working day, else the next one;
 * n ≥ 1 the n-th working day after `day`. Gives null when the walk reaches past `lastKnown`
 * (the caller then loads the listed days further on and asks again).
 */
export function addWorkingDaysIn(listed: ListedDays, day: string, n: number, lastKnown: string): string | null {
  requireCalendarDate(day);
  requireDayCount(n);
  const limit = dayNumber(lastKnown);
  let current = day;
  if (n === 0) {
    while (!isWorkingDayIn(listed, current)) {
      current = addDays(current, 1);
      if (dayNumber(current) > limit) return null;
    }
    return current;
  }
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (dayNumber(current) > limit) return null;
    if (isWorkingDayIn(listed, current)) left--;
  }
  return current;
}

/**
 * Working days after `from` up to and including `to`; negative (the working days after `to` up
 * to and including `from`) when `to` is before `from`. `listed` must hold the days in between.
 */
export function workingDaysBetweenIn(listed: ListedDays, from: string, to: string): number {
  requireCalendarDate(from, 'from');
  requireCalendarDate(to, 'to');
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (b < a) return -workingDaysBetweenIn(listed, to, from);
  let count = weekdaysInRange(a + 1, b);
  for (const entry of listed.values()) {
    const n = dayNumber(entry.day);
    if (n <= a || n > b) continue;
    const weekend = isWeekend(entry.day);
    if (entry.kind === 'holiday' && !weekend) count--;
    if (entry.kind === 'workday' && weekend) count++;
  }
  return count;
}
