import type { Knex } from 'knex';
import type { WorkingCalendar } from '@kunlun/core';
import { addDays, weekdayOf } from './chinaDays.ts';
import type { Cadence } from './itemVocabulary.ts';

/**
 * 反馈周期: when the next progress report is due after one given on `from` (or after the item
 * was issued on it): weekly on a weekday, monthly by a day of the month, every N working days
 * of the installation's calendar. `once` asks for no progress report, only the completion
 * report by the deadline; a report that would fall after the deadline is not asked for either.
 */
export async function nextReportDue(
  calendar: WorkingCalendar,
  db: Knex | Knex.Transaction,
  cadence: Cadence,
  from: string,
  dueOn: string,
): Promise<string | null> {
  const next = await nextAfter(calendar, db, cadence, from);
  return next && next < dueOn ? next : null;
}

async function nextAfter(calendar: WorkingCalendar, db: Knex | Knex.Transaction, cadence: Cadence, from: string): Promise<string | null> {
  switch (cadence.kind) {
    case 'once':
      return null;
    case 'weekly': {
      const ahead = (cadence.weekday - weekdayOf(from) + 7) % 7 || 7;
      return addDays(from, ahead);
    }
    case 'monthly': {
      const [y, m, d] = [Number(from.slice(0, 4)), Number(from.slice(5, 7)), Number(from.slice(8, 10))];
      const [ny, nm] = d < cadence.day ? [y, m] : m === 12 ? [y + 1, 1] : [y, m + 1];
      return `${ny}-${String(nm).padStart(2, '0')}-${String(cadence.day).padStart(2, '0')}`;
    }
    case 'workingDays':
      return calendar.addWorkingDays(from, cadence.every, { db });
  }
}
