import type { Knex } from 'knex';
import { countRows, type ModuleEngine, type OrgService } from '@kunlun/core';
import { whereMatches } from './documentSearch.ts';
import type { DocumentType, Urgency } from './documentVocabulary.ts';
import { approvalRecords, sentBackOf, type SentBack } from './stepOpinions.ts';

/**
 * The lists of the documents desk, for the caller's own units:
 * - drafts  (草稿): documents the caller is drafting, not yet numbered;
 * - sent    (发文): documents the caller's unit issued or drafted, once numbered;
 * - toSign  (待签收): documents delivered to a unit the caller receives for as 收发员 (its own, or
 *   one it receives for: 代收, receivingUnits.ts), not yet signed for;
 * - received (收文): incoming records of the caller's units, or signed for by them (signed for, or
 *   registered from paper);
 * - archived (归档): sent documents and incoming records that are filed.
 * Each filters by keyword (title, body, number — Chinese included), type, year, issuing unit
 * and urgency, newest first, paged. A draft sent back to its drafter says so (已退回), with the reason.
 */
export const BOXES = ['drafts', 'sent', 'toSign', 'received', 'archived'] as const;
export type Box = (typeof BOXES)[number];

export interface ListFilters {
  box: Box;
  keyword?: string | undefined;
  docType?: DocumentType | undefined;
  year?: number | undefined;
  unitId?: string | undefined;
  urgency?: Urgency | undefined;
  page: number;
  pageSize: number;
}

export interface ListItem {
  kind: 'document' | 'receipt' | 'incoming';
  id: string;
  documentId: string;
  title: string;
  docType: string;
  docNumber: string | null;
  urgency: string;
  issuerName: string;
  state: string;
  at: string;
  unit: { id: string; name: string } | null;
  incomingNumber: string | null;
  urgeCount: number;
  sentBack: SentBack | null;
}

const ISSUED = ['numbered', 'printed', 'distributed', 'archived'];
const DOC_YEAR = "coalesce(d.number_year, extract(year from d.created_at at time zone 'Asia/Shanghai')::int)";

function filtered(q: Knex.QueryBuilder, f: ListFilters, yearExpression: string): Knex.QueryBuilder {
  if (f.keyword) whereMatches(q, f.keyword, 'd');
  if (f.docType) q.where('d.doc_type', f.docType);
  if (f.urgency) q.where('d.urgency', f.urgency);
  if (f.unitId) q.where((w) => w.where('d.issuing_unit_id', f.unitId!).orWhereRaw('? = any(d.joint_unit_ids)', [f.unitId!]));
  if (f.year) q.whereRaw(`${yearExpression} = ?`, [f.year]);
  return q;
}

const documentColumns = (db: Knex) => [
  'd.id as document_id',
  'd.title',
  'd.doc_type',
  db.raw('coalesce(d.doc_number, d.external_number) as doc_number'),
  'd.urgency',
  'd.issuer_name',
];

function sentQuery(db: Knex, f: ListFilters, userId: string, unitIds: string[], states: string[]) {
  const q = db('documents_documents as d')
    .where('d.origin', 'system')
    .whereIn('d.state', states)
    .where((w) => w.whereIn('d.issuing_unit_id', unitIds).orWhereIn('d.drafting_unit_id', unitIds).orWhere('d.drafted_by', userId))
    .select(
      db.raw("'document' as kind"),
      'd.id',
      ...documentColumns(db),
      'd.state',
      db.raw('coalesce(d.distributed_at, d.numbered_at, d.created_at) as at'),
      'd.issuing_unit_id as unit_id',
      db.raw('null::text as incoming_number'),
      db.raw('0 as urge_count'),
    );
  return filtered(q, f, DOC_YEAR);
}

function incomingQuery(db: Knex, f: ListFilters, unitIds: string[], states: string[] | null) {
  const q = db('documents_incoming as i')
    .join('documents_documents as d', 'd.id', 'i.document_id')
    .where((w) => w.whereIn('i.unit_id', unitIds).orWhereIn('i.receiving_unit_id', unitIds))
    .select(
      db.raw("'incoming' as kind"),
      'i.id',
      ...documentColumns(db),
      'i.state',
      'i.received_at as at',
      'i.unit_id',
      'i.incoming_number',
      db.raw('0 as urge_count'),
    );
  if (states) q.whereIn('i.state', states);
  return filtered(q, f, "extract(year from i.received_at at time zone 'Asia/Shanghai')::int");
}

function boxQuery(db: Knex, f: ListFilters, userId: string, unitIds: string[], registrarUnitIds: string[]): Knex.QueryBuilder {
  switch (f.box) {
    case 'drafts':
      return filtered(
        db('documents_documents as d')
          .where({ 'd.drafted_by': userId, 'd.state': 'drafting' })
          .select(
            db.raw("'document' as kind"),
            'd.id',
            ...documentColumns(db),
            'd.state',
            'd.updated_at as at',
            'd.issuing_unit_id as unit_id',
            db.raw('null::text as incoming_number'),
            db.raw('0 as urge_count'),
            'd.instance_id',
          ),
        f,
        DOC_YEAR,
      );
    case 'sent':
      return sentQuery(db, f, userId, unitIds, ISSUED);
    case 'toSign':
      return filtered(
        db('documents_receipts as r')
          .join('documents_documents as d', 'd.id', 'r.document_id')
          .whereRaw('coalesce(r.receiving_unit_id, r.unit_id) = any(?::uuid[])', [registrarUnitIds])
          .where('r.state', 'delivered')
          .select(
            db.raw("'receipt' as kind"),
            'r.id',
            ...documentColumns(db),
            'r.state',
            'r.delivered_at as at',
            'r.unit_id',
            db.raw('null::text as incoming_number'),
            'r.urge_count',
          ),
        f,
        "extract(year from r.delivered_at at time zone 'Asia/Shanghai')::int",
      );
    case 'received':
      return incomingQuery(db, f, unitIds, null);
    case 'archived':
      return db.select('*').from(db.unionAll([sentQuery(db, f, userId, unitIds, ['archived']), incomingQuery(db, f, unitIds, ['archived'])], true).as('x'));
  }
}

export async function listDocuments(
  db: Knex,
  org: OrgService,
  userId: string,
  f: ListFilters,
  engine?: Pick<ModuleEngine, 'taskRecords'>,
): Promise<{ items: ListItem[]; total: number }> {
  const posts = await org.postsOf(userId);
  const unitIds = [...new Set(posts.map((p) => p.unitId))];
  const registrarUnitIds = [...new Set(posts.filter((p) => p.postType === 'registrar').map((p) => p.unitId))];
  const q = boxQuery(db, f, userId, unitIds, registrarUnitIds);
  const total = await countRows(q);
  const rows: Record<string, any>[] = await q
    .clone()
    .orderByRaw(f.box === 'toSign' ? 'urge_count desc, at desc, id' : 'at desc, id')
    .offset((f.page - 1) * f.pageSize)
    .limit(f.pageSize);
  const names = await org.units(rows.map((r) => r.unit_id as string).filter(Boolean));
  const sentBack = await Promise.all(
    rows.map(async (r) => (f.box === 'drafts' && engine ? sentBackOf(await approvalRecords(engine, r.instance_id ?? null)) : null)),
  );
  const items: ListItem[] = rows.map((r, i) => ({
    kind: r.kind,
    id: r.id,
    documentId: r.document_id,
    title: r.title,
    docType: r.doc_type,
    docNumber: r.doc_number ?? null,
    urgency: r.urgency,
    issuerName: r.issuer_name,
    state: r.state,
    at: new Date(r.at).toISOString(),
    unit: r.unit_id ? { id: r.unit_id, name: names.get(r.unit_id)?.name ?? '' } : null,
    incomingNumber: r.incoming_number ?? null,
    urgeCount: Number(r.urge_count ?? 0),
    sentBack: sentBack[i] ?? null,
  }));
  return { items, total };
}
