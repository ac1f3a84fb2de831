import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { z } from 'zod';
import type { ModuleContext, OrgPostHolder } from '@kunlun/core';
import { chinaDay } from './chinaDays.ts';

/**
 * 督办提醒: once a day (China time) every handling unit with something to hear of gets ONE
 * notification summing up its open items — not yet signed for, due within `blueDays`, due today,
 * overdue, and (for the lead unit) a progress report overdue — sent to the contacts of those
 * items and the unit's 收发员, with a link to its list. Items being signed for or in hand count;
 * items under completion review, closed or cancelled do not, nor units that declined an item or
 * co-units done with their part. The unit's digest row for the day is written before its
 * notification, in one transaction, and the unique (unit, day) digest row lets only the first
 * run of the day notify — a second run, or a second worker, sends nothing more.
 */
export interface ReminderCounts {
  pending: number;
  dueSoon: number;
  dueToday: number;
  overdue: number;
  reportOverdue: number;
}

export interface UnitReminder {
  unitId: string;
  /** Distinct items with something to say. */
  items: number;
  counts: ReminderCounts;
  contactIds: string[];
}

export interface DigestResult {
  day: string;
  /** Units notified by this run. */
  sent: number;
  /** Units with something to say that had their digest of the day already. */
  alreadySent: number;
}

export const REMIND_JOB = 'supervision.remind';
export const remindJobData = z.object({ day: z.iso.date().optional() });

const BATCH_SIZE = 200;
const NO_UNIT = '00000000-0000-0000-0000-000000000000';

/** The notification's title: the unit's counts in words, or null when there is nothing to say. */
export function reminderTitle(counts: ReminderCounts): string | null {
  const parts = [
    counts.pending && `${counts.pending}项待签收`,
    counts.dueSoon && `${counts.dueSoon}项即将到期`,
    counts.dueToday && `${counts.dueToday}项今日到期`,
    counts.overdue && `${counts.overdue}项已超期`,
    counts.reportOverdue && `${counts.reportOverdue}项待反馈进展`,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? `督办提醒：${parts.join('，')}` : null;
}

type Ctx = Pick<ModuleContext, 'db' | 'org' | 'engine' | 'notify' | 'settings' | 'calendar'>;

/** Sends the day's digests, units in batches (by unit id), each batch in a transaction of its own. */
export async function sendReminders(ctx: Ctx, day: string = chinaDay(), opts: { batchSize?: number } = {}): Promise<DigestResult> {
  const blueDays = Number(ctx.settings.blueDays ?? 3);
  const batchSize = opts.batchSize ?? BATCH_SIZE;
  const result: DigestResult = { day, sent: 0, alreadySent: 0 };
  let after = NO_UNIT;
  for (;;) {
    const batch = await unitReminders(ctx.db, day, blueDays, after, batchSize);
    if (!batch.length) break;
    const sent = await sendBatch(ctx, day, batch);
    result.sent += sent;
    result.alreadySent += batch.length - sent;
    if (batch.length < batchSize) break;
    after = batch[batch.length - 1]!.unitId;
  }
  return result;
}

/** The next batch of units (by id, after `after`) with something to say on `day`, with their counts: one query. */
export async function unitReminders(db: Knex, day: string, blueDays: number, after: string, limit: number): Promise<UnitReminder[]> {
  const { rows } = await db.raw(
    `WITH d AS (SELECT ?::date AS day, ?::int AS blue)
     SELECT a.unit_id,
            count(DISTINCT a.item_id)::int AS items,
            count(*) FILTER (WHERE a.state = 'pending')::int AS pending,
            count(*) FILTER (WHERE i.due_on > d.day AND i.due_on - d.day <= d.blue)::int AS due_soon,
            count(*) FILTER (WHERE i.due_on = d.day)::int AS due_today,
            count(*) FILTER (WHERE i.due_on < d.day)::int AS overdue,
            count(*) FILTER (WHERE a.role = 'lead' AND i.next_report_due < d.day)::int AS report_overdue,
            coalesce(array_agg(DISTINCT a.contact_id::text) FILTER (WHERE a.contact_id IS NOT NULL), '{}'::text[]) AS contact_ids
       FROM supervision_assignments a
       JOIN supervision_items i ON i.id = a.item_id
      CROSS JOIN d
      WHERE i.state IN ('signing', 'handling')
        AND a.state <> 'declined' AND (a.role = 'lead' OR a.state <> 'done')
        AND (a.state = 'pending' OR i.due_on - d.day <= d.blue OR (a.role = 'lead' AND i.next_report_due < d.day))
        AND a.unit_id > ?::uuid
      GROUP BY a.unit_id
      ORDER BY a.unit_id
      LIMIT ?`,
    [day, blueDays, after, limit],
  );
  return (rows as Record<string, any>[]).map((r) => ({
    unitId: r.unit_id,
    items: r.items,
    counts: { pending: r.pending, dueSoon: r.due_soon, dueToday: r.due_today, overdue: r.overdue, reportOverdue: r.report_overdue },
    contactIds: r.contact_ids,
  }));
}

/** Writes the batch's digest rows (those of the day already there stay) and notifies the units whose row is new. */
async function sendBatch(ctx: Ctx, day: string, batch: readonly UnitReminder[]): Promise<number> {
  const registrars = groupByUnit(
    await ctx.org.postHolders(
      batch.map((u) => u.unitId),
      'registrar',
      { db: ctx.db },
    ),
  );
  return ctx.engine.transaction(async (trx) => {
    const inserted: { unit_id: string }[] = await trx('supervision_urges')
      .insert(batch.map((u) => ({ id: randomUUID(), item_id: null, unit_id: u.unitId, kind: 'digest', day, items: u.items })))
      .onConflict()
      .ignore()
      .returning('unit_id');
    const fresh = new Set(inserted.map((r) => r.unit_id));
    for (const unit of batch) {
      if (!fresh.has(unit.unitId)) continue;
      await ctx.notify(trx, {
        userIds: [...unit.contactIds, ...(registrars.get(unit.unitId) ?? [])],
        kind: 'supervision.reminder',
        title: reminderTitle(unit.counts) ?? '督办提醒',
        body: `${day} 本单位承办的督办事项提醒，请及时签收、办理并按期反馈进展。`,
        link: `/supervision?unitId=${unit.unitId}`,
      });
    }
    return fresh.size;
  });
}

function groupByUnit(holders: readonly OrgPostHolder[]): Map<string, string[]> {
  const byUnit = new Map<string, string[]>();
  for (const h of holders) byUnit.set(h.unitId, [...(byUnit.get(h.unitId) ?? []), h.person.id]);
  return byUnit;
}

/**
 * The scheduled run: on the installation's working days only (no reminders over a holiday or a
 * weekend, 调休 workdays included). A run for a named day — an operator catching up — goes ahead.
 */
export async function remindOnWorkingDays(ctx: Ctx, day?: string): Promise<DigestResult | { day: string; skipped: 'not a working day' }> {
  if (day) return sendReminders(ctx, day);
  const today = chinaDay();
  if (!(await ctx.calendar.isWorkingDay(today))) return { day: today, skipped: 'not a working day' };
  return sendReminders(ctx, today);
}
