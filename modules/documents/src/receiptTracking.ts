import type { Knex } from 'knex';
import { conflict, countRows, text, type OrgService } from '@kunlun/core';

/**
 * The sender's receipt table (签收情况): for every recipient unit, whether the document is still
 * on its way, delivered to its inbox, signed for (who, when), returned (退文, with the reason) or
 * recalled; urging (催办) the units that have not signed, and recalling (撤回) the document from
 * units before they sign.
 */
export const RECEIPT_STATES = ['pending', 'delivered', 'signed', 'returned', 'recalled'] as const;
export type ReceiptState = (typeof RECEIPT_STATES)[number];

const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);
const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);

export interface ReceiptRow {
  unit: { id: string; code: string; name: string };
  role: 'main' | 'copy';
  state: ReceiptState;
  receiptId: string | null;
  deliveredAt: string | null;
  signedBy: { id: string; name: string } | null;
  signedAt: string | null;
  returnedBy: { id: string; name: string } | null;
  returnedAt: string | null;
  returnReason: string | null;
  recalledAt: string | null;
  urgeCount: number;
  lastUrgedAt: string | null;
  incomingNumber: string | null;
}

function tableQuery(db: Knex, documentId: string) {
  return db('documents_recipients as r')
    .leftJoin('documents_receipts as c', (j) => j.on('c.document_id', 'r.document_id').andOn('c.unit_id', 'r.unit_id'))
    .where('r.document_id', documentId);
}

export async function receiptTable(db: Knex, org: OrgService, documentId: string, opts: { state?: ReceiptState | undefined; page: number; pageSize: number }) {
  const summaryRows: { state: string | null; n: number | string }[] = await tableQuery(db, documentId)
    .groupBy('c.state')
    .select('c.state', db.raw('count(*) as n'));
  const summary = Object.fromEntries(RECEIPT_STATES.map((s) => [s, 0])) as Record<ReceiptState, number>;
  for (const row of summaryRows) summary[(row.state ?? 'pending') as ReceiptState] += Number(row.n);
  const q = tableQuery(db, documentId);
  if (opts.state === 'pending') q.whereNull('c.id');
  else if (opts.state) q.where('c.state', opts.state);
  const total = await countRows(q);
  const rows = await q
    .leftJoin('documents_incoming as i', 'i.id', 'c.incoming_id')
    .orderBy('r.sort_order')
    .offset((opts.page - 1) * opts.pageSize)
    .limit(opts.pageSize)
    // The recipient's unit last: a unit not yet delivered to has no receipt (c.unit_id null).
    .select('c.*', 'c.id as receipt_id', 'i.incoming_number', 'r.unit_id', 'r.role');
  const [units, names] = await Promise.all([
    org.units(rows.map((r) => r.unit_id as string)),
    org.displayNames(rows.flatMap((r) => [r.signed_by, r.returned_by])),
  ]);
  const items: ReceiptRow[] = rows.map((r) => ({
    unit: { id: r.unit_id, code: units.get(r.unit_id)?.code ?? '', name: units.get(r.unit_id)?.name ?? '' },
    role: r.role,
    state: (r.receipt_id ? r.state : 'pending') as ReceiptState,
    receiptId: r.receipt_id ?? null,
    deliveredAt: iso(r.receipt_id && r.delivered_at),
    signedBy: person(r.signed_by, names.get(r.signed_by) ?? null),
    signedAt: iso(r.signed_at),
    returnedBy: person(r.returned_by, names.get(r.returned_by) ?? null),
    returnedAt: iso(r.returned_at),
    returnReason: r.return_reason ?? null,
    recalledAt: iso(r.recalled_at),
    urgeCount: Number(r.urge_count ?? 0),
    lastUrgedAt: iso(r.last_urged_at),
    incomingNumber: r.incoming_number ?? null,
  }));
  return { items, total, summary };
}

/** 催办: reminds the units that have the document but have not signed for it; answers those units. */
export async function urgeUnsigned(trx: Knex.Transaction, documentId: string, unitIds: readonly string[] | undefined): Promise<string[]> {
  const q = trx('documents_receipts').where({ document_id: documentId, state: 'delivered' });
  if (unitIds?.length) q.whereIn('unit_id', [...unitIds]);
  const urged: { unit_id: string }[] = await q.update({ urge_count: trx.raw('urge_count + 1'), last_urged_at: trx.fn.now() }).returning('unit_id');
  return urged.map((r) => r.unit_id);
}

/** 撤回: takes the document back from units that have not signed for it; signed ones stay (listed as refused). */
export async function recallUnsigned(
  trx: Knex.Transaction,
  documentId: string,
  unitIds: readonly string[] | undefined,
  by: string,
): Promise<{ recalled: number; refused: string[]; recalledUnitIds: string[] }> {
  const scope = (q: Knex.QueryBuilder) => (unitIds?.length ? q.whereIn('unit_id', [...unitIds]) : q);
  const refused: string[] = unitIds?.length
    ? await scope(trx('documents_receipts').where({ document_id: documentId }).whereNot({ state: 'delivered' })).pluck('unit_id')
    : [];
  const rows: { unit_id: string }[] = await scope(trx('documents_receipts').where({ document_id: documentId, state: 'delivered' }))
    .update({ state: 'recalled', recalled_by: by, recalled_at: trx.fn.now() })
    .returning('unit_id');
  const recalled = rows.length;
  if (!recalled && refused.length) {
    throw conflict('documents.already_signed', text('所选单位已签收或已退文，不能撤回', 'The chosen units have already signed for or returned the document'), {
      unitIds: refused,
    });
  }
  return { recalled, refused, recalledUnitIds: rows.map((r) => r.unit_id) };
}
