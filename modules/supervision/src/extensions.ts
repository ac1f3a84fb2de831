import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { conflict, unprocessable, text, type FormSubmitHandler, type FormValuesReader, type ModuleContext, type ServiceTaskHandler } from '@kunlun/core';
import { chinaDay, dayOf } from './chinaDays.ts';
import { noticeUnits } from './itemNotices.ts';
import { assignmentsOf, lockedItem } from './itemRecord.ts';

/**
 * 延期: the lead unit asks before the deadline, with a reason and a new date; the supervision
 * office approves or refuses it (supervision.extension, 审批). An approved extension moves the
 * deadline, and on-time statistics count against the moved one. At most `maxExtensions`
 * approved per item, one request open at a time; every request and decision is kept.
 */
type Ctx = ModuleContext<'supervision'>;

export interface ExtensionRequest {
  unitId: string;
  reason: string;
  requestedDueOn: string;
}

export async function requestExtension(ctx: Ctx, itemId: string, request: ExtensionRequest, requester: string): Promise<{ id: string }> {
  return ctx.engine.transaction(async (trx) => {
    const item = await lockedItem(trx, itemId);
    if (item.state !== 'handling' && item.state !== 'signing')
      throw conflict('supervision.not_in_hand', text('事项不在办理中，不能申请延期', 'The item is not in hand'), { state: item.state });
    const lead = (await assignmentsOf(trx, item.id)).find((a) => a.role === 'lead' && a.state !== 'declined');
    if (!lead || lead.unit_id !== request.unitId)
      throw conflict('supervision.extension_by_lead', text('延期由牵头单位申请', 'The lead unit asks for extensions'), { unitId: request.unitId });
    if (chinaDay() > item.due_on)
      throw conflict('supervision.extension_too_late', text(`已超过办理期限（${item.due_on}），不能再申请延期`, `The deadline ${item.due_on} has passed`), {
        dueOn: item.due_on,
      });
    if (request.requestedDueOn <= item.due_on)
      throw unprocessable('supervision.extension_not_later', text('延期后的期限须晚于现期限', 'The new deadline must be later than the current one'), {
        dueOn: item.due_on,
      });
    const approved = Number((await trx('supervision_extensions').where({ item_id: item.id, state: 'approved' }).count({ n: '*' }).first())?.n ?? 0);
    const most = Number(ctx.settings.maxExtensions ?? 2);
    if (approved >= most)
      throw conflict('supervision.extensions_used', text(`每项最多延期${most}次，已用完`, `At most ${most} extensions per item`), { approved });
    if (await trx('supervision_extensions').where({ item_id: item.id, state: 'pending' }).first('id'))
      throw conflict('supervision.extension_pending', text('已有一项延期申请在审批中', 'An extension request is already awaiting a decision'));
    const id = randomUUID();
    await trx('supervision_extensions').insert({
      id,
      item_id: item.id,
      unit_id: request.unitId,
      requested_by: requester,
      reason: request.reason,
      requested_due_on: request.requestedDueOn,
      previous_due_on: item.due_on,
      state: 'pending',
    });
    const office = await ctx.org.unit(item.office_unit_id, { db: trx });
    const unit = await ctx.org.unit(request.unitId, { db: trx });
    const { instanceId } = await ctx.engine.start(trx, 'supervision.extension', {
      variables: { extensionId: id, itemId: item.id, title: item.title, officeUnit: item.office_unit_id, officeParent: office?.parentId ?? null },
      title: `延期申请：${item.number} ${item.title}（${unit?.shortName || unit?.name || ''}申请延至${request.requestedDueOn}）`,
      businessKey: id,
      initiatorId: requester,
      initiatorUnitId: request.unitId,
    });
    await trx('supervision_extensions').where({ id }).update({ instance_id: instanceId });
    return { id };
  });
}

/** 审批 done: the decision is recorded, and an approval moves the deadline. */
export function decideExtension(ctx: Ctx): ServiceTaskHandler {
  return async ({ trx, variables, actor }) => {
    const approve = variables.outcome !== 'disagree';
    const extension = await trx('supervision_extensions')
      .where({ id: String(variables.extensionId) })
      .forUpdate()
      .first();
    if (!extension || extension.state !== 'pending')
      throw conflict('supervision.extension_decided', text('该延期申请已审批', 'The request was already decided'));
    const item = await lockedItem(trx, extension.item_id);
    const note = typeof variables.decisionNote === 'string' && variables.decisionNote.trim() ? variables.decisionNote.trim() : null;
    await trx('supervision_extensions')
      .where({ id: extension.id })
      .update({ state: approve ? 'approved' : 'refused', decided_by: actor?.id ?? null, decided_at: trx.fn.now(), decision_note: note });
    const newDue = dayOf(extension.requested_due_on);
    if (approve) await moveDeadline(trx, item.id, newDue);
    const lead = (await assignmentsOf(trx, item.id)).filter((a) => a.unit_id === extension.unit_id);
    await noticeUnits(ctx, trx, item, lead, {
      kind: approve ? 'supervision.extensionApproved' : 'supervision.extensionRefused',
      title: approve ? `延期申请已同意（延至${newDue}）` : '延期申请未同意',
      body: note,
    });
    return { decisionNote: null };
  };
}

async function moveDeadline(trx: Knex.Transaction, itemId: string, dueOn: string): Promise<void> {
  await trx('supervision_items').where({ id: itemId }).update({ due_on: dueOn, updated_at: trx.fn.now() });
}

/** What the office decides on: the form of supervision.extension, read from the request. */
export function readExtensionForm(org: ModuleContext['org']): FormValuesReader {
  return async ({ db, businessKey }) => {
    if (!businessKey) return null;
    const row = await db('supervision_extensions as e')
      .join('supervision_items as i', 'i.id', 'e.item_id')
      .where('e.id', businessKey)
      .first('i.number', 'i.title', 'e.unit_id', 'e.previous_due_on', 'e.requested_due_on', 'e.reason');
    if (!row) return null;
    const unit = await org.unit(row.unit_id, { db });
    return {
      number: row.number,
      title: row.title,
      unitName: unit?.name ?? '',
      previousDueOn: dayOf(row.previous_due_on),
      requestedDueOn: dayOf(row.requested_due_on),
      reason: row.reason,
    };
  };
}

/** The office's note on its decision, kept with the request. */
export const takeExtensionSubmission: FormSubmitHandler = async (s) =>
  s.elementId === 'decide' ? { variables: { decisionNote: typeof s.values.decisionNote === 'string' ? s.values.decisionNote : null } } : undefined;
