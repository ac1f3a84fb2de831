import type { Knex } from 'knex';
import type { ModuleEngine, TaskRecord } from '@kunlun/core';

/**
 * The opinions on the 发文稿纸: what each approving step (部门审核, 办公室核稿, 领导签发) said, in
 * that step's opinion field — each opinion with who gave it and when, oldest first, a 退回 or a
 * 不同意 marked as such — so whoever comes later (the signing leader) reads them where they belong.
 * The fields are read-only at every step: the opinion of one's own step is written with the step
 * (the 意见 box) and appears in the field once the step is handed on. Also here: whether the
 * document was last sent back to its drafter, by whom and why (shown as 已退回 with the reason).
 */
export const OPINION_FIELDS = {
  deptReview: 'deptReviewOpinion',
  officeReview: 'officeReviewOpinion',
  signOff: 'signOffOpinion',
} as const satisfies Record<string, string>;

export type OpinionValues = Record<(typeof OPINION_FIELDS)[keyof typeof OPINION_FIELDS], string>;

export interface SentBack {
  byName: string;
  stepName: string;
  opinion: string | null;
  at: string;
}

type Reads = Pick<ModuleEngine, 'taskRecords'>;

const shownTime = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour12: false,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });

const MARKS: Record<string, string> = { return: '（退回）', disagree: '（不同意）' };

/** The step records of an instance (one read) for the opinions and the sent-back state. */
export async function approvalRecords(engine: Reads, instanceId: string | null, trx?: Knex.Transaction): Promise<TaskRecord[]> {
  return instanceId ? engine.taskRecords(instanceId, trx ? { trx } : {}) : [];
}

export function opinionValues(records: readonly TaskRecord[]): OpinionValues {
  const values = Object.fromEntries(Object.values(OPINION_FIELDS).map((key) => [key, ''])) as OpinionValues;
  for (const [step, key] of Object.entries(OPINION_FIELDS) as [keyof typeof OPINION_FIELDS, keyof OpinionValues][]) {
    values[key] = records
      .filter((r) => r.elementId === step && r.state === 'completed' && r.completedAt && (r.opinion?.trim() || MARKS[r.outcome ?? '']))
      .map((r) => `${r.opinion?.trim() ?? ''}${MARKS[r.outcome ?? ''] ?? ''}\n—— ${r.user?.name ?? ''} ${shownTime(r.completedAt!)}`)
      .join('\n\n');
  }
  return values;
}

/** The drafter holds the draft again because the last step done sent it back (退回, or 不同意 leading back). */
export function sentBackOf(records: readonly TaskRecord[], draftStep = 'draft'): SentBack | null {
  const open = records.find((r) => r.state === 'open' && r.elementId === draftStep);
  if (!open) return null;
  const last = records
    .filter((r) => r.state === 'completed' && r.completedAt && r.completedAt <= open.createdAt && r.elementId !== draftStep)
    .sort((a, b) => a.completedAt!.localeCompare(b.completedAt!))
    .at(-1);
  if (!last || (last.outcome !== 'return' && last.outcome !== 'disagree')) return null;
  return { byName: last.user?.name ?? '', stepName: last.name, opinion: last.opinion?.trim() || null, at: last.completedAt! };
}
