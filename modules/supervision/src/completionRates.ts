import { text, type Text } from '@kunlun/core';

/**
 * 办结率 and 按期办结率 as the supervision office reports them, from four counts over a period:
 * D 到期事项, C 办结, T 按期办结, E 批准延期未到期. Approved extensions not yet run out take the item
 * out of the on-time denominator: it is not late yet, nor on time yet. A rate whose denominator
 * is 0 is null (shown as —), never 0% nor 100%.
 */
export interface CompletionCounts {
  /** D 到期事项 */
  due: number;
  /** C 办结 */
  closed: number;
  /** T 按期办结 */
  onTime: number;
  /** E 批准延期未到期 */
  extended: number;
}

export interface CompletionFigures extends CompletionCounts {
  /** C ÷ D, 0..1; null when D = 0. */
  closedRate: number | null;
  /** T ÷ (D − E), 0..1; null when D − E = 0. */
  onTimeRate: number | null;
}

/** What each figure means, shown beside the statistics on screen, in the workbook and the 通报. */
export const STATISTICS_DEFINITIONS = {
  due: text(
    '到期事项：原定办理期限在统计期内、且不晚于统计当日的督办事项（已撤销的不计）。',
    'Due: items whose original deadline falls in the period and not after today (cancelled items never count).',
  ),
  closed: text('办结：到期事项中已办结的事项。', 'Closed: the due items that are closed.'),
  onTime: text(
    '按期办结：到期事项中在办理期限（含经批准延长的期限）内办结的事项。',
    'Closed on time: the due items closed on or before their deadline as extended by approved extensions.',
  ),
  extended: text(
    '批准延期未到期：到期事项中尚未办结、有经批准的延期且延长后的期限未到的事项。',
    'Extended, not yet due: the due items not closed that have an approved extension and whose extended deadline is today or later.',
  ),
  closedRate: text('办结率 = 办结 ÷ 到期事项。', 'Completion rate = closed ÷ due.'),
  onTimeRate: text(
    '按期办结率 = 按期办结 ÷（到期事项 − 批准延期未到期）；分母为0时不计算。',
    'On-time rate = closed on time ÷ (due − extended, not yet due); not computed when that is 0.',
  ),
} as const satisfies Record<keyof CompletionFigures, Text>;

export function completionFigures(c: CompletionCounts): CompletionFigures {
  const onTimeBase = c.due - c.extended;
  return {
    ...c,
    closedRate: c.due > 0 ? c.closed / c.due : null,
    onTimeRate: onTimeBase > 0 ? c.onTime / onTimeBase : null,
  };
}

/** A rate as the office writes it: 87.5%, or — when there is none. */
export function percentText(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/**
 * 排名: by on-time rate, then completion rate, then more items due first; a unit without a rate
 * comes after those with one. Units equal on all three share a rank (1, 1, 3).
 */
export function rankByCompletion<T extends CompletionFigures>(rows: readonly T[]): (T & { rank: number })[] {
  const rate = (r: number | null) => (r === null ? -1 : r);
  const compare = (a: T, b: T) => rate(b.onTimeRate) - rate(a.onTimeRate) || rate(b.closedRate) - rate(a.closedRate) || b.due - a.due;
  const sorted = [...rows].sort(compare);
  let rank = 0;
  return sorted.map((row, i) => {
    if (i === 0 || compare(sorted[i - 1]!, row) !== 0) rank = i + 1;
    return { ...row, rank };
  });
}
