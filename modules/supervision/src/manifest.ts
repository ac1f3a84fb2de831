import { defineModule } from '@kunlun/core';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/**
 * 督查督办: items from leaders' instructions, meeting decisions, documents and higher levels,
 * handled by a lead unit (牵头) with co-units (协办), reported on a cadence, warned by colour,
 * extended on approval, closed after the office's and the leader's review. Data only.
 */
export default defineModule({
  name: 'supervision',
  title: t('督查督办', 'Supervision'),
  description: t(
    '督办事项登记、下发与签收、牵头协办、进展反馈、延期、催办与预警、办结审核、统计与通报',
    'Registering, issuing and signing for items, lead and co-units, progress reports, extensions, reminders and warnings, completion review, statistics and bulletins',
  ),
  version: '0.1.0',
  permissions: [
    { id: 'supervision.item.read', title: t('查阅本单位承办的督办事项', 'Read the items of one’s units'), grantTo: ['staff'] },
    {
      id: 'supervision.item.handle',
      title: t('签收、反馈进展、申请延期（承办单位）', 'Sign for, report on and ask to extend items (handling units)'),
      grantTo: ['staff'],
    },
    {
      id: 'supervision.item.manage',
      title: t('登记、下发、审核、催办督办事项（督查室）', 'Register, issue, review and urge items (supervision office)'),
      grantTo: ['staff'],
    },
    { id: 'supervision.statistics.read', title: t('查看督办统计与通报', 'Read supervision statistics and bulletins'), grantTo: ['staff'] },
    { id: 'supervision.rules.manage', title: t('设置督办默认期限', 'Set the default deadlines'), grantTo: ['staff'] },
  ],
  // An item's process starts with the item (登记), never from the process catalogue.
  processes: [
    { key: 'supervision.item', startableFromCatalogue: false },
    { key: 'supervision.extension', startableFromCatalogue: false },
  ],
  forms: ['supervision.item', 'supervision.extension'],
  jobs: [{ id: 'supervision.remind', title: t('督办提醒：每个承办单位每天一份汇总', 'Reminders: one digest a day per handling unit') }],
  settings: [
    { key: 'numberPrefix', title: t('督办编号代字（督〔2026〕12号）', 'Item number prefix'), type: 'string', default: '督' },
    { key: 'blueDays', title: t('临期预警（蓝色）：距期限天数', 'Blue warning: days before the deadline'), type: 'number', default: 3 },
    { key: 'yellowLag', title: t('进度滞后预警（黄色）：落后时间进度的百分点', 'Yellow warning: points behind the time elapsed'), type: 'number', default: 30 },
    { key: 'declineDays', title: t('退回（不属于本单位）时限：工作日', 'Working days to say an item is not one’s own'), type: 'number', default: 5 },
    { key: 'maxExtensions', title: t('每项最多延期次数', 'Extensions allowed per item'), type: 'number', default: 2 },
    { key: 'reminderCron', title: t('每日提醒时间（cron）', 'Daily reminder time (cron)'), type: 'string', default: '30 8 * * *' },
  ],
  // For other modules, typed in src/contract.ts (@kunlun/module-supervision/contract).
  services: ['supervision.items'],
  events: ['supervision.itemRegistered', 'supervision.itemClosed', 'supervision.itemReopened'],
});
