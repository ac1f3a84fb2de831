/**
 * Calendar days as `YYYY-MM-DD` strings (a day in China time, with no time of day): checking,
 * stepping, counting and the weekday. Pure arithmetic on the proleptic Gregorian calendar; the
 * strings never pass through a time zone.
 */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Whether the text names a real day (`2026-02-29` does not). */
export function isCalendarDate(day: string): boolean {
  const m = DAY_PATTERN.exec(day);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Throws a RangeError naming the argument unless the text is a real `YYYY-MM-DD` day. */
export function requireCalendarDate(day: string, what = 'day'): string {
  if (typeof day !== 'string' || !isCalendarDate(day)) throw new RangeError(`${what} must be a day as YYYY-MM-DD, not "${String(day)}"`);
  return day;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 (negative before). */
export function dayNumber(day: string): number {
  const m = DAY_PATTERN.exec(day)!;
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY);
}

/** The day of a day number. */
export function dayOfNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day `n` days after (or, when negative, before) `day`. */
export function addDays(day: string, n: number): string {
  return dayOfNumber(dayNumber(day) + n);
}

/** How many days `to` is after `from` (negative when before). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(day) + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(day: string): boolean {
  return isoWeekday(day) >= 6;
}

export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

/** How many Monday–Friday days lie in the day numbers from `a` to `b` inclusive (0 when b < a). */
export function weekdaysInRange(a: number, b: number): number {
  if (b < a) return 0;
  // Count by whole weeks from a Monday anchor: weekdays up to n (exclusive) since day 0 of a Monday.
  const upTo = (n: number) => {
    // day number 4 (1970-01-05) is a Monday; shift so that a shifted day 0 is a Monday.
    const s = n - 4;
    const weeks = Math.floor(s / 7);
    const rest = s - weeks * 7;
    return weeks * 5 + Math.min(rest, 5);
  };
  return upTo(b + 1) - upTo(a);
}
