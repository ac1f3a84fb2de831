import type { Knex } from 'knex';
import type { WorkingCalendar } from '@kunlun/core';
import { addDays } from './chinaDays.ts';
import { SOURCE_KINDS, URGENCIES, type ItemUrgency, type SourceKind } from './itemVocabulary.ts';

/**
 * 默认办理期限 where the instruction gives none, per source and urgency: what one province's
 * rules say (documents 30 days, meeting minutes 20 days; a leader's urgent instruction within 5
 * working days, a normal one 15 days, a hard one 30; 人大建议/政协提案 within 3 months, 6 for
 * hard cases). An installation changes any of them (supervision_deadline_rules); a rule counts
 * calendar days or working days of the installation's calendar (调休 included).
 */
export interface DeadlineRule {
  sourceKind: SourceKind;
  urgency: ItemUrgency;
  days: number;
  workingDays: boolean;
}

const DEFAULTS: Record<SourceKind, Record<ItemUrgency, [days: number, working: boolean]>> = {
  instruction: { urgent: [5, true], normal: [15, false], difficult: [30, false] },
  meeting: { urgent: [10, true], normal: [20, false], difficult: [30, false] },
  document: { urgent: [15, false], normal: [30, false], difficult: [45, false] },
  superior: { urgent: [5, true], normal: [15, false], difficult: [30, false] },
  deputy: { urgent: [60, false], normal: [90, false], difficult: [180, false] },
  proposal: { urgent: [60, false], normal: [90, false], difficult: [180, false] },
  other: { urgent: [5, true], normal: [15, false], difficult: [30, false] },
};

/** Every rule of the installation: its own where it set one, the default otherwise. */
export async function deadlineRules(db: Knex | Knex.Transaction): Promise<DeadlineRule[]> {
  const rows: { source_kind: SourceKind; urgency: ItemUrgency; days: number; working_days: boolean }[] = await db('supervision_deadline_rules').select();
  const own = new Map(rows.map((r) => [`${r.source_kind}/${r.urgency}`, r]));
  return SOURCE_KINDS.flatMap((sourceKind) =>
    URGENCIES.map((urgency) => {
      const row = own.get(`${sourceKind}/${urgency}`);
      const [days, workingDays] = row ? [row.days, row.working_days] : DEFAULTS[sourceKind][urgency];
      return { sourceKind, urgency, days, workingDays };
    }),
  );
}

/** Replaces the installation's rules (the ones given; others keep theirs). */
export async function saveDeadlineRules(trx: Knex.Transaction, rules: readonly DeadlineRule[], userId: string): Promise<void> {
  if (!rules.length) return;
  await trx('supervision_deadline_rules')
    .insert(
      rules.map((r) => ({
        source_kind: r.sourceKind,
        urgency: r.urgency,
        days: r.days,
        working_days: r.workingDays,
        updated_by: userId,
        updated_at: trx.fn.now(),
      })),
    )
    .onConflict(['source_kind', 'urgency'])
    .merge();
}

/** The deadline an item gets from the rule for its source and urgency, counted from the day it was received. */
export async function defaultDueOn(
  db: Knex | Knex.Transaction,
  calendar: WorkingCalendar,
  sourceKind: SourceKind,
  urgency: ItemUrgency,
  receivedOn: string,
): Promise<string> {
  const rule = (await deadlineRules(db)).find((r) => r.sourceKind === sourceKind && r.urgency === urgency)!;
  return rule.workingDays ? calendar.addWorkingDays(receivedOn, rule.days, { db }) : addDays(receivedOn, rule.days);
}
