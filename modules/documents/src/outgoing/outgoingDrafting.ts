import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { conflict, notFound, text, unprocessable, type Files, type FormSubmission, type ModuleContext } from '@kunlun/core';
import { refuseClassified } from '../secrecyRefusal.ts';
import {
  changedKeys,
  CONTENT_FIELDS,
  contentColumns,
  loadDocumentRow,
  mergeContent,
  readContent,
  writeAttachments,
  writeRecipients,
  type DocumentContent,
  type DocumentRow,
} from '../documentContent.ts';
import { outgoingChangeOf } from './outgoingForm.ts';
import { issuingUnitFor, validateContent } from '../contentValidation.ts';
import type { RuleProblem } from '../documentRules.ts';
import type { DocumentSource } from '../contract.ts';
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

export type DraftInput = Partial<DocumentContent> &
  Pick<DocumentContent, 'docType' | 'title'> & { issuingUnitId?: string | undefined; secrecy?: string | null | undefined };
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

async function requirePngSeal(trx: Knex.Transaction, files: Pick<Files, 'info'>, sealFileId: string | null): Promise<void> {
  if (!sealFileId) return;
  const [file] = await files.info([sealFileId], trx);
  if (file && file.mime !== 'image/png') throw unprocessable('documents.seal_not_png', text('印章图片须为 PNG 格式', 'The seal image must be a PNG'));
}

export async function draftDocument(ctx: Pick<ModuleContext, 'engine' | 'files' | 'org'>, input: DraftInput, drafter: Person) {
  return ctx.engine.transaction((trx) => draftDocumentIn(ctx, trx, input, drafter));
}

/** 拟稿 inside a transaction of ctx.engine.transaction; `source` records the other module's record it was drafted from. */
export async function draftDocumentIn(
  ctx: Pick<ModuleContext, 'engine' | 'files' | 'org'>,
  trx: Knex.Transaction,
  input: DraftInput,
  drafter: Person,
  source?: DocumentSource,
) {
  refuseClassified({ secrecy: input.secrecy, title: input.title, note: input.note });
  const unitId = drafter.unitId;
  if (!unitId) throw unprocessable('documents.no_unit', text('您没有所在单位，不能拟稿', 'You act for no unit and cannot draft'));
  const issuer = await issuingUnitFor(ctx.org, trx, unitId, input.issuingUnitId);
  const { secrecy: _secrecy, issuingUnitId: _issuer, ...fields } = input;
  const content = mergeContent(blank(issuer.id, input.docType, input.title), fields);
  const checked = await validateContent(ctx.org, trx, content, 'draft');
  await requirePngSeal(trx, ctx.files, content.sealFileId);
  const id = randomUUID();
  await ctx.files.link(trx, fileIdsOf(content), DOCUMENT_OWNER, id, drafter.id);
  await trx('documents_documents').insert({
    id,
    origin: 'system',
    ...contentColumns(content, { issuerName: checked.issuerName, direction: checked.direction }),
    drafting_unit_id: unitId,
    drafted_by: drafter.id,
    state: 'drafting',
    ...(source ? { source_module: source.module, source_kind: source.kind, source_id: source.id, source_title: source.title } : {}),
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
}

/** A change by the holder of an open step (保存 on the document page): only the fields that step may edit. */
export async function changeDocument(ctx: Pick<ModuleContext, 'engine' | 'files' | 'org'>, documentId: string, change: DocumentChange, editor: Person) {
  return ctx.engine.transaction(async (trx) => {
    const row = await lockDocument(trx, documentId);
    const { mine } = await openStepsOf(ctx.engine, row.instance_id, editor.id, trx);
    return applyDocumentChange(
      ctx,
      trx,
      row,
      change,
      editor,
      mine.map((s) => s.elementId),
    );
  });
}

async function lockDocument(trx: Knex.Transaction, documentId: string): Promise<DocumentRow> {
  const row = await loadDocumentRow(trx, documentId, { forUpdate: true });
  if (!row || row.origin !== 'system') throw notFound('documents.not_found', text('公文不存在', 'No such document'));
  if (row.state === 'cancelled' || row.state === 'archived')
    throw conflict('documents.closed', text('公文已归档或已撤销，不能修改', 'The document is archived or cancelled'));
  return row;
}

/**
 * 发文稿纸 submitted with a step (办理 of a documents.outgoing task, in the engine's move): the
 * fields that step may edit go into the document, checked as a change from the document page is.
 */
export function takeOutgoingSubmission(ctx: Pick<ModuleContext, 'engine' | 'files' | 'org'>) {
  return async (s: FormSubmission): Promise<void> => {
    if (!s.businessKey) return;
    const row = await lockDocument(s.trx, s.businessKey);
    const change = await outgoingChangeOf(s.trx, ctx.files, await readContent(s.trx, row), s.values);
    await applyDocumentChange(ctx, s.trx, row, change, s.actor, [s.elementId]);
  };
}

/** Validates a change whole and writes it; the process's title follows the document's. */
async function applyDocumentChange(
  ctx: Pick<ModuleContext, 'engine' | 'files' | 'org'>,
  trx: Knex.Transaction,
  row: DocumentRow,
  change: DocumentChange,
  editor: Person,
  steps: string[],
) {
  refuseClassified({ secrecy: change.secrecy, title: change.title, note: change.note });
  const current = await readContent(trx, row);
  const { secrecy: _secrecy, ...fields } = change;
  const next = mergeContent(current, fields);
  if (next.issuingUnitId !== current.issuingUnitId) {
    throw unprocessable('documents.issuer_fixed', text('主办发文机关拟稿后不能更改，请重新拟稿', 'The lead issuing body is fixed once drafted'));
  }
  const keys = changedKeys(current, next);
  requireEditable(outgoingForm, steps, [...new Set(keys.map((k) => CONTENT_FIELDS[k]))]);
  if (!keys.length) return { changed: keys, warnings: [] };
  const checked = await validateContent(ctx.org, trx, next, 'draft');
  await requirePngSeal(trx, ctx.files, next.sealFileId);
  await ctx.files.link(trx, fileIdsOf(next), DOCUMENT_OWNER, row.id, editor.id);
  await trx('documents_documents')
    .where({ id: row.id })
    .update({ ...contentColumns(next, { issuerName: checked.issuerName, direction: checked.direction, docNumber: row.doc_number }), updated_at: trx.fn.now() });
  if (keys.includes('mainRecipientIds') || keys.includes('copyRecipientIds')) await writeRecipients(trx, row.id, next);
  if (keys.includes('attachments')) await writeAttachments(trx, row.id, next.attachments);
  if (keys.includes('title') && row.instance_id) await ctx.engine.retitle(trx, row.instance_id, next.title, editor);
  return { changed: keys, warnings: problems(checked.warnings) };
}
