import ExcelJS from 'exceljs';
import { STATISTICS_DEFINITIONS } from './completionRates.ts';
import { ITEM_STATE_LABELS } from './itemVocabulary.ts';
import type { PeriodCounts, SupervisionStatistics } from './supervisionStatistics.ts';

/**
 * 督办统计表 (XLSX): one sheet per table the office prints — 单位统计 (the ranking, with the
 * totals row), 按月 (by month of the original deadline), 超期事项 (open items past their
 * deadline) — and 口径说明, the definitions the figures follow. Headers in Chinese, rates as
 * percentages Excel can sum and sort; an empty rate (denominator 0) is an empty cell.
 */
const COUNT_COLUMNS: { header: string; key: keyof PeriodCounts; width: number }[] = [
  { header: '到期事项', key: 'due', width: 10 },
  { header: '办结', key: 'closed', width: 8 },
  { header: '按期办结', key: 'onTime', width: 10 },
  { header: '批准延期未到期', key: 'extended', width: 15 },
  { header: '超期未办结', key: 'overdue', width: 11 },
  { header: '逾期办结', key: 'closedLate', width: 10 },
  { header: '办结率', key: 'closedRate', width: 9 },
  { header: '按期办结率', key: 'onTimeRate', width: 11 },
];

const countCells = (c: PeriodCounts) => Object.fromEntries(COUNT_COLUMNS.map(({ key }) => [key, c[key] ?? null]));

function styleSheet(sheet: ExcelJS.Worksheet, title: string): void {
  sheet.spliceRows(1, 0, [title]);
  sheet.mergeCells(1, 1, 1, sheet.columnCount);
  const head = sheet.getRow(1);
  head.font = { bold: true, size: 14 };
  head.alignment = { horizontal: 'center' };
  sheet.getRow(2).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  for (const key of ['closedRate', 'onTimeRate']) {
    const column = sheet.columns.find((c) => c.key === key);
    if (column) column.numFmt = '0.0%';
  }
}

export async function statisticsWorkbook(stats: SupervisionStatistics): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '昆仑OA 督查督办';
  book.created = new Date();
  const span = `${stats.period.from}至${stats.period.to}（统计至${stats.today}）`;

  const units = book.addWorksheet('单位统计');
  units.columns = [{ header: '排名', key: 'rank', width: 6 }, { header: '牵头单位', key: 'unit', width: 36 }, ...COUNT_COLUMNS];
  for (const u of stats.units) units.addRow({ rank: u.rank, unit: u.unit.name, ...countCells(u) });
  units.addRow({ rank: null, unit: '合计', ...countCells(stats.totals) }).font = { bold: true };
  styleSheet(units, `督办事项办理情况统计（按牵头单位）${span}`);

  const months = book.addWorksheet('按月');
  months.columns = [{ header: '月份', key: 'month', width: 10 }, ...COUNT_COLUMNS];
  for (const m of stats.months) months.addRow({ month: m.month, ...countCells(m) });
  months.addRow({ month: '合计', ...countCells(stats.totals) }).font = { bold: true };
  styleSheet(months, `督办事项办理情况统计（按月）${span}`);

  const overdue = book.addWorksheet('超期事项');
  overdue.columns = [
    { header: '序号', key: 'n', width: 6 },
    { header: '督办编号', key: 'number', width: 16 },
    { header: '事项', key: 'title', width: 48 },
    { header: '牵头单位', key: 'unit', width: 32 },
    { header: '原定期限', key: 'originalDueOn', width: 12 },
    { header: '现期限', key: 'dueOn', width: 12 },
    { header: '超期天数', key: 'daysOverdue', width: 10 },
    { header: '办理状态', key: 'state', width: 10 },
  ];
  stats.overdueItems.forEach((item, i) =>
    overdue.addRow({
      n: i + 1,
      number: item.number,
      title: item.title,
      unit: item.leadUnit?.name ?? '',
      originalDueOn: item.originalDueOn,
      dueOn: item.dueOn,
      daysOverdue: item.daysOverdue,
      state: ITEM_STATE_LABELS[item.state]['zh-CN'],
    }),
  );
  styleSheet(overdue, `超期未办结督办事项（截至${stats.today}）`);

  const notes = book.addWorksheet('口径说明');
  notes.columns = [{ header: '统计口径', key: 'text', width: 100 }];
  for (const definition of Object.values(STATISTICS_DEFINITIONS)) notes.addRow({ text: definition['zh-CN'] });
  notes.getRow(1).font = { bold: true };

  return Buffer.from(await book.xlsx.writeBuffer());
}
