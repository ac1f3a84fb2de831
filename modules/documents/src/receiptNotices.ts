import type { Knex } from 'knex';
import type { ModuleContext } from '@kunlun/core';

/**
 * What reaches the registrars' bells (not only the 待签收 list): a document delivered to their
 * unit, and the sender's 催办 to sign for it. Sent with the transaction that delivers or urges.
 */
type Ctx = Pick<ModuleContext, 'notify' | 'org'>;

async function notifyRegistrars(
  ctx: Ctx,
  trx: Knex.Transaction,
  documentId: string,
  unitIds: readonly string[],
  kind: string,
  title: (doc: { title: string; issuer_name: string }) => string,
): Promise<number> {
  if (!unitIds.length) return 0;
  const doc = await trx('documents_documents').where({ id: documentId }).first('title', 'issuer_name');
  const registrars = await ctx.org.postHolders(unitIds, 'registrar', { db: trx });
  return ctx.notify(trx, { userIds: registrars.map((r) => r.person.id), kind, title: title(doc), body: doc.issuer_name, link: `/documents/${documentId}` });
}

/** 待签收: the document arrived in the units' inboxes. */
export function noticeDelivered(ctx: Ctx, trx: Knex.Transaction, documentId: string, unitIds: readonly string[]): Promise<number> {
  return notifyRegistrars(ctx, trx, documentId, unitIds, 'documents.delivered', (d) => `待签收：${d.title}`);
}

/** 催办: the sender asks the units to sign for it. */
export function noticeUrged(ctx: Ctx, trx: Knex.Transaction, documentId: string, unitIds: readonly string[]): Promise<number> {
  return notifyRegistrars(ctx, trx, documentId, unitIds, 'documents.urged', (d) => `催办签收：${d.title}`);
}
