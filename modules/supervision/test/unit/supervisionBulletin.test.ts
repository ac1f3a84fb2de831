import { describe, expect, it } from 'vitest';
import { completionFigures } from '../../src/completionRates.ts';
import { bulletinDraft, periodName } from '../../src/supervisionBulletin.ts';
import type { PeriodCounts, SupervisionStatistics } from '../../src/supervisionStatistics.ts';

const counts = (due: number, closed: number, onTime: number, extended: number, overdue: number, closedLate: number): PeriodCounts => ({
  ...completionFigures({ due, closed, onTime, extended }),
  overdue,
  closedLate,
});

const november: SupervisionStatistics = {
  period: { from: '2026-11-01', to: '2026-11-30' },
  today: '2026-12-03',
  totals: counts(10, 7, 5, 1, 2, 2),
  units: [
    { unit: { id: 'u1', name: '海北州教育局' }, rank: 1, ...counts(5, 5, 4, 0, 0, 1) },
    { unit: { id: 'u2', name: '海北州财政局' }, rank: 2, ...counts(3, 2, 1, 0, 1, 1) },
    { unit: { id: 'u3', name: '海北州民政局' }, rank: 3, ...counts(2, 0, 0, 1, 1, 0) },
  ],
  months: [],
  overdueItems: [
    {
      id: 'a',
      number: '督〔2026〕3号',
      title: '推进高标准农田建设',
      state: 'handling',
      leadUnit: { id: 'u2', name: '海北州财政局' },
      originalDueOn: '2026-11-02',
      dueOn: '2026-11-02',
      daysOverdue: 31,
    },
    {
      id: 'b',
      number: '督〔2026〕9号',
      title: '做好冬季供暖保障',
      state: 'handling',
      leadUnit: { id: 'u3', name: '海北州民政局' },
      originalDueOn: '2026-11-20',
      dueOn: '2026-11-25',
      daysOverdue: 8,
    },
  ],
};

describe('通报 draft', () => {
  it('names the period the way a 督查室 titles its bulletin', () => {
    expect(periodName({ from: '2026-11-01', to: '2026-11-30' })).toBe('2026年11月');
    expect(periodName({ from: '2026-01-01', to: '2026-12-31' })).toBe('2026年');
    expect(periodName({ from: '2026-10-01', to: '2026-12-31' })).toBe('2026年10月至12月');
    expect(periodName({ from: '2026-11-01', to: '2026-12-15' })).toBe('2026年11月1日至12月15日');
  });

  it('given November with two overdue items, then it gives the figures, the overdue units with counts, the long-overdue items and the late units', () => {
    const draft = bulletinDraft(november, { overdueDays: 10, officeName: '海北州政府办公室督查室' });
    expect(draft.title).toBe('关于2026年11月督办事项办理情况的通报');
    expect(draft.text.split('\n')[0]).toBe(draft.title);
    expect(draft.text).toContain('到期督办事项10件，已办结7件，办结率70.0%；其中按期办结5件，经批准延期尚未到期1件，按期办结率55.6%');
    expect(draft.text).toContain('截至2026年12月3日，2个单位有超期未办结事项共2件：海北州财政局1件，海北州民政局1件');
    expect(draft.text).toContain('其中超期10天以上的事项1件');
    expect(draft.text).toContain('1. 督〔2026〕3号《推进高标准农田建设》（牵头单位：海北州财政局，办理期限2026年11月2日，已超期31天）');
    expect(draft.text).not.toContain('做好冬季供暖保障');
    expect(draft.text).toContain('以下单位有逾期办结事项，予以通报：海北州财政局（1件）、海北州教育局（1件）');
    expect(draft.text.trimEnd().split('\n').slice(-2)).toEqual(['海北州政府办公室督查室', '2026年12月3日']);
  });

  it('given a month with nothing due, then it says so and has no overdue section', () => {
    const quiet = { ...november, totals: counts(0, 0, 0, 0, 0, 0), units: [], overdueItems: [] };
    const draft = bulletinDraft(quiet, { overdueDays: 10 });
    expect(draft.text).toContain('2026年11月，没有到期的督办事项。');
    expect(draft.text).not.toContain('超期未办结情况');
    expect(draft.text).toContain('二、有关要求');
  });
});
