import { z } from 'zod';
import { defineRoute, text, type ModuleContext } from '@kunlun/core';
import { registerPaperDocument } from '../incoming/incomingRegistration.ts';
import { changeIncoming } from '../incoming/incomingRecord.ts';
import { incomingDetail, readableIncoming } from '../incoming/incomingView.ts';
import { changeResult, idParams, incomingChangeBody, incomingDetailSchema, paperBody } from './documentSchemas.ts';
import { personOf } from './documentRoutes.ts';

/** Incoming documents: registering paper ones, the 收文处理笺 and its changes per step. */
export function incomingRoutes(ctx: ModuleContext) {
  const { db } = ctx;
  return [
    defineRoute({
      method: 'POST',
      path: '/incoming/paper',
      audit: {
        action: 'documents.incoming.register',
        label: text('登记来文', 'Register incoming'),
        targetOfAnswer: (result) => ({ type: 'document', id: result.documentId }),
      },
      summary: '纸质来文登记（系统外收到的公文），启动收文办理流程 Register a paper document received outside the system',
      access: { permission: 'documents.incoming.register' },
      body: paperBody,
      response: z.object({ documentId: z.string(), incomingId: z.string(), instanceId: z.string(), taskId: z.string().nullable() }),
      status: 201,
      handler: ({ body, auth }) => registerPaperDocument(ctx, auth, body, personOf(auth)),
    }),
    defineRoute({
      method: 'GET',
      path: '/incoming/:id',
      summary: '收文处理笺 An incoming record with its handling, reading records and editable fields',
      access: { permission: 'documents.document.read' },
      params: idParams,
      response: incomingDetailSchema,
      handler: ({ params, auth }) => incomingDetail(ctx, auth, params.id),
    }),
    defineRoute({
      method: 'PATCH',
      path: '/incoming/:id',
      audit: { action: 'documents.incoming.update', label: text('修改来文', 'Update incoming'), target: ({ params }) => ({ type: 'incoming', id: params.id }) },
      summary: '填写收文处理笺（仅限当前环节可编辑的字段）Fill in what the caller’s open step allows',
      access: { permission: 'documents.document.edit' },
      params: idParams,
      body: incomingChangeBody,
      response: changeResult,
      async handler({ params, body, auth }) {
        await readableIncoming(ctx, auth, params.id);
        return changeIncoming(ctx, params.id, body, personOf(auth));
      },
    }),
  ];
}
