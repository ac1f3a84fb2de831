import { describe, expect, it } from 'vitest';
import type { WorkingCalendar } from '@kunlun/core';
import { addDays, daysBetween, weekdayOf } from '../../src/chinaDays.ts';
import { formatItemNumber } from '../../src/itemNumbering.ts';
import { nextReportDue } from '../../src/reportCadence.ts';

/** A calendar with weekends off and no holidays, enough for the cadence rules. */
const weekdays: WorkingCalendar = {
  isWorkingDay: async (day) => weekdayOf(day) <= 5,
  addWorkingDays: async (day, n) => {
    let d = day;
    for (let left = n; left > 0;) {
      d = addDays(d, 1);
      if (weekdayOf(d) <= 5) left -= 1;
    }
    return d;
  },
  workingDaysBetween: async () => 0,
  specialDays: async () => [],
};
const db = {} as never;

describe('item numbers', () => {
  it('are written 督〔年〕N号 without leading zeros', () => {
    expect(formatItemNumber('督', 2026, 12)).toBe('督〔2026〕12号');
    expect(formatItemNumber('北督', 2027, 1)).toBe('北督〔2027〕1号');
  });
});

describe('the next progress report', () => {
  const due = '2027-06-30';
  it('is not asked for an item reported on once, at completion', async () => {
    expect(await nextReportDue(weekdays, db, { kind: 'once' }, '2026-12-03', due)).toBeNull();
  });
  it('falls on the next given weekday, a week on when reported that day', async () => {
    // 2026-12-03 is a Thursday.
    expect(await nextReportDue(weekdays, db, { kind: 'weekly', weekday: 1 }, '2026-12-03', due)).toBe('2026-12-07');
    expect(await nextReportDue(weekdays, db, { kind: 'weekly', weekday: 4 }, '2026-12-03', due)).toBe('2026-12-10');
  });
  it('falls by the day of the month, this month or the next, over the year end', async () => {
    expect(await nextReportDue(weekdays, db, { kind: 'monthly', day: 5 }, '2026-12-03', due)).toBe('2026-12-05');
    expect(await nextReportDue(weekdays, db, { kind: 'monthly', day: 5 }, '2026-12-05', due)).toBe('2027-01-05');
  });
  it('counts working days, skipping the weekend', async () => {
    expect(await nextReportDue(weekdays, db, { kind: 'workingDays', every: 5 }, '2026-12-03', due)).toBe('2026-12-10');
  });
  it('is not asked for after the deadline: the completion report covers it', async () => {
    expect(await nextReportDue(weekdays, db, { kind: 'monthly', day: 5 }, '2026-12-10', '2027-01-03')).toBeNull();
  });
});

describe('China days', () => {
  it('count across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(weekdayOf('2026-12-06')).toBe(7);
  });
});
