import { queryInt } from '@kunlun/core';
import { z } from 'zod';
import { COLOURS, ITEM_STATES } from '../itemVocabulary.ts';
import { BOARD_STATES } from '../supervisionBoard.ts';

/** The shapes of the board, statistics and 通报 routes. */
const ref = z.object({ id: z.string(), name: z.string() });
const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() });
const count = z.number().int();
const colourCounts = z.object(Object.fromEntries(COLOURS.map((c) => [c, count])) as Record<(typeof COLOURS)[number], typeof count>);

export const boardAnswer = z.object({
  today: z.string(),
  byColour: colourCounts,
  byState: z.object(Object.fromEntries(BOARD_STATES.map((s) => [s, count])) as Record<(typeof BOARD_STATES)[number], typeof count>),
  overdue: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      title: z.string(),
      state: z.enum(ITEM_STATES),
      leadUnit: ref.nullable(),
      dueOn: z.string(),
      daysOverdue: count,
      progress: count,
    }),
  ),
  overdueTotal: count,
  units: z.array(colourCounts.extend({ unit: ref, total: count })),
});

/** A period of China days; the current month when neither end is given. */
export const periodQuery = z
  .strictObject({ from: z.iso.date().optional(), to: z.iso.date().optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '统计期的开始日期不能晚于结束日期 (from must not be after to)', path: ['from'] });

export const bulletinQuery = z
  .strictObject({ from: z.iso.date().optional(), to: z.iso.date().optional(), overdueDays: queryInt(0, 3650).default(30) })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '统计期的开始日期不能晚于结束日期 (from must not be after to)', path: ['from'] });

const rate = z.number().min(0).max(1).nullable();
const periodCounts = z.object({
  due: count,
  closed: count,
  onTime: count,
  extended: count,
  overdue: count,
  closedLate: count,
  closedRate: rate,
  onTimeRate: rate,
});

export const statisticsAnswer = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  today: z.string(),
  totals: periodCounts,
  units: z.array(periodCounts.extend({ unit: ref, rank: count })),
  months: z.array(periodCounts.extend({ month: z.string() })),
  overdueItems: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      title: z.string(),
      state: z.enum(ITEM_STATES),
      leadUnit: ref.nullable(),
      originalDueOn: z.string(),
      dueOn: z.string(),
      daysOverdue: count,
    }),
  ),
  /** What each figure means, for the screen. */
  definitions: z.object({
    due: bilingual,
    closed: bilingual,
    onTime: bilingual,
    extended: bilingual,
    closedRate: bilingual,
    onTimeRate: bilingual,
  }),
});

export const bulletinAnswer = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  title: z.string(),
  text: z.string(),
});
