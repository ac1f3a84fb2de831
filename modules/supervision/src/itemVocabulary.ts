import { z } from 'zod';
import { text, type Text } from '@kunlun/core';

/** The words of a supervision item, with their labels: one list each, used by the schemas, the rules and the web. */
export const SOURCE_KINDS = ['instruction', 'meeting', 'document', 'superior', 'deputy', 'proposal', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SOURCE_KIND_LABELS: Record<SourceKind, Text> = {
  instruction: text('领导批示', 'Leader’s instruction'),
  meeting: text('会议决定事项', 'Meeting decision'),
  document: text('重要文件', 'Important document'),
  superior: text('上级交办', 'Assigned from above'),
  deputy: text('人大建议', 'NPC deputies’ suggestion'),
  proposal: text('政协提案', 'CPPCC proposal'),
  other: text('其他', 'Other'),
};

/** 紧急程度 of an item: urgent instructions take days, hard ones a month. */
export const URGENCIES = ['urgent', 'normal', 'difficult'] as const;
export type ItemUrgency = (typeof URGENCIES)[number];

/** 办理方式: forwarded to the units (转办), assisted (协办), handled by the office itself (自办). */
export const HANDLING_MODES = ['forward', 'assist', 'self'] as const;
export type HandlingMode = (typeof HANDLING_MODES)[number];

export const ITEM_STATES = ['registering', 'reviewing', 'signing', 'handling', 'completionReview', 'leaderReview', 'closed', 'cancelled'] as const;
export type ItemState = (typeof ITEM_STATES)[number];
export const OPEN_STATES: readonly ItemState[] = ['signing', 'handling', 'completionReview', 'leaderReview'];
export const ITEM_STATE_LABELS: Record<ItemState, Text> = {
  registering: text('登记', 'Registering'),
  reviewing: text('审核', 'Under review'),
  signing: text('待签收', 'Awaiting signature'),
  handling: text('办理中', 'In hand'),
  completionReview: text('办结审核', 'Completion under review'),
  leaderReview: text('领导审阅', 'With the leader'),
  closed: text('已办结', 'Closed'),
  cancelled: text('已撤销', 'Cancelled'),
};

export const COLOURS = ['red', 'yellow', 'blue', 'green'] as const;
export type Colour = (typeof COLOURS)[number];

export const ASSIGNMENT_ROLES = ['lead', 'co'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];
export const ASSIGNMENT_STATES = ['pending', 'signed', 'declined', 'done'] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

/** 反馈周期: once, weekly on a weekday, monthly by a day, or every N working days. */
export const cadenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('once') }),
  z.strictObject({ kind: z.literal('weekly'), weekday: z.number().int().min(1).max(7) }),
  z.strictObject({ kind: z.literal('monthly'), day: z.number().int().min(1).max(28) }),
  z.strictObject({ kind: z.literal('workingDays'), every: z.number().int().min(1).max(60) }),
]);
export type Cadence = z.output<typeof cadenceSchema>;
