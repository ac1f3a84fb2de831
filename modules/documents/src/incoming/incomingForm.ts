import type { Knex } from 'knex';
import type { FormRead, FormSubmission, ModuleContext, Queryable } from '@kunlun/core';
import { dayOf } from '../documentContent.ts';
import { applyIncomingChange, lockIncoming, type IncomingChange } from './incomingRecord.ts';

/**
 * The 收文处理笺 (form documents.incoming) is a view of the unit's incoming record and its
 * document: read from them, and what a step submits goes back into them as a change — only the
 * fields whose value really changed, so that a sheet sent whole never "changes" what the step
 * cannot (an electronic document's own elements).
 */
const withoutExtension = (name: string) => name.replace(/\.[A-Za-z0-9]{1,5}$/u, '');

/** The sheet's values of an incoming record (null when there is no such record). */
export async function incomingFormValues(db: Queryable, incomingId: string): Promise<Record<string, unknown> | null> {
  const record = await db('documents_incoming').where({ id: incomingId }).first();
  if (!record) return null;
  const [doc, attachments] = await Promise.all([
    db('documents_documents').where({ id: record.document_id }).first('doc_type', 'title', 'urgency', 'issuer_name', 'doc_number', 'external_number'),
    db('documents_attachments').where({ document_id: record.document_id }).orderBy('sort_order').pluck('file_id'),
  ]);
  return {
    incomingNumber: record.incoming_number ?? '',
    issuerName: doc.issuer_name,
    docNumber: doc.doc_number ?? doc.external_number ?? '',
    title: doc.title,
    docType: doc.doc_type,
    urgency: doc.urgency,
    copies: record.copies ?? null,
    pages: record.pages ?? null,
    attachments,
    returnReason: record.return_reason ?? '',
    proposal: record.proposal ?? '',
    instruction: record.instruction ?? '',
    supervise: Boolean(record.supervise),
    leadUnit: record.lead_unit_id ?? null,
    assistUnits: record.assist_unit_ids ?? [],
    dueOn: dayOf(record.due_on),
    readers: record.reader_ids ?? [],
    handlingResult: record.handling_result ?? '',
    conclusion: record.conclusion ?? '',
    retention: record.retention ?? null,
  };
}

/** The form's values of a documents.incoming instance (its business key is the incoming record). */
export async function readIncomingForm({ db, businessKey }: FormRead): Promise<Record<string, unknown> | null> {
  return businessKey ? incomingFormValues(db, businessKey) : null;
}

const orNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const API_KEY: Record<string, keyof IncomingChange> = { leadUnit: 'leadUnitId', assistUnits: 'assistUnitIds', readers: 'readerIds' };

/** The change of the values that differ from the record's (the incoming number is the system's). */
async function incomingChangeOf(
  trx: Knex.Transaction,
  files: Pick<ModuleContext['files'], 'info'>,
  current: Record<string, unknown>,
  sent: Readonly<Record<string, unknown>>,
): Promise<IncomingChange> {
  const change: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(sent)) {
    if (key === 'incomingNumber' || JSON.stringify(orNull(current[key]) ?? null) === JSON.stringify(orNull(value) ?? null)) continue;
    if (key === 'attachments') {
      const ids = Array.isArray(value) ? (value as string[]) : [];
      const infos = await files.info(ids, trx);
      change.attachments = ids.map((fileId) => ({ fileId, name: withoutExtension(infos.find((f) => f.id === fileId)?.name ?? '附件') }));
      continue;
    }
    change[API_KEY[key] ?? key] = Array.isArray(value) ? value : orNull(value);
  }
  return change as IncomingChange;
}

/** 收文处理笺 submitted with a step (办理 of a documents.incoming task, in the engine's move). */
export function takeIncomingSubmission(ctx: Pick<ModuleContext, 'engine' | 'files' | 'org'>) {
  return async (s: FormSubmission): Promise<void> => {
    if (!s.businessKey) return;
    const record = await lockIncoming(s.trx, s.businessKey);
    const change = await incomingChangeOf(s.trx, ctx.files, (await incomingFormValues(s.trx, record.id))!, s.values);
    await applyIncomingChange(ctx, s.trx, record, change, s.actor, [s.elementId]);
  };
}
