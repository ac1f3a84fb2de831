/**
 * 成文日期 and 印发日期 in Arabic numerals with the year in full and no leading zeros: 2026年3月1日.
 */

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/u;
const CHINESE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/**
 * Accepts a Date (its local calendar day), 'YYYY-MM-DD' (a time part is ignored: the day as written
 * counts) or an already written 2026年03月01日.
 */
export function calendarDay(value: Date | string): CalendarDay {
  let year: number;
  let month: number;
  let day: number;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('the date is not a valid Date');
    year = value.getFullYear();
    month = value.getMonth() + 1;
    day = value.getDate();
  } else {
    const text = value.trim();
    const match = ISO_DATE.exec(text) ?? CHINESE_DATE.exec(text);
    if (!match) throw new RangeError(`"${value}" is not a date like 2026-03-01 or 2026年3月1日`);
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const check = new Date(year, month - 1, day);
  if (check.getFullYear() !== year || check.getMonth() !== month - 1 || check.getDate() !== day) {
    throw new RangeError(`${year}-${month}-${day} is not a calendar date`);
  }
  return { year, month, day };
}

/** 2026年3月1日 */
export function chineseDate(value: Date | string): string {
  const { year, month, day } = calendarDay(value);
  return `${year}年${month}月${day}日`;
}

/** 印发日期: 2026年3月1日印发. */
export function printedOnText(value: Date | string): string {
  return `${chineseDate(value)}印发`;
}
