import { text, unprocessable } from '@kunlun/core';
import type { Urgency } from './documentVocabulary.ts';
import { chinaDate } from './documentNumbering.ts';

/**
 * 承办 deadline: the date the leader set at 批办, or else one that follows the urgency — 特急
 * within 2 days, 加急 within 5, 平件 within 10. The engine takes it as an ISO-8601 duration
 * (kunlun:dueIn="=handlingDue") and reminds the handlers before it and on it.
 */
export const DEFAULT_HANDLING_DAYS: Readonly<Record<Urgency, number>> = { very_urgent: 2, urgent: 5, normal: 10 };

export function handlingDeadline(urgency: Urgency, dueOn: string | null, now: Date = new Date()): { duration: string; dueOn: string } {
  if (!dueOn) {
    const days = DEFAULT_HANDLING_DAYS[urgency];
    return { duration: `P${days}D`, dueOn: chinaDate(new Date(now.getTime() + days * 86_400_000)) };
  }
  const end = new Date(`${dueOn}T23:59:59+08:00`).getTime();
  const hours = Math.ceil((end - now.getTime()) / 3_600_000);
  if (!Number.isFinite(hours) || hours < 1)
    throw unprocessable('documents.due_passed', text('办理期限不能早于今天', 'The due date cannot be in the past'), { dueOn });
  return { duration: `PT${hours}H`, dueOn };
}
