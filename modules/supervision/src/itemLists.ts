import type { Knex } from 'knex';
import type { OrgService } from '@kunlun/core';
import { chinaDay, dayOf } from './chinaDays.ts';
import { colourSql, type ColourThresholds } from './itemColour.ts';
import type { ItemReach } from './itemReach.ts';
import { OPEN_STATES, type Colour, type ItemState, type ItemUrgency, type SourceKind } from './itemVocabulary.ts';
import { whereInReach } from './itemReach.ts';

/**
 * 督办事项列表: the items in the caller's reach, filtered by state (or all open ones), colour,
 * handling unit, source and words of the title, number or content; open items first by deadline,
 * closed ones after. One query for the page and one for the total; the lead units' names from
 * ctx.org.
 */
export interface ItemListQuery {
  state?: ItemState | 'open' | undefined;
  colour?: Colour | undefined;
  unitId?: string | undefined;
  sourceKind?: SourceKind | undefined;
  q?: string | undefined;
  dueBefore?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listItems(db: Knex, org: OrgService, reach: ItemReach, query: ItemListQuery, thresholds: ColourThresholds, today = chinaDay()) {
  const colour = colourSql(db, today, thresholds);
  const base = whereInReach(db('supervision_items as i'), reach).whereNot('i.state', 'cancelled');
  if (query.state === 'open') base.whereIn('i.state', OPEN_STATES);
  else if (query.state) base.where('i.state', query.state);
  if (query.sourceKind) base.where('i.source_kind', query.sourceKind);
  if (query.dueBefore) base.where('i.due_on', '<=', query.dueBefore);
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base.where((w) => w.whereILike('i.title', like).orWhereILike('i.number', like).orWhereILike('i.content', like));
  }
  if (query.unitId) {
    base.whereExists((s) =>
      s.select(1).from('supervision_assignments as ua').whereRaw('ua.item_id = i.id').where('ua.unit_id', query.unitId!).whereNot('ua.state', 'declined'),
    );
  }
  if (query.colour) base.whereRaw('(?) = ?', [colour, query.colour]);
  const [{ total }] = (await base.clone().count({ total: '*' })) as [{ total: number | string }];
  const rows: Record<string, any>[] = await base
    .clone()
    .select(
      'i.id',
      'i.number',
      'i.title',
      'i.source_kind',
      'i.urgency',
      'i.state',
      'i.received_on',
      'i.due_on',
      'i.next_report_due',
      'i.progress',
      'i.closed_at',
      db.raw('? as colour', [colour]),
      'i.lead_unit_id',
      db.raw(`(SELECT count(*) FROM supervision_assignments ca WHERE ca.item_id = i.id AND ca.role = 'co' AND ca.state <> 'declined')::int as co_units`),
    )
    .orderByRaw(`CASE WHEN i.state IN ('closed') THEN 1 ELSE 0 END, i.due_on, i.seq`)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const units = await org.units([...new Set(rows.map((r) => r.lead_unit_id as string | null).filter((u): u is string => Boolean(u)))]);
  const items = rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    sourceKind: r.source_kind as SourceKind,
    urgency: r.urgency as ItemUrgency,
    state: r.state as ItemState,
    colour: (r.colour ?? null) as Colour | null,
    leadUnit: r.lead_unit_id ? { id: r.lead_unit_id, name: units.get(r.lead_unit_id)?.name ?? '' } : null,
    coUnitCount: Number(r.co_units),
    receivedOn: dayOf(r.received_on),
    dueOn: dayOf(r.due_on),
    nextReportDue: r.next_report_due ? dayOf(r.next_report_due) : null,
    progress: Number(r.progress),
    closedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
  }));
  return { items, total: Number(total) };
}
