import type { Knex } from 'knex';
import { conflict, notFound, text, type OrgService } from '@kunlun/core';

/**
 * 发文字号: 机关代字 + 〔年份〕 + 序号 + 号 (青政办〔2026〕12号 — year in 六角括号, no leading zeros,
 * no 第). Numbers are allocated per (机关代字, year) from a counter row updated inside the
 * transaction that registers the document: concurrent registrations queue on that row, and a
 * rolled-back registration gives its number back, so numbers never repeat and never skip. The
 * register (documents_numbers) holds every number handed out; the only gap is an explicit void,
 * recorded with who, when and why.
 */
export function formatDocNumber(prefix: string, year: number, seq: number): string {
  return `${prefix}〔${year}〕${seq}号`;
}

/** The calendar year in China (Asia/Shanghai) at a moment. */
export function chinaYear(at: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(at));
}

/** The calendar day in China as YYYY-MM-DD. */
export function chinaDate(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The next sequence number of a counter for a year; the counter row stays locked until the transaction ends. */
export async function nextInSequence(trx: Knex.Transaction, counter: string, year: number): Promise<number> {
  const [row] = await trx('documents_counters')
    .insert({ counter, year, last_seq: 1 })
    .onConflict(['counter', 'year'])
    .merge({ last_seq: trx.raw('documents_counters.last_seq + 1') })
    .returning('last_seq');
  return Number((row as { last_seq: number }).last_seq);
}

export const outgoingCounter = (prefix: string) => `发文:${prefix}`;

export interface AssignedNumber {
  docNumber: string;
  prefix: string;
  year: number;
  seq: number;
  fresh: boolean;
}

/** Gives a document its 发文字号, once: a document that already has one keeps it. */
export async function assignDocumentNumber(org: OrgService, trx: Knex.Transaction, documentId: string, at: Date = new Date()): Promise<AssignedNumber> {
  const doc = await trx('documents_documents')
    .where({ id: documentId })
    .forUpdate()
    .first('doc_number', 'number_prefix', 'number_year', 'number_seq', 'issuing_unit_id');
  const issuing = doc?.issuing_unit_id ? await org.unit(doc.issuing_unit_id, { db: trx }) : null;
  if (!doc || !issuing) throw notFound('documents.not_found', text('公文不存在', 'No such document'));
  if (doc.doc_number) return { docNumber: doc.doc_number, prefix: doc.number_prefix, year: doc.number_year, seq: doc.number_seq, fresh: false };
  if (!issuing.docPrefix) throw conflict('documents.no_doc_prefix', text('发文机关没有设置机关代字，不能编号', 'The issuing body has no document prefix'));
  const prefix = issuing.docPrefix;
  const year = chinaYear(at);
  const seq = await nextInSequence(trx, outgoingCounter(prefix), year);
  const docNumber = formatDocNumber(prefix, year, seq);
  await trx('documents_numbers').insert({ prefix, year, seq, doc_number: docNumber, document_id: documentId });
  await trx('documents_documents')
    .where({ id: documentId })
    .update({ doc_number: docNumber, number_prefix: prefix, number_year: year, number_seq: seq, numbered_at: trx.fn.now(), updated_at: trx.fn.now() });
  return { docNumber, prefix, year, seq, fresh: true };
}

export interface VoidedNumber {
  prefix: string;
  year: number;
  seq: number;
  docNumber: string;
  documentId: string | null;
}

/** Voids the number of a cancelled document (作废): the number is never given again. */
export async function voidDocumentNumber(trx: Knex.Transaction, documentId: string, reason: string, voidedBy: string): Promise<VoidedNumber> {
  const doc = await trx('documents_documents').where({ id: documentId }).forUpdate().first('state', 'number_prefix', 'number_year', 'number_seq', 'doc_number');
  if (!doc) throw notFound('documents.not_found', text('公文不存在', 'No such document'));
  if (!doc.doc_number) throw conflict('documents.not_numbered', text('该公文尚未编号', 'The document has no number'));
  if (doc.state !== 'cancelled')
    throw conflict('documents.number_in_use', text('只能作废已撤销公文的文号', 'Only the number of a cancelled document can be voided'));
  const updated = await trx('documents_numbers')
    .where({ prefix: doc.number_prefix, year: doc.number_year, seq: doc.number_seq, state: 'assigned' })
    .update({ state: 'void', void_reason: reason, voided_by: voidedBy, voided_at: trx.fn.now() });
  if (!updated) throw conflict('documents.number_already_void', text('该文号已作废', 'The number is already void'));
  return { prefix: doc.number_prefix, year: doc.number_year, seq: doc.number_seq, docNumber: doc.doc_number, documentId };
}

/** Voids the next number of a prefix without a document (跳号作废, e.g. a number used on paper). */
export async function voidNextNumber(trx: Knex.Transaction, prefix: string, reason: string, voidedBy: string, at: Date = new Date()): Promise<VoidedNumber> {
  const year = chinaYear(at);
  const seq = await nextInSequence(trx, outgoingCounter(prefix), year);
  const docNumber = formatDocNumber(prefix, year, seq);
  await trx('documents_numbers').insert({
    prefix,
    year,
    seq,
    doc_number: docNumber,
    state: 'void',
    void_reason: reason,
    voided_by: voidedBy,
    voided_at: trx.fn.now(),
  });
  return { prefix, year, seq, docNumber, documentId: null };
}

export interface NumberRegisterEntry {
  seq: number;
  docNumber: string;
  documentId: string | null;
  state: 'assigned' | 'void';
  assignedAt: string;
  voidReason: string | null;
  voidedAt: string | null;
}

/** The register of a prefix's numbers in a year, in order; `gaps` lists any missing sequence number (there should be none). */
export async function numberRegister(db: Knex, prefix: string, year: number): Promise<{ entries: NumberRegisterEntry[]; gaps: number[] }> {
  const rows = await db('documents_numbers').where({ prefix, year }).orderBy('seq');
  const entries = rows.map((r) => ({
    seq: Number(r.seq),
    docNumber: r.doc_number as string,
    documentId: (r.document_id as string | null) ?? null,
    state: r.state as 'assigned' | 'void',
    assignedAt: new Date(r.assigned_at).toISOString(),
    voidReason: (r.void_reason as string | null) ?? null,
    voidedAt: r.voided_at ? new Date(r.voided_at).toISOString() : null,
  }));
  const gaps: number[] = [];
  entries.forEach((e, i) => {
    const expected = (entries[i - 1]?.seq ?? 0) + 1;
    for (let s = expected; s < e.seq; s++) gaps.push(s);
  });
  return { entries, gaps };
}
