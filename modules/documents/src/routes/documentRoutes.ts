import { defineRoute, text, pageSchema, pagingQuery, type AuthContext, type ModuleContext } from '@kunlun/core';
import { listDocuments } from '../documentLists.ts';
import { documentDetail } from '../documentView.ts';
import { readableDocument } from '../documentAccess.ts';
import { changeDocument, draftDocument, type Person } from '../outgoing/outgoingDrafting.ts';
import { changeBody, changeResult, documentDetailSchema, draftBody, draftResult, idParams, listItem, listQuery } from './documentSchemas.ts';

/** The documents desk: lists, drafting, a document and its changes (its PDF: renditionRoutes.ts). */
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
        const { items, total } = await listDocuments(db, ctx.org, auth.user.id, query, ctx.engine);
        return { items, total, page: query.page, pageSize: query.pageSize };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/outgoing',
      audit: { action: 'documents.draft', label: text('拟稿', 'Draft a document'), targetOfAnswer: (result) => ({ type: 'document', id: result.id }) },
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
      audit: { action: 'documents.update', label: text('修改公文', 'Update a document'), target: ({ params }) => ({ type: 'document', id: params.id }) },
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
  ];
}
