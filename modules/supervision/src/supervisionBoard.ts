import type { Knex } from 'knex';
import type { OrgService } from '@kunlun/core';
import { chinaDay, daysBetween } from './chinaDays.ts';
import { colourSql, type ColourThresholds } from './itemColour.ts';
import { whereInReach, type ItemReach } from './itemReach.ts';
import { reportingRead } from './reportingReads.ts';
import { COLOURS, OPEN_STATES, type Colour, type ItemState } from './itemVocabulary.ts';

/**
 * 督办看板: what the supervision office looks at first, for the items in the caller's reach on
 * a given day (China time) — how many open items are red, yellow, blue and green, how many
 * wait at each step (登记 and 审核 included, before the item has a colour), the overdue list
 * (red items, longest overdue first, with their lead unit) and, per lead unit, its open items
 * by colour. Two queries: the counts (grouping sets over one scan) and the overdue page.
 */
export const BOARD_STATES = ['registering', 'reviewing', ...OPEN_STATES] as const satisfies readonly ItemState[];
export type BoardState = (typeof BOARD_STATES)[number];

type ColourCounts = Record<Colour, number>;

export interface OverdueItem {
  id: string;
  number: string;
  title: string;
  state: ItemState;
  leadUnit: { id: string; name: string } | null;
  dueOn: string;
  daysOverdue: number;
  progress: number;
}

export interface UnitColours extends ColourCounts {
  unit: { id: string; name: string };
  total: number;
}

export interface SupervisionBoard {
  today: string;
  /** Issued open items (签收 to 领导审阅) by colour. */
  byColour: ColourCounts;
  /** Items not closed nor cancelled, by step. */
  byState: Record<BoardState, number>;
  /** Red items, longest overdue first; `overdueTotal` counts them all when the list is cut at `overdueLimit`. */
  overdue: OverdueItem[];
  overdueTotal: number;
  /** Lead units with open items, most red first, then most yellow, then most open. */
  units: UnitColours[];
}

export interface BoardOptions {
  today?: string;
  overdueLimit?: number;
}

const zeroColours = (): ColourCounts => ({ red: 0, yellow: 0, blue: 0, green: 0 });

/** The items of the board: in reach, not closed nor cancelled, with their lead unit (an item without one yet counts without a unit). */
function boardItems(db: Knex | Knex.Transaction, reach: ItemReach) {
  return whereInReach(db('supervision_items as i'), reach, 'i', { states: BOARD_STATES }).whereIn('i.state', BOARD_STATES);
}

export function supervisionBoard(
  db: Knex,
  org: OrgService,
  reach: ItemReach,
  thresholds: ColourThresholds,
  { today = chinaDay(), overdueLimit = 100 }: BoardOptions = {},
): Promise<SupervisionBoard> {
  return reportingRead(db, (trx) => boardOf(trx, org, reach, thresholds, today, overdueLimit));
}

async function boardOf(
  db: Knex.Transaction,
  org: OrgService,
  reach: ItemReach,
  thresholds: ColourThresholds,
  today: string,
  overdueLimit: number,
): Promise<SupervisionBoard> {
  const counted = db
    .from(
      boardItems(db, reach)
        .select('i.state', 'i.lead_unit_id as unit_id', db.raw('(?) as colour', [colourSql(db, today, thresholds)]))
        .as('b'),
    )
    .select('b.state', 'b.unit_id', 'b.colour', db.raw('count(*)::int as n'), db.raw('GROUPING(b.state) as by_unit'))
    .groupByRaw('GROUPING SETS ((b.state), (b.unit_id, b.colour))');
  const overdueRows = boardItems(db, reach)
    .whereIn('i.state', OPEN_STATES)
    .where('i.due_on', '<', today)
    .select('i.id', 'i.number', 'i.title', 'i.state', 'i.progress', 'i.lead_unit_id as unit_id', db.raw(`to_char(i.due_on, 'YYYY-MM-DD') as due_on`))
    .orderBy([{ column: 'i.due_on' }, { column: 'i.seq' }])
    .limit(overdueLimit);
  const groups: { state: ItemState | null; unit_id: string | null; colour: Colour | null; n: number; by_unit: number }[] = await counted;
  const overdue: { id: string; number: string; title: string; state: ItemState; progress: number; unit_id: string | null; due_on: string }[] =
    await overdueRows;

  const byColour = zeroColours();
  const byState = Object.fromEntries(BOARD_STATES.map((s) => [s, 0])) as Record<BoardState, number>;
  const perUnit = new Map<string, ColourCounts>();
  for (const g of groups) {
    if (!g.by_unit) {
      byState[g.state as BoardState] = g.n;
      continue;
    }
    if (!g.colour) continue;
    byColour[g.colour] += g.n;
    if (!g.unit_id) continue;
    const counts = perUnit.get(g.unit_id) ?? zeroColours();
    counts[g.colour] += g.n;
    perUnit.set(g.unit_id, counts);
  }
  const names = await org.units([...new Set([...perUnit.keys(), ...overdue.map((r) => r.unit_id).filter((u): u is string => Boolean(u))])], { db });
  const nameOf = (id: string) => names.get(id)?.name ?? '';
  const units = [...perUnit]
    .map(([id, c]) => ({ unit: { id, name: nameOf(id) }, ...c, total: COLOURS.reduce((s, k) => s + c[k], 0) }))
    .sort((a, b) => b.red - a.red || b.yellow - a.yellow || b.total - a.total || a.unit.name.localeCompare(b.unit.name, 'zh-CN'));
  return {
    today,
    byColour,
    byState,
    overdue: overdue.map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      state: r.state,
      leadUnit: r.unit_id ? { id: r.unit_id, name: nameOf(r.unit_id) } : null,
      dueOn: r.due_on,
      daysOverdue: daysBetween(r.due_on, today),
      progress: Number(r.progress),
    })),
    overdueTotal: byColour.red,
    units,
  };
}
