import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedOrg, type ApiClient, type TestApp } from '@kunlun/test-kit';
import { DbWorkingCalendar } from '../../src/calendar/workingCalendar.ts';

/** 2026 春节: 2月15日至23日放假调休，2月14日（星期六）、2月28日（星期六）上班 — the weekdays off and the Saturdays worked. */
const springFestival = [
  ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23'].map((day) => ({ day, kind: 'holiday', name: '春节' })),
  { day: '2026-02-14', kind: 'workday', name: '春节调休上班' },
  { day: '2026-02-28', kind: 'workday', name: '春节调休上班' },
];
const newYear2027 = [{ day: '2027-01-01', kind: 'holiday', name: '元旦' }];

describe('the working calendar (工作日历)', () => {
  let app: TestApp;
  let admin: ApiClient;
  let clerk: ApiClient;

  beforeAll(async () => {
    app = await createTestApp();
    await seedOrg(app.runtime);
    admin = await app.signedIn('admin');
    clerk = await app.signedIn('hb_clerk');
  });
  afterAll(() => app.close());

  it('given nothing listed, a year reads empty and the weekly rule alone decides', async () => {
    expect((await clerk.get('/api/calendar/days?year=2026')).body).toEqual({ year: 2026, items: [] });
    expect(await app.runtime.calendar.isWorkingDay('2026-02-16')).toBe(true);
    expect(await app.runtime.calendar.isWorkingDay('2026-02-14')).toBe(false);
  });

  it('a member of staff may read the calendar but not change it', async () => {
    const refused = await clerk.put('/api/calendar/years/2026', { days: springFestival });
    expect(refused.status).toBe(403);
    expect(refused.body.error.details.permission).toBe('org.calendar.manage');
    expect((await clerk.get('/api/calendar/days?year=2026')).body.items).toEqual([]);
  });

  it('the system administrator saves 春节 and everybody reads it in day order, with the save in the audit trail', async () => {
    const saved = await admin.put('/api/calendar/years/2026', { days: springFestival });
    expect(saved.status).toBe(200);
    expect(saved.body.items.map((d: { day: string }) => d.day)).toEqual([
      '2026-02-14',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-23',
      '2026-02-28',
    ]);
    const read = (await clerk.get('/api/calendar/days?year=2026')).body;
    expect(read.items[0]).toEqual({ day: '2026-02-14', kind: 'workday', name: '春节调休上班' });
    const entry = await app.runtime.db('core_audit_log').where({ action: 'org.calendar.save' }).first('target_type', 'target_id', 'target_name', 'outcome');
    expect(entry).toMatchObject({ target_type: 'calendar_year', target_id: '2026', target_name: '2026年工作日历' });
  });

  it('a deadline in working days runs across 春节: it counts the 调休 Saturday and skips the holiday week', async () => {
    const calendar = app.runtime.calendar;
    expect(await calendar.addWorkingDays('2026-02-12', 2)).toBe('2026-02-14');
    expect(await calendar.addWorkingDays('2026-02-12', 3)).toBe('2026-02-24');
    expect(await calendar.addWorkingDays('2026-02-15', 0)).toBe('2026-02-24');
    expect(await calendar.workingDaysBetween('2026-02-12', '2026-02-24')).toBe(3);
    expect(await calendar.workingDaysBetween('2026-02-24', '2026-02-12')).toBe(-3);
    expect((await calendar.specialDays('2026-02-20', '2026-02-28')).map((d) => d.day)).toEqual(['2026-02-20', '2026-02-23', '2026-02-28']);
    await app.runtime.db.transaction(async (trx) => {
      expect(await calendar.isWorkingDay('2026-02-28', { db: trx })).toBe(true);
    });
  });

  it('a walk of working days that runs into a later year reads that year too', async () => {
    expect((await admin.put('/api/calendar/years/2027', { days: newYear2027 })).status).toBe(200);
    // 2026-12-30 (Wed) + 2: 12-31 (Thu), then 2027-01-01 is 元旦, so 2027-01-04 (Mon).
    expect(await app.runtime.calendar.addWorkingDays('2026-12-30', 2)).toBe('2027-01-04');
    expect(await app.runtime.calendar.workingDaysBetween('2026-12-30', '2027-01-04')).toBe(2);
  });

  it('a process that read the calendar before another one saved a year answers from the saved year', async () => {
    // given a second process (a worker) that has read 2026 already
    const worker = new DbWorkingCalendar(app.runtime.db);
    expect(await worker.isWorkingDay('2026-10-01')).toBe(true);
    // when the administrator adds 国庆节 through the API process
    const days = [...springFestival, { day: '2026-10-01', kind: 'holiday', name: '国庆节' }];
    expect((await admin.put('/api/calendar/years/2026', { days })).status).toBe(200);
    // then the worker sees it at once
    expect(await worker.isWorkingDay('2026-10-01')).toBe(false);
    // and the other year is left as it was
    expect(await worker.isWorkingDay('2027-01-01')).toBe(false);
  });

  it.each([
    ['a day of another year', [{ day: '2027-02-01', kind: 'holiday', name: '春节' }], 'calendar.day_outside_year', '不在 2026 年内'],
    ['a day listed twice', [springFestival[0], springFestival[0]], 'calendar.duplicate_day', '重复'],
    ['a holiday on a Sunday', [{ day: '2026-02-15', kind: 'holiday', name: '春节' }], 'calendar.holiday_on_weekend', '周末'],
    ['a 调休 workday on a Monday', [{ day: '2026-02-16', kind: 'workday', name: '调休' }], 'calendar.workday_on_weekday', '本就上班'],
  ])('refuses %s with 422 and a clear message, keeping the saved year', async (_what, days, code, words) => {
    const refused = await admin.put('/api/calendar/years/2026', { days });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe(code);
    expect(refused.body.error.message).toContain(words);
    expect((await clerk.get('/api/calendar/days?year=2026')).body.items).toHaveLength(springFestival.length + 1);
  });

  it('refuses a malformed day or year as a bad request', async () => {
    expect((await admin.put('/api/calendar/years/2026', { days: [{ day: '2026/02/16', kind: 'holiday', name: '春节' }] })).status).toBe(400);
    expect((await clerk.get('/api/calendar/days?year=twenty')).status).toBe(400);
  });

  it('an empty list clears the year', async () => {
    expect((await admin.put('/api/calendar/years/2027', { days: [] })).body).toEqual({ year: 2027, items: [] });
    expect(await app.runtime.calendar.isWorkingDay('2027-01-01')).toBe(true);
  });
});
