import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { ApiError, type ModuleContext } from '@kunlun/core';
import { renderInChildProcess } from './renditionProcess.ts';
import { loadDocumentRow, type DocumentRow } from '../documentContent.ts';
import { renditionInputOf } from './renditionInput.ts';
import { DOCUMENT_OWNER } from './outgoingDrafting.ts';
import { isLastingFailure, recordRenditionFailure } from './renditionFailure.ts';

/**
 * 印制: the GB/T 9704 PDF of a registered document, made by a worker. The process asks for it
 * (documents.requestRendition) and waits for the message documents.rendered; the job renders,
 * stores the PDF as a file linked to the document (readable by whoever may read the document),
 * and delivers the message. Missing fonts, a layout or a seal problem fail at once, anything else
 * is retried; a failed rendition shows on the document, rings the print room's bells
 * (renditionFailure.ts) and is made again with 重新生成 (retryRendition), after which the process
 * goes on as if it had never failed. The PDF is made in a short-lived process of its own
 * (renditionProcess.ts), so the fonts do not stay in this one.
 */
export const RENDER_JOB = 'documents.render';
export const RENDERED_MESSAGE = 'documents.rendered';

type Ctx = Pick<ModuleContext, 'db' | 'files' | 'engine' | 'jobs' | 'log' | 'org' | 'notify'>;

const PENDING = { rendition_state: 'pending', rendition_error: null, rendition_failure: null, rendition_failed_at: null } as const;

function enqueueRender(ctx: Pick<ModuleContext, 'jobs'>, trx: Knex.Transaction, documentId: string, requestedBy: string | null): Promise<void> {
  return ctx.jobs.enqueueAfterCommit(trx, RENDER_JOB, { documentId, requestedBy }, { jobId: `render-${documentId}-${randomUUID()}`, attempts: 3 });
}

/** The PDF of a document as it stands (also used for previews before registration). */
export async function renderDocumentPdf(ctx: Pick<ModuleContext, 'db' | 'files' | 'org'>, doc: DocumentRow, opts: { at?: Date } = {}): Promise<Uint8Array> {
  const sealFileId = doc.sealed ? (doc.seal_file_id as string | null) : null;
  const seal = sealFileId ? new Uint8Array(await ctx.files.read(sealFileId)) : undefined;
  const input = await renditionInputOf(ctx.db, ctx.org, doc, { seal, ...(opts.at ? { at: opts.at } : {}) });
  return renderInChildProcess(input);
}

/** Inside the process's move (or a request to print again): marks the rendition pending and queues the job with it. */
export async function requestRendition(ctx: Pick<ModuleContext, 'jobs'>, trx: Knex.Transaction, documentId: string, requestedBy: string | null): Promise<void> {
  await trx('documents_documents')
    .where({ id: documentId })
    .update({ ...PENDING, updated_at: trx.fn.now() });
  await enqueueRender(ctx, trx, documentId, requestedBy);
}

/**
 * 重新生成: a failed rendition made again. Only a failed one is (false otherwise): of two retries
 * at once, the one whose update finds the rendition still failed wins, the other waits on the
 * row and finds it pending.
 */
export async function retryRendition(ctx: Pick<ModuleContext, 'jobs'>, trx: Knex.Transaction, documentId: string, requestedBy: string): Promise<boolean> {
  const updated = await trx('documents_documents')
    .where({ id: documentId, rendition_state: 'failed' })
    .update({ ...PENDING, updated_at: trx.fn.now() });
  if (!updated) return false;
  await enqueueRender(ctx, trx, documentId, requestedBy);
  return true;
}

/** The render job. */
export async function produceRendition(
  ctx: Ctx,
  data: { documentId: string; requestedBy: string | null },
  job?: { attemptsMade: number; opts: { attempts?: number | undefined } },
): Promise<{ fileId: string } | { skipped: string }> {
  const doc = await loadDocumentRow(ctx.db, data.documentId);
  if (!doc || doc.rendition_state !== 'pending') return { skipped: 'not pending' };
  let bytes: Uint8Array;
  try {
    bytes = await renderDocumentPdf(ctx, doc);
  } catch (err) {
    const lastAttempt = !job || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (isLastingFailure(err) || lastAttempt) {
      await recordRenditionFailure(ctx, doc, err, data.requestedBy);
      return { skipped: 'failed' };
    }
    throw err;
  }
  const owner = data.requestedBy ?? doc.drafted_by;
  const file = await ctx.engine.transaction(async (trx) => {
    const saved = await ctx.files.save({ name: `${doc.doc_number ?? doc.title}.pdf`, data: Buffer.from(bytes), uploadedBy: owner }, trx);
    await trx('documents_documents')
      .where({ id: doc.id })
      .update({
        rendition_file_id: saved.id,
        rendition_state: 'ready',
        state: trx.raw("CASE state WHEN 'numbered' THEN 'printed' ELSE state END"),
        updated_at: trx.fn.now(),
      });
    await ctx.files.link(trx, [saved.id], DOCUMENT_OWNER, doc.id, owner ?? '');
    try {
      await ctx.engine.correlate(trx, { name: RENDERED_MESSAGE, correlationKey: doc.id, variables: { renditionFileId: saved.id } });
    } catch (err) {
      // A rendition made again after the process moved on: nobody waits for the message.
      if (!(err instanceof ApiError && err.status === 404)) throw err;
    }
    return saved;
  });
  return { fileId: file.id };
}
