import { describe, expect, it } from 'vitest';
import { chinaDate, chinaYear, formatDocNumber } from '../../src/documentNumbering.ts';
import { handlingDeadline } from '../../src/handlingDeadline.ts';

describe('发文字号 and calendar days in China', () => {
  it('writes 机关代字〔年份〕序号号 with the year in 六角括号 and no leading zeros', () => {
    expect(formatDocNumber('青政办', 2026, 12)).toBe('青政办〔2026〕12号');
    expect(formatDocNumber('北政', 2027, 1)).toBe('北政〔2027〕1号');
  });

  it('takes the year and day in Asia/Shanghai, not UTC', () => {
    expect(chinaYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(chinaDate(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(chinaDate(new Date('2026-03-01T02:00:00Z'))).toBe('2026-03-01');
  });
});

describe('handlingDeadline: 承办 due from the leader’s date or the urgency', () => {
  const now = new Date('2026-05-10T02:00:00Z'); // 10:00 in Xining

  it('gives 特急 2 days, 加急 5, 平件 10 when no date is set', () => {
    expect(handlingDeadline('very_urgent', null, now)).toEqual({ duration: 'P2D', dueOn: '2026-05-12' });
    expect(handlingDeadline('urgent', null, now)).toEqual({ duration: 'P5D', dueOn: '2026-05-15' });
    expect(handlingDeadline('normal', null, now)).toEqual({ duration: 'P10D', dueOn: '2026-05-20' });
  });

  it('runs to the end of the day the leader set', () => {
    expect(handlingDeadline('normal', '2026-05-11', now)).toEqual({ duration: 'PT38H', dueOn: '2026-05-11' });
  });

  it('refuses a date already past', () => {
    expect(() => handlingDeadline('normal', '2026-05-09', now)).toThrow(/past/);
  });
});
