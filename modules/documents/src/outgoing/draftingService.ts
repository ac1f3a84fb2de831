import type { Knex } from 'knex';
import { conflict, text, unprocessable, type ModuleContext } from '@kunlun/core';
import type { DocumentDrafting, DocumentSource, OutgoingDraftRequest } from '../contract.ts';
import { draftDocumentIn } from './outgoingDrafting.ts';

/**
 * documents.drafting: 拟稿 asked for by another module (据此拟文 from an approved 签报). It drafts
 * through the same path as the documents desk; the document records where it came from, and a
 * source has at most one document that is not cancelled.
 */
type Ctx = Pick<ModuleContext, 'db' | 'engine' | 'files' | 'org'>;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text as the body's paragraphs: one per non-empty line. */
export function paragraphsOf(body: string): string {
  return body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

const alreadyDrafted = (documentId?: string) =>
  conflict('documents.source_drafted', text('已据此拟过公文', 'A document was already drafted from it'), documentId ? { documentId } : {});

async function draftedFrom(db: Knex | Knex.Transaction, source: Pick<DocumentSource, 'module' | 'kind' | 'id'>) {
  const row = await db('documents_documents')
    .where({ source_module: source.module, source_kind: source.kind, source_id: source.id })
    .whereNot('state', 'cancelled')
    .first('id', 'title', 'state');
  return row ? { id: row.id as string, title: row.title as string, state: row.state as string } : null;
}

async function createIn(ctx: Ctx, trx: Knex.Transaction, request: OutgoingDraftRequest): Promise<{ id: string }> {
  const existing = await draftedFrom(trx, request.source);
  if (existing) throw alreadyDrafted(existing.id);
  const [person] = (await ctx.org.people([request.draftedBy], { db: trx })).values();
  const member = person && (await ctx.org.unitsOf(person.id, { db: trx })).some((u) => u.id === request.unitId);
  if (!person || !member) {
    throw unprocessable('documents.drafter_not_in_unit', text('拟稿人不在该单位', 'The drafter is not a member of that unit'), {
      draftedBy: request.draftedBy,
      unitId: request.unitId,
    });
  }
  const drafter = { id: person.id, name: person.displayName, unitId: request.unitId };
  const input = { docType: request.docType ?? ('通知' as const), title: request.title, bodyHtml: paragraphsOf(request.body) };
  try {
    const { id } = await draftDocumentIn(ctx, trx, input, drafter, request.source);
    return { id };
  } catch (err) {
    // Two requests at once: the second meets the first's document through the unique index.
    if ((err as { code?: string }).code === '23505' && String((err as Error).message).includes('documents_documents_source')) throw alreadyDrafted();
    throw err;
  }
}

export function documentDrafting(ctx: Ctx): DocumentDrafting {
  return {
    createOutgoingDraft: (request, trx) => (trx ? createIn(ctx, trx, request) : ctx.engine.transaction((t) => createIn(ctx, t, request))),
    draftedFrom: (source, trx) => draftedFrom(trx ?? ctx.db, source),
  };
}
