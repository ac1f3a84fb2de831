import type { Knex } from 'knex';
import { unprocessable, text, type ModuleContext, type ServiceTaskHandler } from '@kunlun/core';
import { chinaDay, daysBetween } from './chinaDays.ts';
import { noticeUnits } from './itemNotices.ts';
import { assignmentsOf, lockedItem, type AssignmentRow, type ItemRow } from './itemRecord.ts';
import { nextReportDue } from './reportCadence.ts';

/**
 * The service tasks of supervision.item: each keeps the item's record in step with where its
 * process stands, inside the move's transaction.
 */
type Ctx = ModuleContext<'supervision'>;

const active = (a: AssignmentRow) => a.state !== 'declined';
const setState = (trx: Knex.Transaction, id: string, state: string, more: Record<string, unknown> = {}) =>
  trx('supervision_items')
    .where({ id })
    .update({ state, updated_at: trx.fn.now(), ...more });

export function itemSteps(ctx: Ctx): Record<string, ServiceTaskHandler> {
  return {
    'supervision.submitForReview': async ({ trx, variables }) => {
      const item = await lockedItem(trx, variables.itemId);
      await setState(trx, item.id, 'reviewing');
    },
    'supervision.backToRegistration': async ({ trx, variables }) => {
      const item = await lockedItem(trx, variables.itemId);
      await setState(trx, item.id, 'registering');
    },
    'supervision.issue': async ({ trx, variables }) => issue(ctx, trx, await lockedItem(trx, variables.itemId)),
    'supervision.settleSigning': async ({ trx, variables }) =>
      settleSigning(ctx, trx, await lockedItem(trx, variables.itemId), Number(variables.declinedAtIssue ?? 0)),
    'supervision.takeCompletion': async ({ trx, variables }) => {
      const item = await lockedItem(trx, variables.itemId);
      const report = await pendingCompletion(trx, item);
      if (!report) throw unprocessable('supervision.no_completion_report', text('请填写办结报告后再提交', 'Write the completion report first'));
      await setState(trx, item.id, 'completionReview');
    },
    'supervision.returnCompletion': async ({ trx, variables, actor }) => {
      const item = await lockedItem(trx, variables.itemId);
      const note = reviewNoteOf(variables);
      await trx('supervision_reports')
        .where({ item_id: item.id, kind: 'completion', review_state: 'pending' })
        .update({ review_state: 'returned', review_note: note, reviewed_by: actor?.id ?? null, reviewed_at: trx.fn.now() });
      // Back in hand: the reminders count the item again from today.
      const next = await nextReportDue(ctx.calendar, trx, item.cadence, chinaDay(), item.due_on);
      await setState(trx, item.id, 'handling', { next_report_due: next });
      const lead = (await assignmentsOf(trx, item.id)).filter((a) => a.role === 'lead' && active(a));
      await noticeUnits(ctx, trx, item, lead, { kind: 'supervision.completionReturned', title: '办结报告被退回', body: note });
      return { completionReviewNote: null };
    },
    'supervision.acceptCompletion': async ({ trx, variables, actor }) => {
      const item = await lockedItem(trx, variables.itemId);
      const note = reviewNoteOf(variables);
      await trx('supervision_reports')
        .where({ item_id: item.id, kind: 'completion', review_state: 'pending' })
        .update({ review_state: 'accepted', review_note: note, reviewed_by: actor?.id ?? null, reviewed_at: trx.fn.now() });
      await setState(trx, item.id, item.instructed_by ? 'leaderReview' : 'completionReview', { progress: 100 });
      return { completionReviewNote: null };
    },
    'supervision.coDone': async ({ trx, variables }) => {
      const item = await lockedItem(trx, variables.itemId);
      await trx('supervision_assignments').where({ item_id: item.id, role: 'co' }).whereNot('state', 'declined').update({ state: 'done' });
    },
    'supervision.reopen': async ({ trx, variables }) => reopen(ctx, trx, await lockedItem(trx, variables.itemId), variables),
    'supervision.close': async ({ trx, variables }) => {
      const item = await lockedItem(trx, variables.itemId);
      const onTime = chinaDay() <= item.due_on;
      await setState(trx, item.id, 'closed', { closed_at: trx.fn.now(), closed_on_time: onTime, next_report_due: null });
      await noticeUnits(ctx, trx, item, (await assignmentsOf(trx, item.id)).filter(active), { kind: 'supervision.closed', title: '督办事项已办结' });
      await ctx.events.emitAfterCommit(trx, 'supervision.itemClosed', { itemId: item.id, number: item.number, source: await sourceOf(trx, item.id), onTime });
    },
  };
}

/** 下发: the units not yet signed for it get their 签收 with the time to say it is not theirs. */
async function issue(ctx: Ctx, trx: Knex.Transaction, item: ItemRow) {
  const today = chinaDay();
  const signBy = await ctx.calendar.addWorkingDays(today, Number(ctx.settings.declineDays ?? 5), { db: trx });
  const assignments = await assignmentsOf(trx, item.id);
  const pending = assignments.filter((a) => a.state === 'pending');
  await trx('supervision_assignments')
    .whereIn(
      'id',
      pending.map((a) => a.id),
    )
    .whereNull('sign_by')
    .update({ sign_by: signBy });
  await setState(trx, item.id, 'signing');
  await noticeUnits(ctx, trx, item, pending, {
    kind: 'supervision.issued',
    title: '督办事项待签收',
    body: `请于${signBy}前签收；不属于本单位职责的，请在此前说明理由退回。`,
  });
  return {
    unitContacts: [...new Set(pending.map((a) => a.contact_id).filter(Boolean))],
    signWithin: `P${Math.max(1, daysBetween(today, signBy))}D`,
    declinedAtIssue: assignments.filter((a) => a.state === 'declined').length,
  };
}

/** After 签收: any unit that said "not ours" goes to 改派; otherwise the item is in hand. */
async function settleSigning(ctx: Ctx, trx: Knex.Transaction, item: ItemRow, declinedAtIssue: number) {
  const assignments = await assignmentsOf(trx, item.id);
  const declined = assignments.filter((a) => a.state === 'declined').length;
  if (declined > declinedAtIssue || !assignments.some((a) => a.role === 'lead' && active(a))) return { anyDeclined: true };
  // A step completed without a decision signs for the unit.
  await trx('supervision_assignments').where({ item_id: item.id, state: 'pending' }).update({ state: 'signed', signed_at: trx.fn.now() });
  return { anyDeclined: false, ...(await startHandling(ctx, trx, item, assignments.filter(active))) };
}

async function startHandling(ctx: Ctx, trx: Knex.Transaction, item: ItemRow, handling: readonly AssignmentRow[]) {
  const next = await nextReportDue(ctx.calendar, trx, item.cadence, chinaDay(), item.due_on);
  await setState(trx, item.id, 'handling', { next_report_due: next });
  await trx('supervision_assignments')
    .whereIn(
      'id',
      handling.map((a) => a.id),
    )
    .update({ next_report_due: next });
  const lead = handling.find((a) => a.role === 'lead')!;
  return {
    leadContact: lead.contact_id,
    coContacts: [
      ...new Set(
        handling
          .filter((a) => a.role === 'co')
          .map((a) => a.contact_id)
          .filter(Boolean),
      ),
    ],
  };
}

/** 重新交办: the leader's new deadline and requirement; the units handle it again. */
async function reopen(ctx: Ctx, trx: Knex.Transaction, item: ItemRow, variables: Readonly<Record<string, unknown>>) {
  const dueOn = typeof variables.reopenDueOn === 'string' ? variables.reopenDueOn : null;
  const today = chinaDay();
  if (!dueOn || dueOn < today)
    throw unprocessable('supervision.reopen_needs_due', text('重新交办须填写不早于今天的新期限', 'Reopening needs a new deadline from today on'), { dueOn });
  const requirement = typeof variables.reopenRequirement === 'string' ? variables.reopenRequirement.trim() : '';
  await trx('supervision_items')
    .where({ id: item.id })
    .update({
      round: item.round + 1,
      due_on: dueOn,
      required_answer: requirement ? trx.raw(`required_answer || ?`, [`\n【重新交办】${requirement}`]) : trx.raw('required_answer'),
      closed_on_time: null,
      progress: 0,
    });
  await trx('supervision_assignments').where({ item_id: item.id, state: 'done' }).update({ state: 'signed' });
  const handling = (await assignmentsOf(trx, item.id)).filter(active);
  const reopened = { ...item, due_on: dueOn, round: item.round + 1 };
  const people = await startHandling(ctx, trx, reopened, handling);
  await noticeUnits(ctx, trx, item, handling, { kind: 'supervision.reopened', title: '督办事项重新交办', body: requirement || null });
  await ctx.events.emitAfterCommit(trx, 'supervision.itemReopened', {
    itemId: item.id,
    number: item.number,
    source: await sourceOf(trx, item.id),
    dueOn,
    round: item.round + 1,
  });
  return { ...people, reopenDueOn: null, reopenRequirement: null };
}

async function pendingCompletion(trx: Knex.Transaction, item: ItemRow) {
  return trx('supervision_reports').where({ item_id: item.id, kind: 'completion', review_state: 'pending' }).first('id');
}

/** What the office wrote on the completion report at 审核办结报告 (kept for the report's record). */
const reviewNoteOf = (variables: Readonly<Record<string, unknown>>) =>
  typeof variables.completionReviewNote === 'string' && variables.completionReviewNote.trim() ? variables.completionReviewNote.trim() : null;

async function sourceOf(trx: Knex.Transaction, itemId: string) {
  const row = await trx('supervision_items').where({ id: itemId }).first('source_module', 'source_type', 'source_id', 'source_title');
  return row?.source_id ? { module: row.source_module, kind: row.source_type, id: row.source_id, title: row.source_title ?? '' } : null;
}
