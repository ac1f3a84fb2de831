import type { CalendarDay, CalendarDayKind } from '@/api/calendar.api.ts';

/**
 * The day arithmetic of the 工作日历 page, on `YYYY-MM-DD` strings (no time zone involved):
 * which days of a chosen range to list, and the months of a year as week rows.
 */

const MS_PER_DAY = 86_400_000;
const numberOf = (day: string) => Math.round(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / MS_PER_DAY);
const dayOf = (n: number) => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  return ((((numberOf(day) + 3) % 7) + 7) % 7) + 1;
}

export const isWeekend = (day: string) => isoWeekday(day) >= 6;

/** Whether a listed day of that kind changes anything: a holiday on Monday–Friday, a workday on a weekend. */
export const breaksWeeklyRule = (day: string, kind: CalendarDayKind) => (kind === 'holiday' ? !isWeekend(day) : isWeekend(day));

export interface RangeListing {
  /** The days to list: those of the range in the year that break the weekly rule. */
  days: CalendarDay[];
  /** Days of the range that are off (or on) anyway and are not listed. */
  skipped: number;
  /** Days of the range outside the year. */
  outside: number;
}

/** The listed days a range adds, e.g. 春节 2026-02-15 … 2026-02-23 as a holiday lists its six weekdays. */
export function listRange(year: number, from: string, to: string, kind: CalendarDayKind, name: string): RangeListing {
  const result: RangeListing = { days: [], skipped: 0, outside: 0 };
  const [a, b] = numberOf(from) <= numberOf(to) ? [numberOf(from), numberOf(to)] : [numberOf(to), numberOf(from)];
  for (let n = a; n <= b; n++) {
    const day = dayOf(n);
    if (Number(day.slice(0, 4)) !== year) result.outside++;
    else if (breaksWeeklyRule(day, kind)) result.days.push({ day, kind, name });
    else result.skipped++;
  }
  return result;
}

/** Puts the added days into the list, replacing what was listed for the same days, in day order. */
export function mergeDays(listed: readonly CalendarDay[], added: readonly CalendarDay[]): CalendarDay[] {
  const byDay = new Map(listed.map((d) => [d.day, d]));
  for (const d of added) byDay.set(d.day, d);
  return [...byDay.values()].sort((x, y) => (x.day < y.day ? -1 : 1));
}

export interface MonthCell {
  day: string;
  date: number;
  /** What the day is: worked or off, and why. */
  state: 'work' | 'weekend' | CalendarDayKind;
  name: string | null;
}

/** A month as week rows from Monday, with null for the days of other months. */
export function monthWeeks(year: number, month: number, listed: ReadonlyMap<string, CalendarDay>): (MonthCell | null)[][] {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (MonthCell | null)[] = Array.from({ length: isoWeekday(first) - 1 }, () => null);
  for (let date = 1; date <= length; date++) {
    const day = dayOf(numberOf(first) + date - 1);
    const entry = listed.get(day);
    cells.push({ day, date, state: entry ? entry.kind : isWeekend(day) ? 'weekend' : 'work', name: entry?.name ?? null });
  }
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}
