import { defineRoute, forbidden, text, type ModuleContext } from '@kunlun/core';
import { z } from 'zod';
import { reachOf, standingTo } from '../itemReach.ts';
import { urgeItem } from '../itemUrges.ts';
import { idParams } from './itemSchemas.ts';

/** 催办: the supervision office that manages an item presses its handling units. */
export const urgeBody = z.strictObject({
  /** The units to urge; every unit that has not finished when omitted. */
  unitIds: z.array(z.uuid()).min(1).max(60).optional(),
  note: z.string().trim().max(2000).optional(),
});
export const urgeResult = z.object({ units: z.number().int(), notified: z.number().int() });

export function urgeRoutes(ctx: ModuleContext<'supervision'>) {
  const { db, org } = ctx;
  return [
    defineRoute({
      method: 'POST',
      path: '/items/:id/urges',
      audit: {
        action: 'supervision.item.urge',
        label: text('催办督办事项', 'Urge an item'),
        target: ({ params }) => ({ type: 'supervision_item', id: params.id }),
      },
      summary: '催办：通知承办单位的联系人和收发员抓紧办理 Urge the handling units of an item',
      access: { permission: 'supervision.item.manage' },
      params: idParams,
      body: urgeBody,
      response: urgeResult,
      status: 201,
      async handler({ params, body, auth }) {
        const standing = await standingTo(db, await reachOf(org, auth), params.id);
        if (!standing.manages)
          throw forbidden('supervision.not_your_item', text('只有管理该事项的督查机构可以催办', 'Only the office managing the item may urge it'));
        return urgeItem(ctx, params.id, body, auth.user.id);
      },
    }),
  ];
}
