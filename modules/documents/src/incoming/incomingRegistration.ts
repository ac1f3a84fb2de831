import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { conflict, notFound, text, unprocessable, type AuthContext, type ModuleContext } from '@kunlun/core';
import { requireRegistrar } from '../documentAccess.ts';
import { receivingUnitsOf } from '../receivingUnits.ts';
import type { DocumentType, Urgency } from '../documentVocabulary.ts';
import { refuseClassified } from '../secrecyRefusal.ts';
import { searchTermsOf } from '../documentSearch.ts';
import type { AttachmentRef } from '../documentContent.ts';
import { DOCUMENT_OWNER, type Person } from '../outgoing/outgoingDrafting.ts';

/**
 * A document arrives in a unit: its 收发员 — or, for a unit without one, the registrar of the unit
 * that receives for it (代收, e.g. a government's office) — signs for what was delivered (签收)
 * or returns it at once with a reason (退文); or registers a paper document received outside the
 * system. Signing and paper registration start the unit's incoming process (documents.incoming)
 * in the same transaction.
 */
export const INCOMING_PROCESS = 'documents.incoming';
export const SIGNED_EVENT = 'documents.signed';
export const RETURNED_EVENT = 'documents.returned';

type Ctx = Pick<ModuleContext, 'engine' | 'files' | 'events' | 'org'>;

const STATE_TEXT: Record<string, string> = { signed: '已签收', returned: '已退文', recalled: '已被发文单位撤回' };

async function lockDeliveredReceipt(ctx: Ctx, trx: Knex.Transaction, auth: AuthContext, receiptId: string) {
  const receipt = await trx('documents_receipts').where({ id: receiptId }).forUpdate().first();
  if (!receipt) throw notFound('documents.receipt_not_found', text('待签收公文不存在', 'No such delivered document'));
  const receivingUnitId =
    receipt.receiving_unit_id ?? (await receivingUnitsOf(trx, ctx.org, [receipt.unit_id], { db: trx })).get(receipt.unit_id) ?? receipt.unit_id;
  await requireRegistrar(ctx.org, trx, auth, receipt.unit_id, receivingUnitId);
  if (receipt.state !== 'delivered') {
    throw conflict('documents.receipt_closed', text(`该公文${STATE_TEXT[receipt.state] ?? '已处理'}`, `The document is already ${receipt.state}`), {
      state: receipt.state,
    });
  }
  return { ...(receipt as { id: string; document_id: string; unit_id: string }), receivingUnitId: receivingUnitId as string };
}

interface IncomingStart {
  incomingId: string;
  unitId: string;
  /** The unit whose registrar signed for it (代收); the process runs there. */
  receivingUnitId: string;
  document: { id: string; title: string; doc_type: DocumentType; urgency: Urgency; issuer_name: string };
}

async function startIncomingProcess(ctx: Ctx, trx: Knex.Transaction, start: IncomingStart, registrar: Person) {
  const { document: d } = start;
  const started = await ctx.engine.start(trx, INCOMING_PROCESS, {
    variables: {
      incomingId: start.incomingId,
      documentId: d.id,
      unitId: start.unitId,
      title: d.title,
      issuerName: d.issuer_name,
      docType: d.doc_type,
      urgency: d.urgency,
      leadUnit: null,
      assistUnits: [],
      readers: [],
    },
    title: d.title,
    businessKey: start.incomingId,
    urgency: d.urgency,
    initiatorId: registrar.id,
    initiatorUnitId: start.receivingUnitId,
    actor: registrar,
  });
  await trx('documents_incoming').where({ id: start.incomingId }).update({ instance_id: started.instanceId });
  return started;
}

/** 签收: the receipt is signed, the unit's incoming record created and its process started. */
export async function signFor(ctx: Ctx, auth: AuthContext, receiptId: string, registrar: Person) {
  return ctx.engine.transaction(async (trx) => {
    const receipt = await lockDeliveredReceipt(ctx, trx, auth, receiptId);
    const document = await trx('documents_documents').where({ id: receipt.document_id }).first('id', 'title', 'doc_type', 'urgency', 'issuer_name');
    const incomingId = randomUUID();
    await trx('documents_incoming').insert({
      id: incomingId,
      unit_id: receipt.unit_id,
      document_id: receipt.document_id,
      receipt_id: receipt.id,
      receiving_unit_id: receipt.receivingUnitId,
      origin: 'system',
      registered_by: registrar.id,
    });
    await trx('documents_receipts')
      .where({ id: receipt.id })
      .update({ state: 'signed', signed_by: registrar.id, signed_at: trx.fn.now(), incoming_id: incomingId });
    const started = await startIncomingProcess(
      ctx,
      trx,
      { incomingId, unitId: receipt.unit_id, receivingUnitId: receipt.receivingUnitId, document },
      registrar,
    );
    await ctx.events.emitAfterCommit(trx, SIGNED_EVENT, { documentId: receipt.document_id, unitId: receipt.unit_id, incomingId, signedBy: registrar.id });
    return { incomingId, instanceId: started.instanceId, taskId: started.tasks[0]?.id ?? null };
  });
}

/** 退文 before signing: the document goes back to the sender with the reason. */
export async function returnDelivered(ctx: Ctx, auth: AuthContext, receiptId: string, reason: string, registrar: Person) {
  return ctx.engine.transaction(async (trx) => {
    const receipt = await lockDeliveredReceipt(ctx, trx, auth, receiptId);
    await trx('documents_receipts')
      .where({ id: receipt.id })
      .update({ state: 'returned', returned_by: registrar.id, returned_at: trx.fn.now(), return_reason: reason });
    await ctx.events.emitAfterCommit(trx, RETURNED_EVENT, { documentId: receipt.document_id, unitId: receipt.unit_id, reason });
    return { receiptId: receipt.id, state: 'returned' as const };
  });
}

export interface PaperDocumentInput {
  unitId?: string | undefined;
  secrecy?: string | null | undefined;
  issuerName: string;
  docNumber?: string | null | undefined;
  docType: DocumentType;
  title: string;
  urgency: Urgency;
  summary?: string | undefined;
  receivedOn?: string | undefined;
  copies?: number | undefined;
  pages?: number | undefined;
  attachments: AttachmentRef[];
}

/** A paper document received outside the system: recorded as a document of paper origin, registered in the unit, its process started. */
export async function registerPaperDocument(ctx: Ctx, auth: AuthContext, input: PaperDocumentInput, registrar: Person) {
  refuseClassified({ secrecy: input.secrecy, title: input.title, bodyText: input.summary, attachmentNames: input.attachments.map((a) => a.name) });
  const unitId = input.unitId ?? registrar.unitId;
  if (!unitId) throw unprocessable('documents.no_unit', text('请选择收文单位', 'Choose the receiving unit'));
  return ctx.engine.transaction(async (trx) => {
    const receivingUnitId = (await receivingUnitsOf(trx, ctx.org, [unitId], { db: trx })).get(unitId) ?? unitId;
    await requireRegistrar(ctx.org, trx, auth, unitId, receivingUnitId);
    const documentId = randomUUID();
    const incomingId = randomUUID();
    const summary = (input.summary ?? '').trim();
    await trx('documents_documents').insert({
      id: documentId,
      origin: 'paper',
      doc_type: input.docType,
      title: input.title,
      urgency: input.urgency,
      issuer_name: input.issuerName,
      external_number: input.docNumber ?? null,
      body_text: summary,
      state: 'received',
      search_terms: searchTermsOf(input.title, summary, input.docNumber ?? null),
    });
    await ctx.files.link(
      trx,
      input.attachments.map((a) => a.fileId),
      DOCUMENT_OWNER,
      documentId,
      registrar.id,
    );
    if (input.attachments.length) {
      await trx('documents_attachments').insert(input.attachments.map((a, i) => ({ document_id: documentId, file_id: a.fileId, name: a.name, sort_order: i })));
    }
    await trx('documents_incoming').insert({
      id: incomingId,
      unit_id: unitId,
      receiving_unit_id: receivingUnitId,
      document_id: documentId,
      origin: 'paper',
      registered_by: registrar.id,
      received_at: input.receivedOn ? `${input.receivedOn}T12:00:00+08:00` : trx.fn.now(),
      copies: input.copies ?? null,
      pages: input.pages ?? null,
    });
    const started = await startIncomingProcess(
      ctx,
      trx,
      {
        incomingId,
        unitId,
        receivingUnitId,
        document: { id: documentId, title: input.title, doc_type: input.docType, urgency: input.urgency, issuer_name: input.issuerName },
      },
      registrar,
    );
    return { documentId, incomingId, instanceId: started.instanceId, taskId: started.tasks[0]?.id ?? null };
  });
}
