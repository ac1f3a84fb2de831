/**
 * Which steps of the diagram are done, active or still ahead. The active state wins over done (a
 * step returned to is active again); a flow counts as taken when it leads from a done step to a
 * done or active one.
 */
export type StepState = 'done' | 'active' | 'pending';

export interface DiagramProgress {
  completedElementIds: readonly string[];
  activeElementIds: readonly string[];
}

export function stepStateOf(progress: DiagramProgress): (elementId: string) => StepState {
  const done = new Set(progress.completedElementIds);
  const active = new Set(progress.activeElementIds);
  return (id) => (active.has(id) ? 'active' : done.has(id) ? 'done' : 'pending');
}

export function flowTaken(state: (elementId: string) => StepState, sourceId: string | undefined, targetId: string | undefined): boolean {
  if (!sourceId || !targetId) return false;
  return state(sourceId) === 'done' && state(targetId) !== 'pending';
}

/** The CSS class of a step in each state (styled in ProcessDiagram.vue). */
export const STEP_MARKERS: Readonly<Record<StepState, string>> = {
  done: 'kl-step-done',
  active: 'kl-step-active',
  pending: 'kl-step-pending',
};
