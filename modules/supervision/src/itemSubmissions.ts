import { randomUUID } from 'node:crypto';
import { conflict, unprocessable, text, type FormSubmission, type FormSubmitHandler, type FormValuesReader, type ModuleContext } from '@kunlun/core';
import { chinaDay, dayOf } from './chinaDays.ts';
import { resolveHandlingUnits } from './handlingUnits.ts';
import { assignmentsOf, lockedItem, type AssignmentRow } from './itemRecord.ts';

/**
 * What people submit at the steps of supervision.item (the form is kept in the item's record):
 * 签收 or "not ours" with a reason, 改派 to other units, the 办结报告, a co-unit's view for the
 * lead, the office's note on the completion report, and the leader's new deadline when the item
 * is reopened.
 */
type Ctx = ModuleContext<'supervision'>;

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

export function takeItemSubmission(ctx: Ctx): FormSubmitHandler {
  return async (s) => {
    switch (s.elementId) {
      case 'signFor':
        return signFor(ctx, s);
      case 'reassign':
        return reassign(ctx, s);
      case 'handleLead':
        return report(ctx, s, 'completion', str(s.values.completionReport));
      case 'handleCo':
        return report(ctx, s, 'progress', str(s.values.coView));
      case 'completionReview':
        return { variables: { completionReviewNote: str(s.values.reviewNote) || null } };
      case 'leaderReview':
        return { variables: { reopenDueOn: s.values.newDueOn ?? null, reopenRequirement: str(s.values.newRequirement) || null } };
      default:
        return undefined;
    }
  };
}

/** The actor's assignment among the given ones: the one they are the contact of, else one of a unit they work in. */
async function actorsAssignment(ctx: Ctx, s: FormSubmission, among: readonly AssignmentRow[]): Promise<AssignmentRow> {
  const own = among.find((a) => a.contact_id === s.actor.id);
  if (own) return own;
  const units = new Set((await ctx.org.unitsOf(s.actor.id, { db: s.trx })).map((u) => u.id));
  const ofUnit = among.find((a) => units.has(a.unit_id));
  if (!ofUnit) throw conflict('supervision.not_a_handling_unit', text('您所在单位不是该事项的承办单位', 'Your unit does not handle this item'));
  return ofUnit;
}

async function signFor(ctx: Ctx, s: FormSubmission) {
  const item = await lockedItem(s.trx, s.businessKey);
  const pending = (await assignmentsOf(s.trx, item.id)).filter((a) => a.state === 'pending');
  const assignment = await actorsAssignment(ctx, s, pending);
  if (s.values.signDecision === 'decline') {
    const reason = str(s.values.declineReason);
    if (!reason) throw unprocessable('supervision.decline_needs_reason', text('退回须说明不属于本单位职责的理由', 'Say why it is not yours'));
    if (assignment.sign_by && chinaDay() > assignment.sign_by)
      throw conflict(
        'supervision.decline_too_late',
        text(`已超过退回时限（${assignment.sign_by}），请先签收再与督查室沟通`, `Too late to return it (limit ${assignment.sign_by})`),
        {
          signBy: assignment.sign_by,
        },
      );
    await s
      .trx('supervision_assignments')
      .where({ id: assignment.id })
      .update({ state: 'declined', declined_reason: reason, declined_at: s.trx.fn.now(), signed_by: s.actor.id });
    if (assignment.role === 'lead') await s.trx('supervision_items').where({ id: item.id }).update({ lead_unit_id: null });
  } else {
    await s
      .trx('supervision_assignments')
      .where({ id: assignment.id })
      .update({ state: 'signed', signed_at: s.trx.fn.now(), signed_by: s.actor.id, contact_id: s.trx.raw('coalesce(contact_id, ?)', [s.actor.id]) });
  }
  return undefined;
}

/** 改派: the units that take the declined ones' place; the first takes the lead when the lead declined. */
async function reassign(ctx: Ctx, s: FormSubmission) {
  const item = await lockedItem(s.trx, s.businessKey);
  const assignments = await assignmentsOf(s.trx, item.id);
  const unitIds = (Array.isArray(s.values.reassignedUnits) ? s.values.reassignedUnits : [s.values.reassignedUnits]).filter(
    (u): u is string => typeof u === 'string',
  );
  const taken = new Set(assignments.filter((a) => a.state !== 'declined').map((a) => a.unit_id));
  const fresh = unitIds.filter((u) => !taken.has(u));
  if (!fresh.length) throw unprocessable('supervision.reassign_needs_units', text('请选择改派的承办单位', 'Choose the units to take it'));
  const leadGone = !assignments.some((a) => a.role === 'lead' && a.state !== 'declined');
  const [first, ...rest] = fresh;
  const units = await resolveHandlingUnits(
    ctx.org,
    s.trx,
    { unitId: first! },
    rest.map((unitId) => ({ unitId })),
  );
  await s.trx('supervision_assignments').insert(
    units.map((u, i) => ({
      id: randomUUID(),
      item_id: item.id,
      unit_id: u.unitId,
      role: i === 0 && leadGone ? 'lead' : 'co',
      position: assignments.length + i,
      contact_id: u.contactId,
      contact_name: u.contactName,
      contact_phone: u.contactPhone,
      state: 'pending',
    })),
  );
  if (leadGone) await s.trx('supervision_items').where({ id: item.id }).update({ lead_unit_id: units[0]!.unitId });
  return undefined;
}

async function report(ctx: Ctx, s: FormSubmission, kind: 'completion' | 'progress', content: string) {
  if (!content) return undefined;
  const item = await lockedItem(s.trx, s.businessKey);
  const assignments = (await assignmentsOf(s.trx, item.id)).filter(
    (a) => a.state !== 'declined' && (kind === 'completion' ? a.role === 'lead' : a.role === 'co'),
  );
  const assignment = await actorsAssignment(ctx, s, assignments);
  if (kind === 'completion') await s.trx('supervision_reports').where({ item_id: item.id, kind: 'completion', review_state: 'pending' }).delete();
  await s.trx('supervision_reports').insert({
    id: randomUUID(),
    item_id: item.id,
    assignment_id: assignment.id,
    unit_id: assignment.unit_id,
    kind,
    addressed_to: kind === 'completion' ? 'office' : 'lead',
    content,
    progress: kind === 'completion' ? 100 : null,
    round: item.round,
    reported_by: s.actor.id,
    review_state: kind === 'completion' ? 'pending' : null,
  });
  await s
    .trx('supervision_assignments')
    .where({ id: assignment.id })
    .update({ last_report_at: s.trx.fn.now(), ...(kind === 'progress' ? { state: 'done' } : {}) });
  return undefined;
}

/** The form's values for the task and print pages: the item as registered, and what was written at its steps. */
export const readItemForm: FormValuesReader = async ({ db, businessKey }) => {
  if (!businessKey) return null;
  const item = await db('supervision_items').where({ id: businessKey }).first('number', 'title', 'content', 'due_on');
  if (!item) return null;
  const completion = await db('supervision_reports')
    .where({ item_id: businessKey, kind: 'completion' })
    .orderBy('reported_at', 'desc')
    .first('content', 'review_note');
  return {
    number: item.number,
    title: item.title,
    content: item.content,
    dueOn: dayOf(item.due_on),
    completionReport: completion?.content ?? null,
    reviewNote: completion?.review_note ?? null,
  };
};
