import { defineRoute, RESPONSE_SENT, type ModuleContext } from '@kunlun/core';
import { chinaDay } from '../chinaDays.ts';
import { STATISTICS_DEFINITIONS } from '../completionRates.ts';
import { colourThresholds } from '../itemColour.ts';
import { reachOf, type ItemReach } from '../itemReach.ts';
import { statisticsWorkbook } from '../statisticsWorkbook.ts';
import { supervisionBoard } from '../supervisionBoard.ts';
import { bulletinDraft, periodName } from '../supervisionBulletin.ts';
import { monthPeriod, supervisionStatistics, type StatisticsPeriod } from '../supervisionStatistics.ts';
import { boardAnswer, bulletinAnswer, bulletinQuery, periodQuery, statisticsAnswer } from './statisticsSchemas.ts';

/** A period as asked: both ends given, or the month of the one given (this month when neither). */
function periodOf(query: { from?: string | undefined; to?: string | undefined }, today: string): StatisticsPeriod {
  const month = monthPeriod(query.from ?? query.to ?? today);
  return { from: query.from ?? month.from, to: query.to ?? month.to };
}

/** 督办看板, 统计 (on screen and as a workbook) and the 通报 draft, over the items in the caller's reach. */
export function statisticsRoutes(ctx: ModuleContext<'supervision'>) {
  const { db, org } = ctx;
  const statisticsOf = (reach: ItemReach, query: { from?: string | undefined; to?: string | undefined }) => {
    const today = chinaDay();
    return supervisionStatistics(db, org, reach, periodOf(query, today), { today });
  };
  return [
    defineRoute({
      method: 'GET',
      path: '/board',
      summary: '督办看板：预警颜色、各环节数量、超期清单、各牵头单位情况 The office board',
      access: { permission: 'supervision.item.read' },
      response: boardAnswer,
      handler: async ({ auth }) => supervisionBoard(db, org, await reachOf(org, auth), colourThresholds(ctx.settings), { today: chinaDay() }),
    }),
    defineRoute({
      method: 'GET',
      path: '/statistics',
      summary: '督办统计：办结率、按期办结率，按单位排名、按月 Completion statistics for a period (default this month)',
      access: { permission: 'supervision.statistics.read' },
      query: periodQuery,
      response: statisticsAnswer,
      handler: async ({ query, auth }) => ({ ...(await statisticsOf(await reachOf(org, auth), query)), definitions: STATISTICS_DEFINITIONS }),
    }),
    defineRoute({
      method: 'GET',
      path: '/statistics.xlsx',
      summary: '导出督办统计表（XLSX：单位统计、按月、超期事项）Export the statistics as a workbook',
      access: { permission: 'supervision.statistics.read' },
      query: periodQuery,
      async handler({ query, auth, ctx: http }) {
        const stats = await statisticsOf(await reachOf(org, auth), query);
        http.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
        http.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`督办事项办理情况统计（${periodName(stats.period)}）.xlsx`)}`);
        http.set('Cache-Control', 'private, no-store');
        http.body = await statisticsWorkbook(stats);
        return RESPONSE_SENT;
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/bulletin',
      summary: '通报草稿：总体情况、超期单位与事项、逾期办结单位 A draft bulletin for a period',
      access: { permission: 'supervision.statistics.read' },
      query: bulletinQuery,
      response: bulletinAnswer,
      async handler({ query, auth }) {
        const reach = await reachOf(org, auth);
        const stats = await statisticsOf(reach, query);
        const office = reach.officeUnitIds.length ? await org.unit(reach.officeUnitIds[0]!) : null;
        return { period: stats.period, ...bulletinDraft(stats, { overdueDays: query.overdueDays, officeName: office?.name ?? null }) };
      },
    }),
  ];
}
