import { describe, expect, it } from 'vitest';
import { completionFigures, percentText, rankByCompletion } from '../../src/completionRates.ts';
import { monthPeriod, monthsOf } from '../../src/supervisionStatistics.ts';

describe('办结率 and 按期办结率', () => {
  it('given 10 due items, 8 closed, 6 of them on time and none extended, then 办结率 is 80% and 按期办结率 60%', () => {
    const f = completionFigures({ due: 10, closed: 8, onTime: 6, extended: 0 });
    expect(f.closedRate).toBe(0.8);
    expect(f.onTimeRate).toBe(0.6);
    expect(percentText(f.closedRate)).toBe('80.0%');
  });

  it('given 2 of 10 due items extended by approval and not yet due, then they leave the on-time denominator only', () => {
    const f = completionFigures({ due: 10, closed: 6, onTime: 6, extended: 2 });
    expect(f.closedRate).toBe(0.6);
    expect(f.onTimeRate).toBe(6 / 8);
    expect(percentText(f.onTimeRate)).toBe('75.0%');
  });

  it('given nothing due, then neither rate is computed (shown as —), not 0% nor 100%', () => {
    const f = completionFigures({ due: 0, closed: 0, onTime: 0, extended: 0 });
    expect(f.closedRate).toBeNull();
    expect(f.onTimeRate).toBeNull();
    expect(percentText(f.onTimeRate)).toBe('—');
  });

  it('given every due item extended and not yet due, then 办结率 is 0% but 按期办结率 has no denominator', () => {
    const f = completionFigures({ due: 3, closed: 0, onTime: 0, extended: 3 });
    expect(f.closedRate).toBe(0);
    expect(f.onTimeRate).toBeNull();
  });

  it('rounds a rate to one decimal the way the office writes it', () => {
    expect(percentText(2 / 3)).toBe('66.7%');
    expect(percentText(1)).toBe('100.0%');
  });
});

describe('排名', () => {
  const unit = (name: string, due: number, closed: number, onTime: number, extended = 0) => ({ name, ...completionFigures({ due, closed, onTime, extended }) });

  it('ranks by 按期办结率, then 办结率, then more items due; units without a rate come last; equal units share a rank', () => {
    const ranked = rankByCompletion([
      unit('无到期', 0, 0, 0),
      unit('甲', 4, 4, 2), // 50%, 100%
      unit('乙', 4, 2, 2), // 50%, 50%
      unit('丙', 2, 2, 2), // 100%
      unit('丁', 8, 8, 4), // 50%, 100%, more due than 甲
      unit('戊', 4, 4, 2), // same as 甲
    ]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ['丙', 1],
      ['丁', 2],
      ['甲', 3],
      ['戊', 3],
      ['乙', 5],
      ['无到期', 6],
    ]);
  });
});

describe('统计期', () => {
  it('defaults to the month of the day, leap February included', () => {
    expect(monthPeriod('2026-11-17')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthPeriod('2028-02-03')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthPeriod('2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('lists every month of a period across the new year, for the charts', () => {
    expect(monthsOf({ from: '2026-11-15', to: '2027-02-01' })).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});
