import { type ModuleContext, type ServiceTaskExecution } from '@kunlun/core';
import { loadDocumentRow, readContent } from '../documentContent.ts';
import { validateContent } from '../contentValidation.ts';
import { assignDocumentNumber } from '../documentNumbering.ts';
import { searchTermsOf } from '../documentSearch.ts';
import { startDistribution } from '../distribution.ts';
import { documentNotFound } from '../documentAccess.ts';
import { ARCHIVED_EVENT } from '../incoming/incomingSteps.ts';
import { requestRendition } from './renditionProduction.ts';

/**
 * The service tasks of documents.outgoing, each inside the engine's move:
 * - documents.prepareCountersign (会签准备): the departments that countersign (those chosen and
 *   the joint issuers) as the process variable the countersign step is assigned by;
 * - documents.recordSignOff: the leader who signed off (who made the move) becomes the 签发人, that day the 成文日期;
 * - documents.assignNumber (登记): the document is checked as issued and numbered;
 * - documents.requestRendition (印制): the PDF is made on a worker;
 * - documents.distribute (核发): the fan-out to every recipient starts;
 * - documents.archive (归档).
 */
type Ctx = Pick<ModuleContext, 'jobs' | 'events' | 'log' | 'org'>;

async function documentOf(e: ServiceTaskExecution) {
  const doc = await loadDocumentRow(e.trx, String(e.variables.documentId), { forUpdate: true });
  if (!doc) throw documentNotFound();
  return doc;
}

export const outgoingSteps = (ctx: Ctx) => ({
  'documents.prepareCountersign': async (e: ServiceTaskExecution) => {
    const doc = await documentOf(e);
    const units = [...new Set([...((doc.countersign_unit_ids as string[]) ?? []), ...((doc.joint_unit_ids as string[]) ?? [])])].filter(
      (id) => id !== doc.issuing_unit_id,
    );
    return { countersignUnits: units, issuingUnit: doc.issuing_unit_id, title: doc.title, urgency: doc.urgency };
  },

  'documents.recordSignOff': async (e: ServiceTaskExecution) => {
    const doc = await documentOf(e);
    // The move that led here is the leader's 签发 (同意): they are the 签发人.
    const signer = e.actor;
    const others = ((doc.joint_unit_ids as string[]).length ? (doc.signers as string[]) : []).filter((s) => s !== signer?.name);
    const signers = signer ? [signer.name, ...others] : (doc.signers as string[]);
    await e.trx('documents_documents').where({ id: doc.id }).update({ signers, signed_off_at: e.trx.fn.now(), updated_at: e.trx.fn.now() });
    return { signedOffBy: signer?.name ?? null };
  },

  'documents.assignNumber': async (e: ServiceTaskExecution) => {
    const doc = await documentOf(e);
    await validateContent(ctx.org, e.trx, await readContent(e.trx, doc), 'issue');
    const number = await assignDocumentNumber(ctx.org, e.trx, doc.id);
    await e
      .trx('documents_documents')
      .where({ id: doc.id })
      .update({ state: doc.state === 'drafting' ? 'numbered' : doc.state, search_terms: searchTermsOf(doc.title, doc.body_text, number.docNumber) });
    return { docNumber: number.docNumber };
  },

  'documents.requestRendition': async (e: ServiceTaskExecution) => {
    const doc = await documentOf(e);
    await requestRendition(ctx, e.trx, doc.id, e.actor?.id ?? doc.drafted_by);
  },

  'documents.distribute': async (e: ServiceTaskExecution) => {
    const doc = await documentOf(e);
    const { distributionId, total } = await startDistribution(ctx, e.trx, doc.id, e.actor?.id ?? null);
    return { distributionId, recipients: total };
  },

  'documents.archive': async (e: ServiceTaskExecution) => {
    const doc = await documentOf(e);
    await e.trx('documents_documents').where({ id: doc.id }).update({ state: 'archived', archived_at: e.trx.fn.now(), updated_at: e.trx.fn.now() });
    await ctx.events.emitAfterCommit(e.trx, ARCHIVED_EVENT, { documentId: doc.id });
    return { archived: true };
  },
});
