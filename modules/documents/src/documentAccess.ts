import type { Knex } from 'knex';
import { forbidden, notFound, text, type AuthContext, type ModuleContext, type OrgService } from '@kunlun/core';
import type { UnitInfo } from './orgDirectory.ts';
import { tookPart } from './processRecords.ts';
import { receivingUnitsOf } from './receivingUnits.ts';
import type { DocumentRow } from './documentContent.ts';

/**
 * Who may read a document (and every file linked to it):
 * - its participants: the drafter, and anyone who held, handled or read a step of its outgoing
 *   process or of an incoming process of it;
 * - the sender: the drafter, participants of its outgoing process, and people of the issuing or
 *   drafting unit once it is numbered — never someone who only took part in a recipient's
 *   incoming process (a recipient sees its own copy, not the others');
 * - the recipients: people of a unit it was delivered to (unless recalled) or that registered it,
 *   and of the unit that receives for it (代收, receivingUnits.ts).
 * Anyone else gets 404, as if it did not exist.
 */
/** What reading a document needs: the module's database, the organization and the engine's reads of its processes. */
export type DocumentReads = Pick<ModuleContext, 'db' | 'engine' | 'org'>;

export const documentNotFound = () => notFound('documents.not_found', text('公文不存在', 'No such document'));

const ISSUED = ['numbered', 'printed', 'distributed', 'archived'];

export interface DocumentViewer {
  /** Sender side: may see the receipt table, urge and recall. */
  sender: boolean;
  /** A unit it was sent to or registered in, that the viewer belongs to. */
  recipientUnitIds: string[];
  participant: boolean;
}

async function incomingOf(db: Knex, documentId: string): Promise<{ unit_id: string; receiving_unit_id: string | null; instance_id: string | null }[]> {
  return db('documents_incoming').where({ document_id: documentId }).select('unit_id', 'receiving_unit_id', 'instance_id');
}

export async function viewerOf(ctx: DocumentReads, auth: AuthContext, doc: DocumentRow, myUnits?: readonly UnitInfo[]): Promise<DocumentViewer> {
  const { db } = ctx;
  const userId = auth.user.id;
  const units = myUnits ?? (await ctx.org.unitsOf(userId));
  const unitIds = units.map((u) => u.id);
  const incoming = await incomingOf(db, doc.id);
  const drafter = doc.drafted_by === userId || (await tookPart(ctx.engine, [doc.instance_id], userId));
  const participant =
    drafter ||
    (await tookPart(
      ctx.engine,
      incoming.map((i) => i.instance_id),
      userId,
    ));
  const ownUnit = [doc.issuing_unit_id, doc.drafting_unit_id].some((id) => id && unitIds.includes(id));
  const sender = doc.origin === 'system' && (drafter || (ownUnit && ISSUED.includes(doc.state)));
  const delivered: string[] = unitIds.length
    ? await db('documents_receipts')
        .where({ document_id: doc.id })
        .where((w) => w.whereIn('unit_id', unitIds).orWhereIn('receiving_unit_id', unitIds))
        .whereNot({ state: 'recalled' })
        .pluck('unit_id')
    : [];
  const registered = incoming
    .filter((i) => unitIds.includes(i.unit_id) || (i.receiving_unit_id && unitIds.includes(i.receiving_unit_id)))
    .map((i) => i.unit_id);
  return { sender, recipientUnitIds: [...new Set([...delivered, ...registered])], participant };
}

export function mayRead(viewer: DocumentViewer): boolean {
  return viewer.sender || viewer.participant || viewer.recipientUnitIds.length > 0;
}

/** The document for a reader, or 404. */
export async function readableDocument(ctx: DocumentReads, auth: AuthContext, documentId: string): Promise<{ doc: DocumentRow; viewer: DocumentViewer }> {
  const doc = (await ctx.db('documents_documents').where({ id: documentId }).first()) as DocumentRow | undefined;
  if (!doc) throw documentNotFound();
  const viewer = await viewerOf(ctx, auth, doc);
  if (!mayRead(viewer)) throw documentNotFound();
  return { doc, viewer };
}

/** The sender side only (receipt table, urging, recalling): readers who are not get 403. */
export async function senderDocument(ctx: DocumentReads, auth: AuthContext, documentId: string): Promise<DocumentRow> {
  const { doc, viewer } = await readableDocument(ctx, auth, documentId);
  if (!viewer.sender)
    throw forbidden('documents.not_sender', text('只有发文单位可以查看签收情况、催办和撤回', 'Only the sender may see receipts, urge or recall'));
  return doc;
}

/**
 * 收发员 of a unit, or of the unit that receives for it (代收): who signs for and returns what
 * is delivered to it, or registers paper documents for it.
 */
export async function requireRegistrar(
  org: OrgService,
  trx: Knex.Transaction,
  auth: AuthContext,
  unitId: string,
  receivingUnitId?: string | null,
): Promise<void> {
  const receiver = receivingUnitId === undefined ? (await receivingUnitsOf(trx, org, [unitId], { db: trx })).get(unitId) : receivingUnitId;
  const units = [...new Set([unitId, ...(receiver ? [receiver] : [])])];
  let holds = false;
  for (const id of units) holds ||= await org.holdsPost(auth.user.id, id, ['registrar'], { db: trx });
  if (!holds) {
    throw forbidden(
      'documents.not_registrar',
      text('只有收文单位的收发员可以签收或退文', "Only the receiving unit's registrar may sign for or return a document"),
    );
  }
}

/** Registered with core files: attachments, body files, renditions and seals follow the document's readers. */
export function fileAccessCheck(ctx: DocumentReads) {
  return async (auth: AuthContext, documentId: string): Promise<boolean> => {
    const doc = (await ctx.db('documents_documents').where({ id: documentId }).first()) as DocumentRow | undefined;
    return Boolean(doc && mayRead(await viewerOf(ctx, auth, doc)));
  };
}
