import { ApiError, defineRoute, pageSchema, pagingQuery, RESPONSE_SENT, conflict, forbidden, text, type AuthContext, type ModuleContext } from '@kunlun/core';
import { listDocuments } from '../documentLists.ts';
import { documentDetail } from '../documentView.ts';
import { readableDocument, senderDocument } from '../documentAccess.ts';
import { changeDocument, draftDocument, type Person } from '../outgoing/outgoingDrafting.ts';
import { renderDocumentPdf, requestRendition } from '../outgoing/renditionProduction.ts';
import { FontsMissingError } from '../rendition/index.ts';
import { changeBody, changeResult, documentDetailSchema, draftBody, draftResult, idParams, listItem, listQuery } from './documentSchemas.ts';

/** The documents desk: lists, drafting, a document, its changes, its PDF preview and rendition. */
export const personOf = (auth: AuthContext): Person => ({ id: auth.user.id, name: auth.user.displayName, unitId: auth.actingUnitId });

export function documentRoutes(ctx: ModuleContext) {
  const { db } = ctx;
  return [
    defineRoute({
      method: 'GET',
      path: '/',
      summary: '公文列表（草稿、发文、待签收、收文、归档），可按标题正文全文检索 Document lists with full-text search',
      access: { permission: 'documents.document.read' },
      query: listQuery.extend(pagingQuery),
      response: pageSchema(listItem),
      async handler({ query, auth }) {
        const { items, total } = await listDocuments(db, ctx.org, auth.user.id, query);
        return { items, total, page: query.page, pageSize: query.pageSize };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/outgoing',
      summary: '拟稿：新建发文并启动发文流程 Draft an outgoing document (starts documents.outgoing)',
      access: { permission: 'documents.outgoing.draft' },
      body: draftBody,
      response: draftResult,
      status: 201,
      handler: ({ body, auth }) => draftDocument(ctx, body, personOf(auth)),
    }),
    defineRoute({
      method: 'GET',
      path: '/:id',
      summary: '公文详情 A document with its files, process state and the fields the caller may change',
      access: { permission: 'documents.document.read' },
      params: idParams,
      response: documentDetailSchema,
      handler: ({ params, auth }) => documentDetail(ctx, auth, params.id),
    }),
    defineRoute({
      method: 'PATCH',
      path: '/:id',
      summary: '修改公文（仅限当前环节可编辑的字段）Change the fields the caller’s open step allows',
      access: { permission: 'documents.document.edit' },
      params: idParams,
      body: changeBody,
      response: changeResult,
      async handler({ params, body, auth }) {
        await readableDocument(ctx, auth, params.id);
        return changeDocument(ctx, params.id, body, personOf(auth));
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/:id/preview',
      summary: '版式预览（GB/T 9704 PDF，登记前文号留空）Preview the fixed-layout PDF',
      access: { permission: 'documents.document.read' },
      params: idParams,
      async handler({ params, auth, ctx: http }) {
        const { doc } = await readableDocument(ctx, auth, params.id);
        if (doc.origin !== 'system') throw conflict('documents.paper_no_layout', text('纸质来文没有版式文件', 'A paper document has no layout'));
        let pdf: Uint8Array;
        try {
          pdf = await renderDocumentPdf(ctx, doc);
        } catch (err) {
          if (err instanceof FontsMissingError) {
            throw new ApiError(
              503,
              'documents.fonts_missing',
              text('服务器缺少公文字体，请运行 deploy/scripts/fetch-fonts.sh', 'The document fonts are missing; run deploy/scripts/fetch-fonts.sh'),
            );
          }
          throw err;
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
      summary: '重新生成版式文件（发文单位收发员或办公室主任）Make the PDF rendition again',
      access: { permission: 'documents.receipt.track' },
      params: idParams,
      status: 202,
      async handler({ params, auth }) {
        const doc = await senderDocument(ctx, auth, params.id);
        if (!doc.doc_number) throw conflict('documents.not_numbered', text('公文登记编号后才能印制', 'The document is printed once it is numbered'));
        if (!(await ctx.org.holdsPost(auth.user.id, doc.issuing_unit_id ?? '', ['registrar', 'office_director']))) {
          throw forbidden(
            'documents.not_print_room',
            text('只有发文机关的收发员或办公室主任可以重新印制', "Only the issuing body's registrar or office director may print again"),
          );
        }
        await ctx.engine.transaction((trx) => requestRendition(ctx, trx, doc.id, auth.user.id));
        return { state: 'pending' };
      },
    }),
  ];
}
