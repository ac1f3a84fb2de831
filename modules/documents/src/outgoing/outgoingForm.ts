import type { Knex } from 'knex';
import type { Files, FormRead, ModuleEngine } from '@kunlun/core';
import { loadDocumentRow, readContent, type DocumentContent, type DocumentRow } from '../documentContent.ts';
import { approvalRecords, opinionValues } from '../stepOpinions.ts';

/**
 * The 发文稿纸 (form documents.outgoing) is a view of the document's record: its values are read
 * from the record, and what a person submits with a step goes back into the record as a change.
 * The record stays the one source; the form never becomes process variables.
 */
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const textOf = (v: unknown): string => (typeof v === 'string' ? v : '');
const orNull = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
/** 主送、抄送机关 and 签发人 as one line of text, split back at the usual separators. */
const listOf = (v: unknown): string[] =>
  textOf(v)
    .split(/[，,、;；\n]/u)
    .map((s) => s.trim())
    .filter(Boolean);
const withoutExtension = (name: string) => name.replace(/\.[A-Za-z0-9]{1,5}$/u, '');

export function outgoingFormValues(doc: Pick<DocumentRow, 'doc_number'>, c: DocumentContent): Record<string, unknown> {
  return {
    docType: c.docType,
    title: c.title,
    urgency: c.urgency,
    copyNumber: c.copyNumber ?? '',
    issuers: [c.issuingUnitId, ...c.jointUnitIds].filter(Boolean),
    docNumber: doc.doc_number ?? '',
    mainRecipients: c.mainRecipientIds,
    copyRecipients: c.copyRecipientIds,
    mainTo: c.mainTo.join('，'),
    copyTo: c.copyTo.join('、'),
    body: c.bodyHtml,
    bodyFile: c.bodyFileId ? [c.bodyFileId] : [],
    attachments: c.attachments.map((a) => a.fileId),
    signers: c.signers.join('、'),
    signature: c.signature ?? '',
    writtenDate: c.writtenDate,
    note: c.note ?? '',
    printedBy: c.printedBy ?? '',
    printedOn: c.printedOn,
    countersignUnits: c.countersignUnitIds,
    sealed: c.sealed,
    seal: c.sealFileId ? [c.sealFileId] : [],
    retention: c.retention,
  };
}

/** The form's values of a documents.outgoing instance (its business key is the document), the steps' opinions included. */
export function outgoingFormReader(engine: Pick<ModuleEngine, 'taskRecords'>) {
  return async ({ db, businessKey, instanceId }: FormRead): Promise<Record<string, unknown> | null> => {
    const row = businessKey ? await loadDocumentRow(db, businessKey) : null;
    if (!row || row.origin !== 'system') return null;
    const records = await approvalRecords(engine, instanceId, db.isTransaction ? (db as Knex.Transaction) : undefined);
    return { ...outgoingFormValues(row, await readContent(db, row)), ...opinionValues(records) };
  };
}

/** The change a step's submission makes to the document (fields not sent stay as they are). */
export async function outgoingChangeOf(
  trx: Knex.Transaction,
  files: Pick<Files, 'info'>,
  current: DocumentContent,
  values: Readonly<Record<string, unknown>>,
): Promise<Partial<DocumentContent>> {
  const sent = (key: string) => key in values;
  const change: Partial<DocumentContent> = {};
  if (sent('docType')) change.docType = values.docType as DocumentContent['docType'];
  if (sent('title')) change.title = textOf(values.title);
  if (sent('urgency')) change.urgency = values.urgency as DocumentContent['urgency'];
  if (sent('copyNumber')) change.copyNumber = orNull(values.copyNumber);
  // The lead issuer is fixed once drafted: the others are the joint issuers.
  if (sent('issuers')) change.jointUnitIds = ids(values.issuers).filter((id) => id !== current.issuingUnitId);
  if (sent('mainRecipients')) change.mainRecipientIds = ids(values.mainRecipients);
  if (sent('copyRecipients')) change.copyRecipientIds = ids(values.copyRecipients);
  if (sent('mainTo')) change.mainTo = listOf(values.mainTo);
  if (sent('copyTo')) change.copyTo = listOf(values.copyTo);
  if (sent('body')) change.bodyHtml = textOf(values.body);
  if (sent('bodyFile')) change.bodyFileId = ids(values.bodyFile)[0] ?? null;
  if (sent('attachments')) {
    const fileIds = ids(values.attachments);
    const fresh = fileIds.filter((id) => !current.attachments.some((a) => a.fileId === id));
    const infos = await files.info(fresh, trx);
    change.attachments = fileIds.map((fileId) => ({
      fileId,
      name: current.attachments.find((a) => a.fileId === fileId)?.name ?? withoutExtension(infos.find((f) => f.id === fileId)?.name ?? '附件'),
    }));
  }
  if (sent('signers')) change.signers = listOf(values.signers);
  if (sent('signature')) change.signature = orNull(values.signature);
  if (sent('writtenDate')) change.writtenDate = orNull(values.writtenDate);
  if (sent('note')) change.note = orNull(values.note);
  if (sent('printedBy')) change.printedBy = orNull(values.printedBy);
  if (sent('printedOn')) change.printedOn = orNull(values.printedOn);
  if (sent('countersignUnits')) change.countersignUnitIds = ids(values.countersignUnits);
  if (sent('sealed')) change.sealed = values.sealed === true;
  if (sent('seal')) change.sealFileId = ids(values.seal)[0] ?? null;
  if (sent('retention')) change.retention = (orNull(values.retention) as DocumentContent['retention']) ?? null;
  return change;
}
