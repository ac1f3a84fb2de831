import type { TaskOperation } from '@/api/tasks.api.ts';

/**
 * The buttons of a task page, from exactly the operations the server allows at this step. A step
 * where the holder fills in the form (their own draft, or a returned request) is sent on with
 * 提交; a step of review offers 同意 and 不同意.
 */
export type TaskButton = 'submit' | 'agree' | 'disagree' | 'return' | 'transfer' | 'delegate' | 'addSigners' | 'removeSigners' | 'circulate' | 'claim';

export function taskButtons(operations: readonly TaskOperation[], fillingIn: boolean): TaskButton[] {
  const allowed = new Set(operations);
  const buttons: TaskButton[] = [];
  if (allowed.has('claim')) buttons.push('claim');
  if (allowed.has('complete')) buttons.push(...(fillingIn ? (['submit'] as const) : (['agree', 'disagree'] as const)));
  const rest: TaskButton[] = ['return', 'transfer', 'delegate', 'addSigners', 'removeSigners', 'circulate'];
  for (const op of rest) if (allowed.has(op as TaskOperation)) buttons.push(op);
  return buttons;
}

/** Buttons that only matter while the task is blocked waiting for added signers. */
export function buttonsWhileBlocked(buttons: readonly TaskButton[]): TaskButton[] {
  return buttons.filter((b) => b === 'removeSigners' || b === 'circulate');
}
