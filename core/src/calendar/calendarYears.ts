import type { Knex } from 'knex';
import { inTransaction } from '../db/database.ts';
import { unprocessable } from '../http/apiError.ts';
import { text } from '../i18n/text.ts';
import { writePendingAudit } from '../audit/requestAudit.ts';
import { isCalendarDate, isWeekend, yearOf } from './calendarDates.ts';
import { readListedDays, type DbWorkingCalendar } from './workingCalendar.ts';
import type { CalendarDay } from './workingDays.ts';

/** The years an administrator may keep a calendar for. */
export const CALENDAR_YEARS = { min: 1900, max: 2999 } as const;

/**
 * The listed days of the calendar, a year at a time: read by anybody, replaced as a whole by
 * the system administrator (the State Council publishes a year's holidays and 调休 at once).
 */
export class CalendarYears {
  constructor(
    private readonly db: Knex,
    private readonly calendar: DbWorkingCalendar,
  ) {}

  list(year: number): Promise<CalendarDay[]> {
    return readListedDays(this.db, `${year}-01-01`, `${year}-12-31`);
  }

  /** Replaces the listed days of one year, in one transaction (with the request's audit entry). */
  async replace(year: number, days: readonly CalendarDay[], updatedBy: string | null): Promise<CalendarDay[]> {
    checkYearDays(year, days);
    let unmarkAudit: (() => void) | undefined;
    await inTransaction(this.db, async (trx) => {
      unmarkAudit?.();
      await trx('core_calendar_days')
        .whereBetween('day', [`${year}-01-01`, `${year}-12-31`])
        .delete();
      if (days.length) {
        await trx('core_calendar_days').insert(days.map((d) => ({ day: d.day, kind: d.kind, name: d.name, updated_by: updatedBy, updated_at: trx.fn.now() })));
      }
      unmarkAudit = await writePendingAudit(trx);
    }).catch((err: unknown) => {
      unmarkAudit?.();
      throw err;
    });
    this.calendar.forget();
    return this.list(year);
  }
}

/** The days of a year's list must be real days of that year, each once, and each break the weekly rule. */
export function checkYearDays(year: number, days: readonly CalendarDay[]): void {
  const invalid = days.filter((d) => !isCalendarDate(d.day)).map((d) => d.day);
  if (invalid.length)
    throw unprocessable('calendar.invalid_day', text(`日期无效：${invalid.join('、')}`, `Not a valid day: ${invalid.join(', ')}`), { days: invalid });
  const outside = days.filter((d) => yearOf(d.day) !== year).map((d) => d.day);
  if (outside.length)
    throw unprocessable(
      'calendar.day_outside_year',
      text(`以下日期不在 ${year} 年内：${outside.join('、')}`, `These days are not in ${year}: ${outside.join(', ')}`),
      { year, days: outside },
    );
  const times = new Map<string, number>();
  for (const d of days) times.set(d.day, (times.get(d.day) ?? 0) + 1);
  const twice = [...times].filter(([, n]) => n > 1).map(([day]) => day);
  if (twice.length)
    throw unprocessable('calendar.duplicate_day', text(`以下日期重复列出：${twice.join('、')}`, `These days are listed more than once: ${twice.join(', ')}`), {
      days: twice,
    });
  const weekendHolidays = days.filter((d) => d.kind === 'holiday' && isWeekend(d.day)).map((d) => d.day);
  if (weekendHolidays.length)
    throw unprocessable(
      'calendar.holiday_on_weekend',
      text(
        `以下日期是周末，本就休息，无需列为节假日：${weekendHolidays.join('、')}`,
        `These days fall on a weekend, which is off anyway; do not list them as holidays: ${weekendHolidays.join(', ')}`,
      ),
      { days: weekendHolidays },
    );
  const weekdayWorkdays = days.filter((d) => d.kind === 'workday' && !isWeekend(d.day)).map((d) => d.day);
  if (weekdayWorkdays.length)
    throw unprocessable(
      'calendar.workday_on_weekday',
      text(
        `以下日期是周一至周五，本就上班，无需列为调休上班日：${weekdayWorkdays.join('、')}`,
        `These days fall on Monday to Friday, which are working days anyway; do not list them as 调休 workdays: ${weekdayWorkdays.join(', ')}`,
      ),
      { days: weekdayWorkdays },
    );
}
