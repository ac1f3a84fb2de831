import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { conflict, notFound, text, unprocessable, type ModuleContext } from '@kunlun/core';
import { refuseClassified } from '../secrecyRefusal.ts';
import { changedKeys, CONTENT_FIELDS, contentColumns, loadDocumentRow, mergeContent, readContent, writeAttachments, writeRecipients, type DocumentContent } from '../documentContent.ts';
import { issuingUnitFor, validateContent } from '../contentValidation.ts';
import type { RuleProblem } from '../documentRules.ts';
import { openStepsOf } from '../processRecords.ts';
import { loadStepForm, requireEditable } from '../stepPermissions.ts';

/**
 * 拟稿: a drafter writes a document in their unit and the outgoing process (documents.outgoing)
 * starts with it in one transaction; later steps change the fields their step allows. Every
 * change is validated whole (nothing classified, the regulations' rules) before it is stored.
 */
export const DOCUMENT_OWNER = 'documents.document';
export const OUTGOING_PROCESS = 'documents.outgoing';

const outgoingForm = loadStepForm('documents.outgoing');

export interface Person {
  id: string;
  name: string;
  unitId: string | null;
}

export type DraftInput = Partial<DocumentContent> & Pick<DocumentContent, 'docType' | 'title'> & { issuingUnitId?: string | undefined; secrecy?: string | null | undefined };
export type DocumentChange = Partial<DocumentContent> & { secrecy?: string | null | undefined };

const blank = (issuingUnitId: string, docType: DocumentContent['docType'], title: string): DocumentContent => ({
  docType,
  title,
  urgency: 'normal',
  copyNumber: null,
  issuingUnitId,
  jointUnitIds: [],
  mainRecipientIds: [],
  copyRecipientIds: [],
  mainTo: [],
  copyTo: [],
  bodyHtml: '',
  bodyFileId: null,
  attachments: [],
  signers: [],
  signature: null,
  writtenDate: null,
  note: null,
  printedBy: null,
  printedOn: null,
  countersignUnitIds: [],
  sealed: false,
  sealFileId: null,
  retention: null,
});

const problems = (warnings: RuleProblem[]) => warnings.map((w) => ({ code: w.code, field: w.field, message: w.message['zh-CN'] }));

function fileIdsOf(c: DocumentContent): string[] {
  return [...c.attachments.map((a) => a.fileId), ...(c.bodyFileId ? [c.bodyFileId] : []), ...(c.sealFileId ? [c.sealFileId] : [])];
}

async function requirePngSeal(trx: Knex.Transaction, sealFileId: string | null): Promise<void> {
  if (!sealFileId) return;
  const file = await trx('core_files').where({ id: sealFileId }).first('mime');
  if (file && file.mime !== 'image/png') throw unprocessable('documents.seal_not_png', text('印章图片须为 PNG 格式', 'The seal image must be a PNG'));
}

export async function draftDocument(ctx: Pick<ModuleContext, 'engine' | 'files'>, input: DraftInput, drafter: Person) {
  refuseClassified({ secrecy: input.secrecy, title: input.title, note: input.note });
  const unitId = drafter.unitId;
  if (!unitId) throw unprocessable('documents.no_unit', text('您没有所在单位，不能拟稿', 'You act for no unit and cannot draft'));
  return ctx.engine.transaction(async (trx) => {
    const issuer = await issuingUnitFor(trx, unitId, input.issuingUnitId);
    const { secrecy: _secrecy, issuingUnitId: _issuer, ...fields } = input;
    const content = mergeContent(blank(issuer.id, input.docType, input.title), fields);
    const checked = await validateContent(trx, content, 'draft');
    await requirePngSeal(trx, content.sealFileId);
    const id = randomUUID();
    await ctx.files.link(trx, fileIdsOf(content), DOCUMENT_OWNER, id, drafter.id);
    await trx('documents_documents').insert({
      id,
      origin: 'system',
      ...contentColumns(content, { issuerName: checked.issuerName, direction: checked.direction }),
      drafting_unit_id: unitId,
      drafted_by: drafter.id,
      state: 'drafting',
    });
    await writeRecipients(trx, id, content);
    await writeAttachments(trx, id, content.attachments);
    const started = await ctx.engine.start(trx, OUTGOING_PROCESS, {
      variables: { documentId: id, title: content.title, docType: content.docType, urgency: content.urgency, issuingUnit: issuer.id, countersignUnits: [] },
      title: content.title,
      businessKey: id,
      urgency: content.urgency,
      initiatorId: drafter.id,
      initiatorUnitId: unitId,
      actor: drafter,
    });
    await trx('documents_documents').where({ id }).update({ instance_id: started.instanceId });
    return { id, instanceId: started.instanceId, taskId: started.tasks[0]?.id ?? null, warnings: problems(checked.warnings) };
  });
}

/** A change by the holder of an open step: only the fields that step may edit. */
export async function changeDocument(ctx: Pick<ModuleContext, 'engine' | 'files'>, documentId: string, change: DocumentChange, editor: Person) {
  refuseClassified({ secrecy: change.secrecy, title: change.title, note: change.note });
  return ctx.engine.transaction(async (trx) => {
    const row = await loadDocumentRow(trx, documentId, { forUpdate: true });
    if (!row || row.origin !== 'system') throw notFound('documents.not_found', text('公文不存在', 'No such document'));
    if (row.state === 'cancelled' || row.state === 'archived') throw conflict('documents.closed', text('公文已归档或已撤销，不能修改', 'The document is archived or cancelled'));
    const { mine } = await openStepsOf(trx, row.instance_id, editor.id);
    const current = await readContent(trx, row);
    const { secrecy: _secrecy, ...fields } = change;
    const next = mergeContent(current, fields);
    if (next.issuingUnitId !== current.issuingUnitId) {
      throw unprocessable('documents.issuer_fixed', text('主办发文机关拟稿后不能更改，请重新拟稿', 'The lead issuing body is fixed once drafted'));
    }
    const keys = changedKeys(current, next);
    requireEditable(outgoingForm, mine.map((s) => s.elementId), [...new Set(keys.map((k) => CONTENT_FIELDS[k]))]);
    const checked = await validateContent(trx, next, 'draft');
    await requirePngSeal(trx, next.sealFileId);
    await ctx.files.link(trx, fileIdsOf(next), DOCUMENT_OWNER, documentId, editor.id);
    await trx('documents_documents')
      .where({ id: documentId })
      .update({ ...contentColumns(next, { issuerName: checked.issuerName, direction: checked.direction, docNumber: row.doc_number }), updated_at: trx.fn.now() });
    if (keys.includes('mainRecipientIds') || keys.includes('copyRecipientIds')) await writeRecipients(trx, documentId, next);
    if (keys.includes('attachments')) await writeAttachments(trx, documentId, next.attachments);
    return { changed: keys, warnings: problems(checked.warnings) };
  });
}
