import { z } from 'zod';
import { defineRoute, text, type ModuleContext } from '@kunlun/core';
import type { DocumentDrafting } from '@kunlun/module-documents/contract';
import { draftFromApproval, forwardingOf } from '../approvalForwarding.ts';

const instanceParams = z.strictObject({ instanceId: z.uuid() });
const draftedDocument = z.object({ id: z.string(), title: z.string(), state: z.string() });

/** 签报转发文: whether a 签报 was or may be drafted into an outgoing document, and 据此拟文. */
export function forwardingRoutes(ctx: ModuleContext<'general'>, drafting: DocumentDrafting) {
  return [
    defineRoute({
      method: 'GET',
      path: '/approvals/:instanceId/outgoing-draft',
      summary: '签报转发文：据此拟出的公文，以及能否据此拟文 The document drafted from a request, and whether one may be',
      access: 'authenticated',
      params: instanceParams,
      response: z.object({ approved: z.boolean(), document: draftedDocument.nullable(), mayDraft: z.boolean() }),
      handler: ({ params, auth }) => forwardingOf(ctx, drafting, auth, params.instanceId),
    }),
    defineRoute({
      method: 'POST',
      path: '/approvals/:instanceId/outgoing-draft',
      audit: {
        action: 'general.forward',
        label: text('转为发文', 'Draft an outgoing document from an approval'),
        targetOfAnswer: (result) => ({ type: 'document', id: result.id }),
      },
      summary: '据此拟文：由审批通过的签报拟发文稿 Draft an outgoing document from an approved request',
      access: 'authenticated',
      params: instanceParams,
      body: z.strictObject({}).optional(),
      status: 201,
      response: z.object({ id: z.string() }),
      handler: ({ params, auth }) => draftFromApproval(ctx, drafting, auth, params.instanceId),
    }),
  ];
}
