import type { Knex } from 'knex';
import type { OrgService } from '@kunlun/core';
import { addDays, chinaDay, daysBetween } from './chinaDays.ts';
import { completionFigures, rankByCompletion, type CompletionCounts, type CompletionFigures } from './completionRates.ts';
import { whereInReach, type ItemReach } from './itemReach.ts';
import { reportingRead } from './reportingReads.ts';
import type { ItemState } from './itemVocabulary.ts';

export { STATISTICS_DEFINITIONS } from './completionRates.ts';

/**
 * 督办统计 for a period (from … to, China days) over the items in the caller's reach, by the
 * definitions in completionRates.ts: the items whose original deadline falls in the period and
 * not after today, counted per lead unit (ranked), per month of that deadline (for charts) and
 * in all, with the ones still open past their deadline (超期未办结) and the ones closed after it
 * (逾期办结). Cancelled items never count. One grouping-sets query for the counts, one for the
 * overdue list.
 */
export interface StatisticsPeriod {
  from: string;
  to: string;
}

export interface PeriodCounts extends CompletionFigures {
  /** 超期未办结: not closed, past the deadline (with extensions). */
  overdue: number;
  /** 逾期办结: closed after the deadline. */
  closedLate: number;
}

export interface UnitStatistics extends PeriodCounts {
  unit: { id: string; name: string };
  rank: number;
}

export interface MonthStatistics extends PeriodCounts {
  /** YYYY-MM */
  month: string;
}

export interface OverdueEntry {
  id: string;
  number: string;
  title: string;
  state: ItemState;
  leadUnit: { id: string; name: string } | null;
  originalDueOn: string;
  dueOn: string;
  daysOverdue: number;
}

export interface SupervisionStatistics {
  period: StatisticsPeriod;
  today: string;
  totals: PeriodCounts;
  units: UnitStatistics[];
  months: MonthStatistics[];
  overdueItems: OverdueEntry[];
}

/** The month `today` falls in, first to last day. */
export function monthPeriod(today: string): StatisticsPeriod {
  const from = `${today.slice(0, 7)}-01`;
  const next = addDays(from, 32).slice(0, 7);
  return { from, to: addDays(`${next}-01`, -1) };
}

/** Every month from the period's first to its last, YYYY-MM. */
export function monthsOf(period: StatisticsPeriod): string[] {
  const months: string[] = [];
  for (let m = period.from.slice(0, 7); m <= period.to.slice(0, 7); m = addDays(`${m}-01`, 32).slice(0, 7)) months.push(m);
  return months;
}

type CountRow = Record<'due' | 'closed' | 'on_time' | 'extended' | 'overdue' | 'closed_late', number> & {
  unit_id: string | null;
  month: string | null;
  g_unit: number;
  g_month: number;
};

const zero: CountRow = { due: 0, closed: 0, on_time: 0, extended: 0, overdue: 0, closed_late: 0, unit_id: null, month: null, g_unit: 1, g_month: 1 };

function countsOf(row: CountRow): PeriodCounts {
  const counts: CompletionCounts = { due: row.due, closed: row.closed, onTime: row.on_time, extended: row.extended };
  return { ...completionFigures(counts), overdue: row.overdue, closedLate: row.closed_late };
}

/** The due items of the period in reach, with their lead unit: D of the definitions. */
function dueItems(db: Knex | Knex.Transaction, reach: ItemReach, period: StatisticsPeriod, today: string) {
  const last = period.to < today ? period.to : today;
  return whereInReach(db('supervision_items as i'), reach)
    .whereNot('i.state', 'cancelled')
    .where('i.original_due_on', '>=', period.from)
    .where('i.original_due_on', '<=', last);
}

export function supervisionStatistics(
  db: Knex,
  org: OrgService,
  reach: ItemReach,
  period: StatisticsPeriod,
  { today = chinaDay(), overdueLimit = 500 }: { today?: string; overdueLimit?: number } = {},
): Promise<SupervisionStatistics> {
  return reportingRead(db, (trx) => statisticsOf(trx, org, reach, period, today, overdueLimit));
}

async function statisticsOf(
  db: Knex.Transaction,
  org: OrgService,
  reach: ItemReach,
  period: StatisticsPeriod,
  today: string,
  overdueLimit: number,
): Promise<SupervisionStatistics> {
  const month = `to_char(i.original_due_on, 'YYYY-MM')`;
  const counted = dueItems(db, reach, period, today)
    .select(
      'i.lead_unit_id as unit_id',
      db.raw(`${month} as month`),
      db.raw('GROUPING(i.lead_unit_id) as g_unit'),
      db.raw(`GROUPING(${month}) as g_month`),
      db.raw('count(*)::int as due'),
      db.raw(`count(*) FILTER (WHERE i.state = 'closed')::int as closed`),
      db.raw(`count(*) FILTER (WHERE i.state = 'closed' AND i.closed_on_time)::int as on_time`),
      db.raw(
        `count(*) FILTER (WHERE i.state <> 'closed' AND i.due_on >= ?::date
           AND EXISTS (SELECT 1 FROM supervision_extensions x WHERE x.item_id = i.id AND x.state = 'approved'))::int as extended`,
        [today],
      ),
      db.raw(`count(*) FILTER (WHERE i.state <> 'closed' AND i.due_on < ?::date)::int as overdue`, [today]),
      db.raw(`count(*) FILTER (WHERE i.state = 'closed' AND NOT coalesce(i.closed_on_time, false))::int as closed_late`),
    )
    .groupByRaw(`GROUPING SETS ((i.lead_unit_id), (${month}), ())`);
  const overdue = dueItems(db, reach, period, today)
    .whereNot('i.state', 'closed')
    .where('i.due_on', '<', today)
    .select(
      'i.id',
      'i.number',
      'i.title',
      'i.state',
      'i.lead_unit_id as unit_id',
      db.raw(`to_char(i.original_due_on, 'YYYY-MM-DD') as original_due_on`),
      db.raw(`to_char(i.due_on, 'YYYY-MM-DD') as due_on`),
    )
    .orderBy([{ column: 'i.due_on' }, { column: 'i.seq' }])
    .limit(overdueLimit);
  const rows: CountRow[] = await counted;
  const overdueRows: { id: string; number: string; title: string; state: ItemState; unit_id: string | null; original_due_on: string; due_on: string }[] =
    await overdue;

  const total = rows.find((r) => r.g_unit && r.g_month) ?? zero;
  const unitRows = rows.filter((r) => !r.g_unit && r.unit_id);
  const byMonth = new Map(rows.filter((r) => !r.g_month && r.month).map((r) => [r.month!, r]));
  const names = await org.units(
    [...new Set([...unitRows.map((r) => r.unit_id!), ...overdueRows.map((r) => r.unit_id).filter((u): u is string => Boolean(u))])],
    { db },
  );
  const nameOf = (id: string) => names.get(id)?.name ?? '';
  return {
    period,
    today,
    totals: countsOf(total),
    units: rankByCompletion(
      unitRows
        .map((r) => ({ unit: { id: r.unit_id!, name: nameOf(r.unit_id!) }, ...countsOf(r) }))
        .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'zh-CN')),
    ),
    months: monthsOf(period).map((m) => ({ month: m, ...countsOf(byMonth.get(m) ?? zero) })),
    overdueItems: overdueRows.map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      state: r.state,
      leadUnit: r.unit_id ? { id: r.unit_id, name: nameOf(r.unit_id) } : null,
      originalDueOn: r.original_due_on,
      dueOn: r.due_on,
      daysOverdue: daysBetween(r.due_on, today),
    })),
  };
}
