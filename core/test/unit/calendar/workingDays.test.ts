import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isCalendarDate, isoWeekday, weekdaysInRange, dayNumber } from '../../../src/calendar/calendarDates.ts';
import { addWorkingDaysIn, isWorkingDayIn, workingDaysBetweenIn, type CalendarDay } from '../../../src/calendar/workingDays.ts';
import { checkYearDays } from '../../../src/calendar/calendarYears.ts';

/** 2026 春节 as the State Council set it: 2月15日至23日放假调休，2月14日（星期六）、2月28日（星期六）上班. */
const springFestival2026: CalendarDay[] = [
  ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23'].map((day) => ({ day, kind: 'holiday' as const, name: '春节' })),
  { day: '2026-02-14', kind: 'workday', name: '春节调休' },
  { day: '2026-02-28', kind: 'workday', name: '春节调休' },
];
const listed = new Map(springFestival2026.map((d) => [d.day, d]));
const none = new Map<string, CalendarDay>();

describe('calendar days as YYYY-MM-DD', () => {
  it('knows real days from look-alikes', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-2-1')).toBe(false);
    expect(isCalendarDate('2026-04-31')).toBe(false);
  });

  it('steps over month and year ends and tells the weekday', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(isoWeekday('2026-01-01')).toBe(4); // Thursday
    expect(isoWeekday('2026-02-15')).toBe(7); // Sunday
    expect(isoWeekday('1969-12-29')).toBe(1); // a Monday before 1970
  });

  it('counts Monday–Friday days in a range by arithmetic, the same as walking it', () => {
    const start = dayNumber('2025-12-20');
    for (let length = 0; length < 40; length++) {
      let walked = 0;
      for (let n = start; n < start + length; n++) if (isoWeekday(addDays('2025-12-20', n - start)) <= 5) walked++;
      expect(weekdaysInRange(start, start + length - 1)).toBe(walked);
    }
  });
});

describe('working days with holidays and 调休', () => {
  it('given no listed days, Monday to Friday work and the weekend is off', () => {
    expect(isWorkingDayIn(none, '2026-02-13')).toBe(true); // Friday
    expect(isWorkingDayIn(none, '2026-02-14')).toBe(false); // Saturday
  });

  it('given 春节, its weekdays are off and the 调休 Saturdays are worked', () => {
    expect(isWorkingDayIn(listed, '2026-02-16')).toBe(false);
    expect(isWorkingDayIn(listed, '2026-02-14')).toBe(true);
    expect(isWorkingDayIn(listed, '2026-02-24')).toBe(true);
  });

  it('when a deadline of working days runs across 春节, it counts the 调休 Saturday and skips the holiday', () => {
    expect(addWorkingDaysIn(listed, '2026-02-12', 1, '2026-12-31')).toBe('2026-02-13');
    expect(addWorkingDaysIn(listed, '2026-02-12', 2, '2026-12-31')).toBe('2026-02-14');
    expect(addWorkingDaysIn(listed, '2026-02-12', 3, '2026-12-31')).toBe('2026-02-24');
    expect(addWorkingDaysIn(none, '2026-02-12', 3, '2026-12-31')).toBe('2026-02-17');
  });

  it('n = 0 keeps a working day and moves a day off to the next working day', () => {
    expect(addWorkingDaysIn(listed, '2026-02-24', 0, '2026-12-31')).toBe('2026-02-24');
    expect(addWorkingDaysIn(listed, '2026-02-15', 0, '2026-12-31')).toBe('2026-02-24');
    expect(addWorkingDaysIn(listed, '2026-02-21', 1, '2026-12-31')).toBe('2026-02-24');
  });

  it('says when it needs listed days beyond those it was given', () => {
    expect(addWorkingDaysIn(none, '2026-12-30', 5, '2026-12-31')).toBeNull();
  });

  it('refuses a negative or fractional count and a malformed day', () => {
    expect(() => addWorkingDaysIn(none, '2026-02-12', -1, '2026-12-31')).toThrow(RangeError);
    expect(() => addWorkingDaysIn(none, '2026-02-12', 1.5, '2026-12-31')).toThrow(RangeError);
    expect(() => addWorkingDaysIn(none, '2026-02-30', 1, '2026-12-31')).toThrow(/YYYY-MM-DD/);
  });

  it('counts working days after one day up to another, negative backwards, matching the walk forward', () => {
    expect(workingDaysBetweenIn(listed, '2026-02-12', '2026-02-24')).toBe(3);
    expect(workingDaysBetweenIn(listed, '2026-02-24', '2026-02-12')).toBe(-3);
    expect(workingDaysBetweenIn(listed, '2026-02-01', '2026-02-28')).toBe(16);
    expect(workingDaysBetweenIn(listed, '2026-02-13', '2026-02-13')).toBe(0);
    for (let n = 0; n <= 30; n++) {
      const due = addWorkingDaysIn(listed, '2026-02-02', n, '2026-12-31')!;
      expect(workingDaysBetweenIn(listed, '2026-02-02', due)).toBe(n);
    }
  });
});

describe("checking a year's listed days", () => {
  it('accepts the 春节 list of 2026', () => {
    expect(() => checkYearDays(2026, springFestival2026)).not.toThrow();
  });

  it.each([
    ['a day of another year', [{ day: '2027-01-01', kind: 'holiday', name: '元旦' }], 'calendar.day_outside_year'],
    ['a day twice', [springFestival2026[0]!, springFestival2026[0]!], 'calendar.duplicate_day'],
    ['a holiday on a Sunday', [{ day: '2026-02-15', kind: 'holiday', name: '春节' }], 'calendar.holiday_on_weekend'],
    ['a workday on a Friday', [{ day: '2026-02-13', kind: 'workday', name: '调休' }], 'calendar.workday_on_weekday'],
    ['a day that does not exist', [{ day: '2026-02-30', kind: 'holiday', name: '春节' }], 'calendar.invalid_day'],
  ] as const)('refuses %s with 422', (_what, days, code) => {
    expect(() => checkYearDays(2026, days as unknown as CalendarDay[])).toThrow(expect.objectContaining({ status: 422, code }));
  });
});
