import { percentText } from './completionRates.ts';
import type { StatisticsPeriod, SupervisionStatistics } from './supervisionStatistics.ts';

/**
 * 通报 draft: the plain text a 督查室 starts its bulletin from — title, addressees, the overall
 * figures of the period, the units with items still open past their deadline (most first, with
 * their counts), the items overdue more than `overdueDays` days by number and title, the units
 * that closed items late, the office's requirements, and the signature. The office edits it
 * before it is issued; nothing here is sent.
 */
export interface BulletinDraft {
  title: string;
  text: string;
}

export interface BulletinOptions {
  /** Items overdue more than this many days are listed by name. */
  overdueDays: number;
  /** The issuing office, for the signature. */
  officeName?: string | null;
}

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六'];

/** 2026年11月 for a whole month, 2026年 for a whole year, 2026年11月1日至12月15日 otherwise. */
export function periodName({ from, to }: StatisticsPeriod): string {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  if (fd === 1 && td === lastOfMonth) {
    if (fy === ty && fm === 1 && tm === 12) return `${fy}年`;
    if (fy === ty && fm === tm) return `${fy}年${fm}月`;
    if (fy === ty) return `${fy}年${fm}月至${tm}月`;
  }
  return fy === ty ? `${fy}年${fm}月${fd}日至${tm}月${td}日` : `${fy}年${fm}月${fd}日至${ty}年${tm}月${td}日`;
}

export function dayName(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function bulletinDraft(stats: SupervisionStatistics, { overdueDays, officeName }: BulletinOptions): BulletinDraft {
  const name = periodName(stats.period);
  const title = `关于${name}督办事项办理情况的通报`;
  const t = stats.totals;
  const sections: [heading: string, body: string[]][] = [];

  sections.push([
    '总体情况',
    [
      t.due
        ? `${name}，到期督办事项${t.due}件，已办结${t.closed}件，办结率${percentText(t.closedRate)}；其中按期办结${t.onTime}件，经批准延期尚未到期${t.extended}件，按期办结率${percentText(t.onTimeRate)}。`
        : `${name}，没有到期的督办事项。`,
    ],
  ]);

  const overdueUnits = stats.units.filter((u) => u.overdue > 0).sort((a, b) => b.overdue - a.overdue || a.unit.name.localeCompare(b.unit.name, 'zh-CN'));
  if (t.overdue) {
    const long = stats.overdueItems.filter((i) => i.daysOverdue > overdueDays);
    const body = [
      `截至${dayName(stats.today)}，${overdueUnits.length}个单位有超期未办结事项共${t.overdue}件：${overdueUnits.map((u) => `${u.unit.name}${u.overdue}件`).join('，')}。`,
    ];
    if (long.length) {
      body.push(`其中超期${overdueDays}天以上的事项${long.length}件：`);
      long.forEach((i, n) =>
        body.push(`${n + 1}. ${i.number}《${i.title}》（牵头单位：${i.leadUnit?.name || '未定'}，办理期限${dayName(i.dueOn)}，已超期${i.daysOverdue}天）`),
      );
    }
    sections.push(['超期未办结情况', body]);
  }

  const lateUnits = stats.units.filter((u) => u.closedLate > 0).sort((a, b) => b.closedLate - a.closedLate || a.unit.name.localeCompare(b.unit.name, 'zh-CN'));
  if (lateUnits.length) {
    sections.push(['逾期办结情况', [`以下单位有逾期办结事项，予以通报：${lateUnits.map((u) => `${u.unit.name}（${u.closedLate}件）`).join('、')}。`]]);
  }

  sections.push([
    '有关要求',
    [
      t.overdue
        ? '请有超期未办结事项的牵头单位高度重视，认真分析原因，明确责任人和完成时限，抓紧办理并及时反馈办理进展；确需延期的，应在办理期限届满前提出申请，经批准后方可延期。逾期办结的单位要举一反三，防止类似情况再次发生。'
        : '请各承办单位继续按照督办要求抓好落实，按时反馈办理进展，确保督办事项按期办结。',
    ],
  ]);

  const lines = [title, '', '各承办单位：', `    现将${name}督办事项办理情况通报如下：`, ''];
  sections.forEach(([heading, body], i) => {
    lines.push(`    ${CHINESE_ORDINALS[i]}、${heading}`);
    for (const paragraph of body) lines.push(`    ${paragraph}`);
    lines.push('');
  });
  if (officeName) lines.push(officeName);
  lines.push(dayName(stats.today));
  return { title, text: lines.join('\n') };
}
