import { describe, expect, it } from 'vitest';
import { listRange, mergeDays, monthWeeks } from '@/views/admin/calendarMonths.ts';

describe('the working calendar page', () => {
  it('given 春节 2026-02-15 … 2026-02-23 as a holiday, lists only its six weekdays', () => {
    const listing = listRange(2026, '2026-02-15', '2026-02-23', 'holiday', '春节');
    expect(listing.days.map((d) => d.day)).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23']);
    expect(listing).toMatchObject({ skipped: 3, outside: 0 });
  });

  it('given a 调休 range, lists only its weekend days, and counts days outside the year apart', () => {
    const listing = listRange(2026, '2026-02-13', '2026-02-14', 'workday', '调休');
    expect(listing.days).toEqual([{ day: '2026-02-14', kind: 'workday', name: '调休' }]);
    expect(listRange(2026, '2025-12-31', '2026-01-01', 'holiday', '元旦')).toMatchObject({ outside: 1, days: [{ day: '2026-01-01' }] });
  });

  it('adding a day listed already replaces it, keeping day order', () => {
    const merged = mergeDays(
      [
        { day: '2026-02-20', kind: 'holiday', name: '春节' },
        { day: '2026-01-01', kind: 'holiday', name: '元旦' },
      ],
      [{ day: '2026-02-20', kind: 'holiday', name: '春节假期' }],
    );
    expect(merged.map((d) => `${d.day} ${d.name}`)).toEqual(['2026-01-01 元旦', '2026-02-20 春节假期']);
  });

  it('draws February 2026 from Monday: it starts on a Sunday and shows the listed days', () => {
    const listed = new Map([['2026-02-14', { day: '2026-02-14', kind: 'workday' as const, name: '调休' }]]);
    const weeks = monthWeeks(2026, 2, listed);
    expect(weeks[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(weeks[0]![6]).toMatchObject({ day: '2026-02-01', state: 'weekend' });
    expect(weeks[2]![5]).toMatchObject({ day: '2026-02-14', state: 'workday', name: '调休' });
    expect(weeks[1]![0]).toMatchObject({ day: '2026-02-02', state: 'work' });
  });
});
