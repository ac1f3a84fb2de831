import type { Knex } from 'knex';
import { conflict, forbidden, notFound, text, unprocessable, type ModuleContext, type OrgService } from '@kunlun/core';
import type { DocumentType, Retention, Urgency } from '../documentVocabulary.ts';
import { refuseClassified } from '../secrecyRefusal.ts';
import { searchTermsOf } from '../documentSearch.ts';
import { openStepsOf } from '../processRecords.ts';
import { loadStepForm, requireEditable } from '../stepPermissions.ts';
import { writeAttachments, type AttachmentRef } from '../documentContent.ts';
import { DOCUMENT_OWNER, type Person } from '../outgoing/outgoingDrafting.ts';
import { chinaDate } from '../documentNumbering.ts';

/**
 * The incoming record (收文处理笺) of a unit: registration details, 退文 reason, 拟办 and 批办
 * opinions, the lead and assisting departments with the due date, readers for 传阅, the handling
 * result and conclusion. Each step changes only what its form allows; a paper document's own
 * elements may be corrected at 登记, an electronic one's never.
 */
const incomingForm = loadStepForm('documents.incoming');

export interface IncomingChange {
  issuerName?: string | undefined;
  docNumber?: string | null | undefined;
  title?: string | undefined;
  docType?: DocumentType | undefined;
  urgency?: Urgency | undefined;
  attachments?: AttachmentRef[] | undefined;
  copies?: number | null | undefined;
  pages?: number | null | undefined;
  returnReason?: string | null | undefined;
  proposal?: string | null | undefined;
  instruction?: string | null | undefined;
  supervise?: boolean | undefined;
  leadUnitId?: string | null | undefined;
  assistUnitIds?: string[] | undefined;
  dueOn?: string | null | undefined;
  readerIds?: string[] | undefined;
  handlingResult?: string | null | undefined;
  conclusion?: string | null | undefined;
  retention?: Retention | null | undefined;
  secrecy?: string | null | undefined;
}

const FIELD_OF: Record<Exclude<keyof IncomingChange, 'secrecy'>, string> = {
  issuerName: 'issuerName',
  docNumber: 'docNumber',
  title: 'title',
  docType: 'docType',
  urgency: 'urgency',
  attachments: 'attachments',
  copies: 'copies',
  pages: 'pages',
  returnReason: 'returnReason',
  proposal: 'proposal',
  instruction: 'instruction',
  supervise: 'supervise',
  leadUnitId: 'leadUnit',
  assistUnitIds: 'assistUnits',
  dueOn: 'dueOn',
  readerIds: 'readers',
  handlingResult: 'handlingResult',
  conclusion: 'conclusion',
  retention: 'retention',
};

const PAPER_ONLY = ['issuerName', 'docNumber', 'title', 'docType', 'urgency', 'attachments'] as const;

const INCOMING_COLUMNS: Partial<Record<keyof IncomingChange, string>> = {
  copies: 'copies',
  pages: 'pages',
  returnReason: 'return_reason',
  proposal: 'proposal',
  instruction: 'instruction',
  supervise: 'supervise',
  leadUnitId: 'lead_unit_id',
  assistUnitIds: 'assist_unit_ids',
  dueOn: 'due_on',
  readerIds: 'reader_ids',
  handlingResult: 'handling_result',
  conclusion: 'conclusion',
  retention: 'retention',
};

export const incomingNotFound = () => notFound('documents.incoming_not_found', text('收文不存在', 'No such incoming document'));

async function checkHandlers(
  org: OrgService,
  trx: Knex.Transaction,
  change: IncomingChange,
  current: { lead_unit_id: string | null; assist_unit_ids: string[] },
): Promise<void> {
  const lead = change.leadUnitId !== undefined ? change.leadUnitId : current.lead_unit_id;
  const assist = change.assistUnitIds ?? current.assist_unit_ids;
  if (lead && assist.includes(lead))
    throw unprocessable('documents.lead_also_assists', text('主办单位不能同时为协办单位', 'The lead department cannot also assist'));
  const ids = [...(lead ? [lead] : []), ...assist];
  const units = await org.units(ids, { db: trx });
  const unknown = ids.filter((id) => units.get(id)?.status !== 'active');
  if (unknown.length)
    throw unprocessable('documents.unknown_unit', text('所选单位不存在或已停用', 'A chosen unit does not exist or is disabled'), { unitIds: unknown });
  const headless = await org.unitsLackingPost(ids, 'dept_head', { db: trx });
  if (headless.length) {
    throw unprocessable(
      'documents.handler_no_head',
      text(`承办单位没有部门负责人：${headless.map((id) => units.get(id)!.name).join('、')}`, 'A handling department has no head'),
      { unitIds: headless },
    );
  }
  if (change.readerIds?.length) {
    const active = await org.people(change.readerIds, { db: trx });
    const missing = change.readerIds.filter((id) => !active.has(id));
    if (missing.length)
      throw unprocessable('documents.unknown_reader', text('传阅人不存在或已停用', 'A reader does not exist or is disabled'), { userIds: missing });
  }
  if (change.dueOn && change.dueOn < chinaDate())
    throw unprocessable('documents.due_passed', text('办理期限不能早于今天', 'The due date cannot be in the past'));
}

/** 填写收文处理笺 from the incoming sheet (保存): only what the caller's open step allows. */
export async function changeIncoming(ctx: Pick<ModuleContext, 'engine' | 'files' | 'org'>, incomingId: string, change: IncomingChange, editor: Person) {
  refuseClassified({ secrecy: change.secrecy, title: change.title });
  return ctx.engine.transaction(async (trx) => {
    const record = await lockIncoming(trx, incomingId);
    const { mine } = await openStepsOf(ctx.engine, record.instance_id, editor.id, trx);
    return applyIncomingChange(
      ctx,
      trx,
      record,
      change,
      editor,
      mine.map((s) => s.elementId),
    );
  });
}

/** The columns of an incoming record a change looks at. */
export interface IncomingRow {
  id: string;
  unit_id: string;
  document_id: string;
  instance_id: string | null;
  origin: 'system' | 'paper';
  state: string;
  lead_unit_id: string | null;
  assist_unit_ids: string[];
}

export async function lockIncoming(trx: Knex.Transaction, incomingId: string): Promise<IncomingRow> {
  const record = (await trx('documents_incoming').where({ id: incomingId }).forUpdate().first()) as IncomingRow | undefined;
  if (!record) throw incomingNotFound();
  if (record.state !== 'handling') throw conflict('documents.incoming_closed', text('该收文已办结、退文或撤销，不能修改', 'This incoming document is closed'));
  return record;
}

/** Checks a change against the steps and the rules of the record, and writes it; a paper document's new title becomes its process's. */
export async function applyIncomingChange(
  ctx: Pick<ModuleContext, 'engine' | 'files' | 'org'>,
  trx: Knex.Transaction,
  record: IncomingRow,
  change: IncomingChange,
  editor: Person,
  steps: string[],
) {
  const { secrecy: _secrecy, ...fields } = change;
  const keys = (Object.keys(fields) as (keyof typeof FIELD_OF)[]).filter((k) => fields[k] !== undefined);
  requireEditable(
    incomingForm,
    steps,
    keys.map((k) => FIELD_OF[k]),
  );
  const paper = keys.filter((k) => (PAPER_ONLY as readonly string[]).includes(k));
  if (paper.length && record.origin !== 'paper') {
    throw forbidden('documents.electronic_fixed', text('电子来文的内容以发文单位为准，不能修改', 'An electronic document is as its sender issued it'), {
      fields: paper,
    });
  }
  await checkHandlers(ctx.org, trx, change, record);
  if (paper.length) {
    const doc = await trx('documents_documents').where({ id: record.document_id }).first('title', 'body_text', 'external_number');
    const title = change.title ?? doc.title;
    const number = change.docNumber !== undefined ? change.docNumber : doc.external_number;
    await trx('documents_documents')
      .where({ id: record.document_id })
      .update({
        ...(change.title !== undefined ? { title } : {}),
        ...(change.issuerName !== undefined ? { issuer_name: change.issuerName } : {}),
        ...(change.docNumber !== undefined ? { external_number: number } : {}),
        ...(change.docType !== undefined ? { doc_type: change.docType } : {}),
        ...(change.urgency !== undefined ? { urgency: change.urgency } : {}),
        search_terms: searchTermsOf(title, doc.body_text, number),
        updated_at: trx.fn.now(),
      });
    if (change.attachments) {
      refuseClassified({ attachmentNames: change.attachments.map((a) => a.name) });
      await ctx.files.link(
        trx,
        change.attachments.map((a) => a.fileId),
        DOCUMENT_OWNER,
        record.document_id,
        editor.id,
      );
      await writeAttachments(trx, record.document_id, change.attachments);
    }
    if (change.title !== undefined && record.instance_id) await ctx.engine.retitle(trx, record.instance_id, title, editor);
  }
  const columns = Object.fromEntries(keys.filter((k) => INCOMING_COLUMNS[k]).map((k) => [INCOMING_COLUMNS[k]!, fields[k] ?? null]));
  if (change.assistUnitIds) columns.assist_unit_ids = [...new Set(change.assistUnitIds)];
  if (change.readerIds) columns.reader_ids = [...new Set(change.readerIds)];
  if (Object.keys(columns).length)
    await trx('documents_incoming')
      .where({ id: record.id })
      .update({ ...columns, updated_at: trx.fn.now() });
  return { changed: keys };
}
