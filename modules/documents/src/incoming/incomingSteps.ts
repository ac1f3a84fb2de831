import { text, unprocessable, type ModuleContext, type ServiceTaskExecution } from '@kunlun/core';
import { handlingDeadline } from '../handlingDeadline.ts';
import { dayOf } from '../documentContent.ts';
import { assignIncomingNumber } from './incomingNumbering.ts';
import { incomingNotFound } from './incomingRecord.ts';
import { RETURNED_EVENT } from './incomingRegistration.ts';
import { superviseIncoming } from './incomingSupervision.ts';

/**
 * The service tasks of documents.incoming, each inside the engine's move:
 * - documents.assignIncomingNumber (收文登记): the unit's next 收文编号;
 * - documents.returnToSender (退文): the reason written at 初审 goes back to the sender's receipt table;
 * - documents.prepareHandling (分办): the lead and assisting departments, readers and the due
 *   period from the 批办, as the variables the process routes on; 列入督办 registers the 批办 as a
 *   supervision item in the same move (where supervision is enabled);
 * - documents.archiveIncoming (归档).
 */
export const INSTRUCTED_EVENT = 'documents.instructed';
export const ARCHIVED_EVENT = 'documents.archived';

type Ctx = Pick<ModuleContext, 'events' | 'org' | 'services'>;

async function recordOf(e: ServiceTaskExecution) {
  const record = await e
    .trx('documents_incoming')
    .where({ id: String(e.variables.incomingId) })
    .forUpdate()
    .first();
  if (!record) throw incomingNotFound();
  return record;
}

export const incomingSteps = (ctx: Ctx) => ({
  'documents.assignIncomingNumber': async (e: ServiceTaskExecution) => ({
    incomingNumber: await assignIncomingNumber(ctx.org, e.trx, String(e.variables.incomingId)),
  }),

  'documents.returnToSender': async (e: ServiceTaskExecution) => {
    const record = await recordOf(e);
    const reason = String(record.return_reason ?? '').trim();
    if (!reason) throw unprocessable('documents.return_reason_required', text('退文须填写退文理由', 'Give the reason for returning the document'));
    // The move that led here is the 初审's 不同意: whoever made it returned the document.
    if (record.receipt_id) {
      await e
        .trx('documents_receipts')
        .where({ id: record.receipt_id })
        .update({ state: 'returned', returned_by: e.actor?.id ?? null, returned_at: e.trx.fn.now(), return_reason: reason });
    }
    await e.trx('documents_incoming').where({ id: record.id }).update({ state: 'returned', updated_at: e.trx.fn.now() });
    await ctx.events.emitAfterCommit(e.trx, RETURNED_EVENT, { documentId: record.document_id, unitId: record.unit_id, incomingId: record.id, reason });
    return { returned: true };
  },

  'documents.prepareHandling': async (e: ServiceTaskExecution) => {
    const record = await recordOf(e);
    if (!record.lead_unit_id)
      throw unprocessable('documents.lead_required', text('请指定主办单位后再批办', 'Name the lead department before completing the instruction'));
    const doc = await e.trx('documents_documents').where({ id: record.document_id }).first('urgency', 'title', 'issuer_name', 'doc_number', 'external_number');
    const due = handlingDeadline(doc.urgency, record.due_on ? dayOf(record.due_on) : null);
    await e.trx('documents_incoming').where({ id: record.id }).update({ due_on: due.dueOn, updated_at: e.trx.fn.now() });
    const payload = {
      incomingId: record.id,
      documentId: record.document_id,
      unitId: record.unit_id,
      title: doc.title,
      leadUnitId: record.lead_unit_id,
      assistUnitIds: record.assist_unit_ids,
      dueOn: due.dueOn,
      instruction: record.instruction,
    };
    await ctx.events.emitAfterCommit(e.trx, INSTRUCTED_EVENT, payload);
    if (record.supervise) {
      await superviseIncoming(ctx, e.trx, {
        incomingId: record.id,
        title: doc.title,
        issuerName: doc.issuer_name,
        docNumber: doc.doc_number ?? doc.external_number ?? null,
        urgency: doc.urgency,
        instructedBy: e.actor?.id ?? null,
        instruction: record.instruction,
        registeredBy: record.registered_by,
        leadUnitId: record.lead_unit_id,
        assistUnitIds: record.assist_unit_ids ?? [],
        dueOn: due.dueOn,
      });
    }
    return {
      leadUnit: record.lead_unit_id,
      assistUnits: record.assist_unit_ids ?? [],
      readers: record.reader_ids ?? [],
      handlingDue: due.duration,
      dueOn: due.dueOn,
    };
  },

  'documents.archiveIncoming': async (e: ServiceTaskExecution) => {
    const record = await recordOf(e);
    await e.trx('documents_incoming').where({ id: record.id }).update({ state: 'archived', archived_at: e.trx.fn.now(), updated_at: e.trx.fn.now() });
    await ctx.events.emitAfterCommit(e.trx, ARCHIVED_EVENT, { documentId: record.document_id, incomingId: record.id, unitId: record.unit_id });
    return { archived: true };
  },
});
