/**
 * Calendar days as `YYYY-MM-DD` in China time (Asia/Shanghai), the way deadlines are written on
 * an assignment slip. Day arithmetic is core's (the working-day calendar's); working days come
 * from ctx.calendar.
 */
export { addDays, daysBetween, dayNumber, isoWeekday as weekdayOf } from '@kunlun/core';

export function chinaDay(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function chinaYearOf(at: Date = new Date()): number {
  return Number(chinaDay(at).slice(0, 4));
}

/** A date column as read from PostgreSQL (a Date at local midnight, or already a string) as YYYY-MM-DD. */
export function dayOf(value: Date | string): string {
  if (typeof value === 'string') return value.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}
