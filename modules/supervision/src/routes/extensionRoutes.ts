import { defineRoute, notFound, text, type ModuleContext } from '@kunlun/core';
import { z } from 'zod';
import { reachOf, standingTo } from '../itemReach.ts';
import { idParams } from './itemSchemas.ts';

/**
 * 延期申请 → its item: the task of an extension request (审批) carries the request's id as its
 * business key; the web asks here which item to open. Out of reach, or no such request: 404.
 */
export function extensionRoutes(ctx: ModuleContext<'supervision'>) {
  const { db, org } = ctx;
  return [
    defineRoute({
      method: 'GET',
      path: '/extensions/:id',
      summary: '延期申请所属的督办事项 The item an extension request belongs to',
      access: { permission: 'supervision.item.read' },
      params: idParams,
      response: z.object({ itemId: z.string() }),
      async handler({ params, auth }) {
        const extension = await db('supervision_extensions').where({ id: params.id }).first('item_id');
        if (!extension) throw notFound('supervision.extension_not_found', text('延期申请不存在', 'No such extension request'));
        await standingTo(db, await reachOf(org, auth), extension.item_id, ctx.engine);
        return { itemId: extension.item_id as string };
      },
    }),
  ];
}
