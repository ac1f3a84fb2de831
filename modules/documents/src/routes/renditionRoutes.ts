import { z } from 'zod';
import { ApiError, defineRoute, RESPONSE_SENT, conflict, forbidden, text, type AuthContext, type ModuleContext } from '@kunlun/core';
import { readableDocument, senderDocument } from '../documentAccess.ts';
import type { DocumentRow } from '../documentContent.ts';
import { renderDocumentPdf, requestRendition, retryRendition } from '../outgoing/renditionProduction.ts';
import { failureKindOf, failureReason, mayMakeAgain, type RenditionFailureKind } from '../outgoing/renditionFailure.ts';
import { previewRefusalPage } from './previewRefusalPage.ts';
import { idParams } from './documentSchemas.ts';

/** A document's PDF: the preview as it stands, printing again (印制), and 重新生成 of a failed rendition. */
const PREVIEW_REFUSALS: Record<RenditionFailureKind, { status: 422 | 503; code: string }> = {
  fonts_missing: { status: 503, code: 'documents.fonts_missing' },
  layout: { status: 422, code: 'documents.layout_failed' },
  seal: { status: 422, code: 'documents.seal_invalid' },
  error: { status: 503, code: 'documents.rendition_failed' },
};

const renditionAccepted = z.object({ state: z.literal('pending') });

async function printRoomDocument(ctx: ModuleContext, auth: AuthContext, id: string): Promise<DocumentRow> {
  const doc = await senderDocument(ctx, auth, id);
  if (!(await mayMakeAgain(ctx, auth.user.id, doc))) {
    throw forbidden(
      'documents.not_print_room',
      text('只有发文机关的收发员或办公室主任可以重新印制', "Only the issuing body's registrar or office director may print again"),
    );
  }
  return doc;
}

export function renditionRoutes(ctx: ModuleContext) {
  return [
    defineRoute({
      method: 'GET',
      path: '/:id/preview',
      summary: '版式预览（GB/T 9704 PDF，登记前文号留空）Preview the fixed-layout PDF',
      access: { permission: 'documents.document.read' },
      params: idParams,
      async handler({ params, auth, log, ctx: http }) {
        const { doc } = await readableDocument(ctx, auth, params.id);
        if (doc.origin !== 'system') throw conflict('documents.paper_no_layout', text('纸质来文没有版式文件', 'A paper document has no layout'));
        let pdf: Uint8Array;
        try {
          pdf = await renderDocumentPdf(ctx, doc);
        } catch (err) {
          const kind = failureKindOf(err);
          if (kind === 'error') log.warn({ err, documentId: doc.id }, 'preview failed');
          const reason = failureReason(kind);
          const refusal = PREVIEW_REFUSALS[kind];
          // A tab opened on the link (a browser navigation) reads a page, the desktop's request the JSON error.
          if (http.accepts('application/json', 'text/html') === 'text/html') {
            http.status = refusal.status;
            http.type = 'text/html';
            http.set('Cache-Control', 'private, no-store');
            http.body = previewRefusalPage(doc.title, reason, `/documents/${doc.id}`);
            return RESPONSE_SENT;
          }
          throw new ApiError(refusal.status, refusal.code, text(`版式预览无法生成：${reason['zh-CN']}`, `The preview cannot be made: ${reason.en}`));
        }
        http.type = 'application/pdf';
        http.set('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(`${doc.title}.pdf`)}`);
        http.set('Cache-Control', 'private, no-store');
        http.body = Buffer.from(pdf);
        return RESPONSE_SENT;
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/:id/rendition',
      audit: {
        action: 'documents.rendition',
        label: text('重新印制', 'Make the rendition again'),
        target: ({ params }) => ({ type: 'document', id: params.id }),
      },
      summary: '重新印制版式文件（发文单位收发员或办公室主任）Make the PDF rendition again',
      access: { permission: 'documents.receipt.track' },
      params: idParams,
      response: renditionAccepted,
      status: 202,
      async handler({ params, auth }) {
        const doc = await printRoomDocument(ctx, auth, params.id);
        if (!doc.doc_number) throw conflict('documents.not_numbered', text('公文登记编号后才能印制', 'The document is printed once it is numbered'));
        await ctx.engine.transaction((trx) => requestRendition(ctx, trx, doc.id, auth.user.id));
        return { state: 'pending' as const };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/:id/rendition/retry',
      audit: {
        action: 'documents.rendition.retry',
        label: text('重试印制', 'Retry the rendition'),
        target: ({ params }) => ({ type: 'document', id: params.id }),
      },
      summary: '重新生成失败的版式文件，流程随后继续（发文单位收发员或办公室主任）Retry a failed rendition; the process then goes on',
      access: { permission: 'documents.receipt.track' },
      params: idParams,
      body: z.object({}).strict().optional(),
      response: renditionAccepted,
      status: 202,
      async handler({ params, auth }) {
        const doc = await printRoomDocument(ctx, auth, params.id);
        const retried = await ctx.engine.transaction((trx) => retryRendition(ctx, trx, doc.id, auth.user.id));
        if (!retried) {
          throw conflict(
            'documents.rendition_not_failed',
            text('版式文件没有生成失败，无需重新生成（可能已在生成中或已完成）', 'The rendition has not failed: it is being made or is ready'),
          );
        }
        return { state: 'pending' as const };
      },
    }),
  ];
}
