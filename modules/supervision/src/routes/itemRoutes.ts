import { defineRoute, forbidden, pageSchema, pagingQuery, text, type AuthContext, type ModuleContext } from '@kunlun/core';
import { requestExtension } from '../extensions.ts';
import { colourThresholds } from '../itemColour.ts';
import { listItems } from '../itemLists.ts';
import { reachOf, standingTo } from '../itemReach.ts';
import { registerItems } from '../itemRegistration.ts';
import { itemDetail as detailOf } from '../itemView.ts';
import { reportProgress } from '../progressReports.ts';
import {
  createBody,
  createResult,
  extensionBody,
  extensionResult,
  idParams,
  itemDetail,
  listItem,
  listQuery,
  reportBody,
  reportResult,
} from './itemSchemas.ts';

/** The supervision desk: lists, registering an item, an item, its progress reports and extension requests. */
export function itemRoutes(ctx: ModuleContext<'supervision'>) {
  const { db, org } = ctx;
  const itemTarget = ({ params }: { params: { id: string } }) => ({ type: 'supervision_item', id: params.id });
  /** A unit acts on an item only through its own people: 404 out of reach, 403 for another unit. */
  async function requireOwnHandlingUnit(auth: AuthContext, itemId: string, unitId: string): Promise<void> {
    const standing = await standingTo(db, await reachOf(org, auth), itemId);
    if (!standing.handlingUnitIds.includes(unitId))
      throw forbidden('supervision.not_your_unit', text('只能以本人所在的承办单位办理', 'Act for a unit you work in'));
  }
  return [
    defineRoute({
      method: 'GET',
      path: '/items',
      summary: '督办事项列表：按状态、预警颜色、承办单位筛选 Items in reach, by state, colour and unit',
      access: { permission: 'supervision.item.read' },
      query: listQuery.extend(pagingQuery),
      response: pageSchema(listItem),
      async handler({ query, auth }) {
        const { items, total } = await listItems(db, org, await reachOf(org, auth), query, colourThresholds(ctx.settings));
        return { items, total, page: query.page, pageSize: query.pageSize };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/items',
      audit: {
        action: 'supervision.item.register',
        label: text('登记督办事项', 'Register an item'),
        targetOfAnswer: (result) => ({ type: 'supervision_item', id: result.id }),
      },
      summary: '登记督办事项（编号、承办单位、期限），启动督办流程 Register an item and start its process',
      access: { permission: 'supervision.item.manage' },
      body: createBody,
      response: createResult,
      status: 201,
      async handler({ body, auth }) {
        if (body.officeUnitId && !(await org.unitsOf(auth.user.id)).some((u) => u.id === body.officeUnitId))
          throw forbidden('supervision.not_your_office', text('只能以本人所在的督查机构登记', 'Register in a supervision office you work in'));
        const [item] = await ctx.engine.transaction((trx) =>
          registerItems(ctx, trx, [{ ...body, officeUnitId: body.officeUnitId ?? auth.actingUnitId ?? undefined, registeredBy: auth.user.id }]),
        );
        return item!;
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/items/:id',
      summary: '督办事项详情 An item with its units, reports, extensions, reminders and the caller’s tasks',
      access: { permission: 'supervision.item.read' },
      params: idParams,
      response: itemDetail,
      handler: ({ params, auth }) => detailOf(ctx, auth, params.id),
    }),
    defineRoute({
      method: 'POST',
      path: '/items/:id/reports',
      audit: { action: 'supervision.item.report', label: text('反馈督办进展', 'Report progress'), target: itemTarget },
      summary: '反馈进展：协办单位报牵头单位，牵头单位报督查室 Report progress for a cycle',
      access: { permission: 'supervision.item.handle' },
      params: idParams,
      body: reportBody,
      response: reportResult,
      status: 201,
      async handler({ params, body, auth }) {
        await requireOwnHandlingUnit(auth, params.id, body.unitId);
        return reportProgress(ctx, params.id, body, auth.user.id);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/items/:id/extensions',
      audit: { action: 'supervision.item.requestExtension', label: text('申请延期', 'Ask for an extension'), target: itemTarget },
      summary: '申请延期（牵头单位，期限届满前）Ask for an extension before the deadline',
      access: { permission: 'supervision.item.handle' },
      params: idParams,
      body: extensionBody,
      response: extensionResult,
      status: 201,
      async handler({ params, body, auth }) {
        await requireOwnHandlingUnit(auth, params.id, body.unitId);
        return requestExtension(ctx, params.id, body, auth.user.id);
      },
    }),
  ];
}
