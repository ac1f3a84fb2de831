import type { InstanceEnding, InstanceState } from '@/api/instances.api.ts';

/**
 * How an instance's state is said: 办理中, 已挂起, 已终止 — and, once completed, how it ended,
 * by the end event it reached: 已办结（审批通过）, 已办结（未予同意）. Answers an i18n key and its parameters.
 */
export function instanceStateText(state: InstanceState, ending: InstanceEnding | null | undefined): { key: string; params: Record<string, string> } {
  if (state === 'completed' && ending) return { key: 'instance.endedAs', params: { ending: ending.name } };
  return { key: `instance.states.${state}`, params: {} };
}

/** The tag colour of a state (a completed instance that was turned down is told apart by its end event's name only). */
export const STATE_TAG_TYPES: Record<InstanceState, 'primary' | 'warning' | 'success' | 'info'> = {
  active: 'primary',
  suspended: 'warning',
  completed: 'success',
  terminated: 'info',
};
