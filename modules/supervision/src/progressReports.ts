import { randomUUID } from 'node:crypto';
import { conflict, text, type ModuleContext } from '@kunlun/core';
import { chinaDay } from './chinaDays.ts';
import { noticeUnits } from './itemNotices.ts';
import { assignmentsOf, lockedItem } from './itemRecord.ts';
import { nextReportDue } from './reportCadence.ts';

/**
 * 进展反馈 for a cycle: a co-unit reports to the lead, the lead to the supervision office. The
 * lead's report sets the item's progress and, with the cadence, when the next one is due; a
 * co-unit's sets its own next due date. Reports are kept in order; nothing is overwritten.
 */
export interface ProgressReport {
  unitId: string;
  content: string;
  progress?: number | undefined;
}

export async function reportProgress(
  ctx: ModuleContext<'supervision'>,
  itemId: string,
  report: ProgressReport,
  reporter: string,
): Promise<{ id: string; nextReportDue: string | null }> {
  return ctx.engine.transaction(async (trx) => {
    const item = await lockedItem(trx, itemId);
    if (item.state !== 'handling' && item.state !== 'signing')
      throw conflict('supervision.not_in_hand', text('事项不在办理中，不能反馈进展', 'The item is not in hand'), { state: item.state });
    const assignments = await assignmentsOf(trx, item.id);
    const assignment = assignments.find((a) => a.unit_id === report.unitId && (a.state === 'signed' || a.state === 'done'));
    if (!assignment)
      throw conflict('supervision.not_signed', text('本单位签收后才能反馈进展', 'Sign for the item before reporting'), { unitId: report.unitId });
    const today = chinaDay();
    const cycleDue = assignment.role === 'lead' ? await trx('supervision_items').where({ id: item.id }).first('next_report_due') : null;
    const next = await nextReportDue(ctx.calendar, trx, item.cadence, today, item.due_on);
    const id = randomUUID();
    await trx('supervision_reports').insert({
      id,
      item_id: item.id,
      assignment_id: assignment.id,
      unit_id: assignment.unit_id,
      kind: 'progress',
      addressed_to: assignment.role === 'lead' ? 'office' : 'lead',
      content: report.content,
      progress: report.progress ?? null,
      cycle_due: cycleDue?.next_report_due ?? null,
      round: item.round,
      reported_by: reporter,
    });
    await trx('supervision_assignments').where({ id: assignment.id }).update({ last_report_at: trx.fn.now(), next_report_due: next });
    if (assignment.role === 'lead') {
      await trx('supervision_items')
        .where({ id: item.id })
        .update({ next_report_due: next, ...(report.progress !== undefined ? { progress: report.progress } : {}), updated_at: trx.fn.now() });
    } else {
      const lead = assignments.filter((a) => a.role === 'lead' && a.state !== 'declined');
      await noticeUnits(ctx, trx, item, lead, { kind: 'supervision.coReported', title: '协办单位反馈了进展' });
    }
    return { id, nextReportDue: next };
  });
}
