import type { Knex } from 'knex';
import { insertInChunks } from '@kunlun/core';
import type { Direction, DocumentType, Retention, Urgency } from './documentVocabulary.ts';
import { bodyPlainText, sanitizeBody } from './richTextBody.ts';
import { searchTermsOf } from './documentSearch.ts';

/**
 * A document's content: the GB/T 9704 elements as the module stores them, with its recipient
 * units and ordered attachments. Read whole, changed, validated whole, written whole.
 */
export interface AttachmentRef {
  fileId: string;
  name: string;
}

export interface DocumentContent {
  docType: DocumentType;
  title: string;
  urgency: Urgency;
  copyNumber: string | null;
  issuingUnitId: string;
  jointUnitIds: string[];
  mainRecipientIds: string[];
  copyRecipientIds: string[];
  /** 主送机关 / 抄送机关 as printed; empty: the recipient units' names. */
  mainTo: string[];
  copyTo: string[];
  bodyHtml: string;
  bodyFileId: string | null;
  attachments: AttachmentRef[];
  signers: string[];
  signature: string | null;
  writtenDate: string | null;
  note: string | null;
  printedBy: string | null;
  printedOn: string | null;
  countersignUnitIds: string[];
  sealed: boolean;
  sealFileId: string | null;
  retention: Retention | null;
}

/** Content fields and the form field each belongs to (for step permissions). */
export const CONTENT_FIELDS: Readonly<Record<keyof DocumentContent, string>> = {
  docType: 'docType',
  title: 'title',
  urgency: 'urgency',
  copyNumber: 'copyNumber',
  issuingUnitId: 'issuers',
  jointUnitIds: 'issuers',
  mainRecipientIds: 'mainRecipients',
  copyRecipientIds: 'copyRecipients',
  mainTo: 'mainTo',
  copyTo: 'copyTo',
  bodyHtml: 'body',
  bodyFileId: 'bodyFile',
  attachments: 'attachments',
  signers: 'signers',
  signature: 'signature',
  writtenDate: 'writtenDate',
  note: 'note',
  printedBy: 'printedBy',
  printedOn: 'printedOn',
  countersignUnitIds: 'countersignUnits',
  sealed: 'sealed',
  sealFileId: 'seal',
  retention: 'retention',
};

export type DocumentRow = Record<string, unknown> & {
  id: string;
  origin: 'system' | 'paper';
  doc_type: DocumentType;
  title: string;
  urgency: Urgency;
  issuing_unit_id: string | null;
  drafting_unit_id: string | null;
  drafted_by: string | null;
  direction: Direction;
  doc_number: string | null;
  external_number: string | null;
  issuer_name: string;
  state: string;
  instance_id: string | null;
  body_text: string;
  rendition_state: string;
  rendition_file_id: string | null;
};

/** A date column as YYYY-MM-DD (pg gives a Date at local midnight, PGlite may give a string). */
export const dayOf = (v: unknown): string | null => {
  if (!v) return null;
  if (typeof v === 'string') return v.slice(0, 10);
  const d = v as Date;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export async function loadDocumentRow(db: Knex | Knex.Transaction, id: string, opts: { forUpdate?: boolean } = {}): Promise<DocumentRow | null> {
  const q = db('documents_documents').where({ id }).first();
  if (opts.forUpdate) q.forUpdate();
  return ((await q) as DocumentRow | undefined) ?? null;
}

export async function readContent(db: Knex | Knex.Transaction, row: DocumentRow): Promise<DocumentContent> {
  const [recipients, attachments] = await Promise.all([
    db('documents_recipients').where({ document_id: row.id }).orderBy('sort_order').select('unit_id', 'role'),
    db('documents_attachments').where({ document_id: row.id }).orderBy('sort_order').select('file_id', 'name'),
  ]);
  return {
    docType: row.doc_type,
    title: row.title,
    urgency: row.urgency,
    copyNumber: (row.copy_number as string | null) ?? null,
    issuingUnitId: row.issuing_unit_id ?? '',
    jointUnitIds: (row.joint_unit_ids as string[]) ?? [],
    mainRecipientIds: recipients.filter((r) => r.role === 'main').map((r) => r.unit_id),
    copyRecipientIds: recipients.filter((r) => r.role === 'copy').map((r) => r.unit_id),
    mainTo: (row.main_to as string[]) ?? [],
    copyTo: (row.copy_to as string[]) ?? [],
    bodyHtml: (row.body_html as string) ?? '',
    bodyFileId: (row.body_file_id as string | null) ?? null,
    attachments: attachments.map((a) => ({ fileId: a.file_id, name: a.name })),
    signers: (row.signers as string[]) ?? [],
    signature: (row.signature as string | null) || null,
    writtenDate: dayOf(row.written_date),
    note: (row.note as string | null) ?? null,
    printedBy: (row.printed_by as string | null) ?? null,
    printedOn: dayOf(row.printed_on),
    countersignUnitIds: (row.countersign_unit_ids as string[]) ?? [],
    sealed: Boolean(row.sealed),
    sealFileId: (row.seal_file_id as string | null) ?? null,
    retention: (row.retention as Retention | null) ?? null,
  };
}

/** The content with a change applied; the body is sanitized on the way in. */
export function mergeContent(current: DocumentContent, change: Partial<DocumentContent>): DocumentContent {
  const merged = { ...current };
  for (const [key, value] of Object.entries(change) as [keyof DocumentContent, unknown][]) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  merged.bodyHtml = sanitizeBody(merged.bodyHtml);
  merged.mainRecipientIds = [...new Set(merged.mainRecipientIds)];
  merged.copyRecipientIds = [...new Set(merged.copyRecipientIds)];
  merged.jointUnitIds = [...new Set(merged.jointUnitIds)];
  merged.countersignUnitIds = [...new Set(merged.countersignUnitIds)];
  return merged;
}

/** The changed top-level content keys. */
export function changedKeys(current: DocumentContent, next: DocumentContent): (keyof DocumentContent)[] {
  return (Object.keys(next) as (keyof DocumentContent)[]).filter((k) => JSON.stringify(current[k]) !== JSON.stringify(next[k]));
}

/** The columns of documents_documents that hold the content. */
export function contentColumns(c: DocumentContent, extra: { issuerName: string; direction: Direction; docNumber?: string | null }) {
  const bodyText = bodyPlainText(c.bodyHtml);
  return {
    doc_type: c.docType,
    title: c.title,
    urgency: c.urgency,
    copy_number: c.copyNumber,
    issuing_unit_id: c.issuingUnitId,
    joint_unit_ids: c.jointUnitIds,
    issuer_name: extra.issuerName,
    direction: extra.direction,
    main_to: c.mainTo,
    copy_to: c.copyTo,
    body_html: c.bodyHtml,
    body_text: bodyText,
    body_file_id: c.bodyFileId,
    signers: c.signers,
    signature: c.signature ?? '',
    written_date: c.writtenDate,
    note: c.note,
    printed_by: c.printedBy,
    printed_on: c.printedOn,
    countersign_unit_ids: c.countersignUnitIds,
    sealed: c.sealed,
    seal_file_id: c.sealFileId,
    retention: c.retention,
    search_terms: searchTermsOf(c.title, bodyText, extra.docNumber ?? null),
  };
}

/** Replaces a document's recipient units: main recipients first, then copies, in the order given. */
export async function writeRecipients(
  trx: Knex.Transaction,
  documentId: string,
  c: Pick<DocumentContent, 'mainRecipientIds' | 'copyRecipientIds'>,
): Promise<void> {
  await trx('documents_recipients').where({ document_id: documentId }).delete();
  const rows = [...c.mainRecipientIds.map((id) => ({ id, role: 'main' })), ...c.copyRecipientIds.map((id) => ({ id, role: 'copy' }))].map((r, i) => ({
    document_id: documentId,
    unit_id: r.id,
    role: r.role,
    sort_order: i,
  }));
  await insertInChunks(trx, 'documents_recipients', rows, 1000);
}

export async function writeAttachments(trx: Knex.Transaction, documentId: string, attachments: readonly AttachmentRef[]): Promise<void> {
  await trx('documents_attachments').where({ document_id: documentId }).delete();
  if (attachments.length) {
    await trx('documents_attachments').insert(attachments.map((a, i) => ({ document_id: documentId, file_id: a.fileId, name: a.name, sort_order: i })));
  }
}
