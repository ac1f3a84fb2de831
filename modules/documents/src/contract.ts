import type { Knex } from 'knex';
import type { DocumentType } from './documentVocabulary.ts';

/**
 * What the documents module offers other modules (`@kunlun/module-documents/contract`): its
 * services and the payloads of its events, by id. Import it as a type only; the service itself
 * comes from `ctx.services.use('documents.drafting')`, in a module whose manifest names
 * `documents` in `dependsOn`.
 */

/** The record of another module a document was drafted from (a 签报 …), for the link back. */
export interface DocumentSource {
  /** The module the record belongs to, e.g. `general`. */
  module: string;
  /** What the record is, namespaced by the module, e.g. `general.approval`. */
  kind: string;
  id: string;
  title: string;
}

export interface OutgoingDraftRequest {
  title: string;
  /** 正文 as plain text: each line becomes a paragraph. */
  body: string;
  /** 文种; 通知 when omitted (the drafter changes it on the document page). */
  docType?: DocumentType;
  /** The unit the draft is written in (the drafter's acting unit). */
  unitId: string;
  /** The drafter (拟稿人): a person of that unit. */
  draftedBy: string;
  source: DocumentSource;
}

export interface DocumentDrafting {
  /**
   * 拟稿 on someone's behalf: the same drafting as the documents desk's (validated whole, the
   * outgoing process started with the drafter at 拟稿). Inside the caller's transaction when one
   * from ctx.engine.transaction is given. Answers 409 (documents.source_drafted) when a document
   * not cancelled was already drafted from the same source.
   */
  createOutgoingDraft(request: OutgoingDraftRequest, trx?: Knex.Transaction): Promise<{ id: string }>;
  /** The document (not cancelled) drafted from a source, if any. */
  draftedFrom(source: Pick<DocumentSource, 'module' | 'kind' | 'id'>, trx?: Knex.Transaction): Promise<{ id: string; title: string; state: string } | null>;
}

/** 分发 done: every recipient unit has the document in its inbox. */
export type DocumentDistributed = { documentId: string; distributionId: string; recipients: number };
/** 签收 by a recipient unit's registrar: its incoming record exists and its process started. */
export type DocumentSigned = { documentId: string; unitId: string; incomingId: string; signedBy: string };
/** 退文 by a recipient unit, before signing (no incoming record) or at 初审. */
export type DocumentReturned = { documentId: string; unitId: string; incomingId?: string; reason: string };
/** 批办 of an incoming document: the lead and assisting units, the due date and the instruction. */
export type DocumentInstructed = {
  incomingId: string;
  documentId: string;
  unitId: string;
  title: string;
  leadUnitId: string;
  assistUnitIds: string[];
  dueOn: string;
  instruction: string | null;
};
/** 归档: of an outgoing document (documentId alone) or of a unit's incoming record. */
export type DocumentArchived = { documentId: string; incomingId?: string; unitId?: string };

declare module '@kunlun/core' {
  interface ModuleServices {
    'documents.drafting': DocumentDrafting;
  }
  interface ModuleEvents {
    'documents.distributed': DocumentDistributed;
    'documents.signed': DocumentSigned;
    'documents.returned': DocumentReturned;
    'documents.instructed': DocumentInstructed;
    'documents.archived': DocumentArchived;
  }
}
