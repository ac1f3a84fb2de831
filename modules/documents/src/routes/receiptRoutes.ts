import { z } from 'zod';
import { conflict, defineRoute, pageSchema, pagingQuery, text, type ModuleContext } from '@kunlun/core';
import { senderDocument } from '../documentAccess.ts';
import { receiptTable, recallUnsigned, urgeUnsigned, RECEIPT_STATES } from '../receiptTracking.ts';
import { distributionOf, enqueueFanOut } from '../distribution.ts';
import { noticeRecalled, noticeUrged } from '../receiptNotices.ts';
import { returnDelivered, signFor } from '../incoming/incomingRegistration.ts';
import { idParams, reasonBody, receiptQuery, receiptRow, unitsBody } from './documentSchemas.ts';
import { personOf } from './documentRoutes.ts';

/** Receipts: the sender's table, urging, recalling, retrying a stalled fan-out; the recipient's 签收 and 退文. */
export function receiptRoutes(ctx: ModuleContext) {
  const { db } = ctx;
  return [
    defineRoute({
      method: 'GET',
      path: '/:id/receipts',
      summary: '签收情况：每个收文单位的送达、签收（签收人、时间）、退文（理由）Receipt table per recipient unit',
      access: { permission: 'documents.receipt.track' },
      params: idParams,
      query: receiptQuery.extend(pagingQuery),
      response: pageSchema(receiptRow).extend({ summary: z.record(z.enum(RECEIPT_STATES), z.number().int()) }),
      async handler({ params, query, auth }) {
        await senderDocument(ctx, auth, params.id);
        const { items, total, summary } = await receiptTable(db, ctx.org, params.id, query);
        return { items, total, summary, page: query.page, pageSize: query.pageSize };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/:id/urge',
      audit: { action: 'documents.receipts.urge', label: text('催收', 'Urge receipt'), target: ({ params }) => ({ type: 'document', id: params.id }) },
      summary: '催办未签收单位（通知其收发员）Urge the units that have not signed for it (their registrars are notified)',
      access: { permission: 'documents.receipt.track' },
      params: idParams,
      body: unitsBody,
      response: z.object({ urged: z.number().int() }),
      async handler({ params, body, auth }) {
        await senderDocument(ctx, auth, params.id);
        return ctx.engine.transaction(async (trx) => {
          const units = await urgeUnsigned(trx, params.id, body.unitIds);
          await noticeUrged(ctx, trx, params.id, units);
          return { urged: units.length };
        });
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/:id/recall',
      audit: { action: 'documents.recall', label: text('撤回公文', 'Recall copies'), target: ({ params }) => ({ type: 'document', id: params.id }) },
      summary: '撤回（仅限尚未签收的单位），可附理由，通知其收发员 Recall the document from units that have not signed; their registrars are told',
      access: { permission: 'documents.receipt.track' },
      params: idParams,
      body: unitsBody.extend({ reason: z.string().trim().max(500).optional() }),
      response: z.object({ recalled: z.number().int(), refused: z.array(z.string()) }),
      async handler({ params, body, auth }) {
        await senderDocument(ctx, auth, params.id);
        return ctx.engine.transaction(async (trx) => {
          const { recalled, refused, recalledUnitIds } = await recallUnsigned(trx, params.id, body.unitIds, auth.user.id);
          await noticeRecalled(ctx, trx, params.id, recalledUnitIds, { name: auth.user.displayName, reason: body.reason || undefined });
          return { recalled, refused };
        });
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/:id/redistribute',
      audit: { action: 'documents.redistribute', label: text('重新分发', 'Redistribute'), target: ({ params }) => ({ type: 'document', id: params.id }) },
      summary: '重新分发：分发任务多次失败后由人工重新启动 Restart a distribution whose jobs gave up',
      access: { permission: 'documents.receipt.track' },
      params: idParams,
      status: 202,
      async handler({ params, auth }) {
        await senderDocument(ctx, auth, params.id);
        const dist = await distributionOf(db, params.id);
        if (!dist) throw conflict('documents.not_distributed', text('该公文尚未核发', 'The document has not been distributed'));
        if (dist.state !== 'done') await enqueueFanOut(ctx, dist.id, `retry-${Date.now()}`);
        return { distributionId: dist.id, state: dist.state };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/receipts/:id/sign',
      audit: { action: 'documents.receipts.sign', label: text('签收', 'Sign for a document'), target: ({ params }) => ({ type: 'receipt', id: params.id }) },
      summary: '签收：收文单位收发员签收，启动收文办理流程 Sign for a delivered document (starts documents.incoming)',
      access: { permission: 'documents.receipt.sign' },
      params: idParams,
      response: z.object({ incomingId: z.string(), instanceId: z.string(), taskId: z.string().nullable() }),
      status: 201,
      handler: ({ params, auth }) => signFor(ctx, auth, params.id, personOf(auth)),
    }),
    defineRoute({
      method: 'POST',
      path: '/receipts/:id/return',
      audit: { action: 'documents.receipts.return', label: text('退文', 'Return a document'), target: ({ params }) => ({ type: 'receipt', id: params.id }) },
      summary: '退文（签收前），须说明理由 Return a delivered document to its sender with a reason',
      access: { permission: 'documents.receipt.sign' },
      params: idParams,
      body: reasonBody,
      response: z.object({ receiptId: z.string(), state: z.literal('returned') }),
      handler: ({ params, body, auth }) => returnDelivered(ctx, auth, params.id, body.reason, personOf(auth)),
    }),
  ];
}
