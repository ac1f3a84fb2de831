import type { Knex } from 'knex';
import type { ModuleContext } from '@kunlun/core';
import { receivingUnitOfReceipt } from './receivingUnits.ts';

/**
 * What reaches the registrars' bells (not only the 待签收 list): a document delivered to their
 * unit, the sender's 催办 to sign for it, and the sender's 撤回 of it. The bells ring for the
 * registrars who receive for each copy (receivingUnits.ts): a government's copy rings in its
 * office, saying for whom. Sent with the transaction that delivers, urges or recalls.
 */
type Ctx = Pick<ModuleContext, 'notify' | 'org'>;

interface Notice {
  kind: string;
  title: (doc: { title: string; issuer_name: string }) => string;
  body?: string;
}

async function notifyRegistrars(ctx: Ctx, trx: Knex.Transaction, documentId: string, unitIds: readonly string[], notice: Notice): Promise<number> {
  if (!unitIds.length) return 0;
  const doc = await trx('documents_documents').where({ id: documentId }).first('title', 'issuer_name');
  const copies: { unit_id: string; receiving_unit_id: string | null }[] = await trx('documents_receipts')
    .where({ document_id: documentId })
    .whereIn('unit_id', [...unitIds])
    .select('unit_id', 'receiving_unit_id');
  const forWhom = new Map<string, string[]>();
  for (const c of copies) {
    const receiver = receivingUnitOfReceipt(c);
    forWhom.set(receiver, [...(forWhom.get(receiver) ?? []), c.unit_id]);
  }
  const names = await ctx.org.units(
    copies.map((c) => c.unit_id),
    { db: trx },
  );
  const holders = await ctx.org.postHolders([...forWhom.keys()], 'registrar', { db: trx });
  const registrarsOf = new Map<string, string[]>();
  for (const h of holders) registrarsOf.set(h.unitId, [...(registrarsOf.get(h.unitId) ?? []), h.person.id]);
  // One notice for the registrars of units that receive only their own copy; one per unit that also receives for others, saying for whom.
  const own: string[] = [];
  const notices: { userIds: string[]; body: string }[] = [];
  for (const [receiver, addressed] of forWhom) {
    const userIds = registrarsOf.get(receiver) ?? [];
    const proxied = addressed.filter((id) => id !== receiver).map((id) => names.get(id)?.name ?? '');
    if (!proxied.length) own.push(...userIds);
    else if (userIds.length) notices.push({ userIds, body: `${notice.body ?? doc.issuer_name}；代收：${proxied.join('、')}` });
  }
  if (own.length) notices.push({ userIds: own, body: notice.body ?? doc.issuer_name });
  let sent = 0;
  for (const { userIds, body } of notices) {
    sent += await ctx.notify(trx, { userIds, kind: notice.kind, title: notice.title(doc), body, link: `/documents/${documentId}` });
  }
  return sent;
}

/** 待签收: the document arrived in the units' inboxes. */
export function noticeDelivered(ctx: Ctx, trx: Knex.Transaction, documentId: string, unitIds: readonly string[]): Promise<number> {
  return notifyRegistrars(ctx, trx, documentId, unitIds, { kind: 'documents.delivered', title: (d) => `待签收：${d.title}` });
}

/** 催办: the sender asks the units to sign for it. */
export function noticeUrged(ctx: Ctx, trx: Knex.Transaction, documentId: string, unitIds: readonly string[]): Promise<number> {
  return notifyRegistrars(ctx, trx, documentId, unitIds, { kind: 'documents.urged', title: (d) => `催办签收：${d.title}` });
}

/** 撤回: the sender took the document back before the units signed for it; says who, and why when given. */
export function noticeRecalled(
  ctx: Ctx,
  trx: Knex.Transaction,
  documentId: string,
  unitIds: readonly string[],
  by: { name: string; reason?: string | undefined },
): Promise<number> {
  const body = `已由${by.name}撤回${by.reason ? `，理由：${by.reason}` : ''}`;
  return notifyRegistrars(ctx, trx, documentId, unitIds, { kind: 'documents.recalled', title: (d) => `公文已撤回：${d.title}`, body });
}
