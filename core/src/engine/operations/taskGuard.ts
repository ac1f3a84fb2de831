import type { Knex } from 'knex';
import { DEFAULT_TASK_OPERATIONS, type TaskOperation } from '@kunlun/workflows';
import { ApiError, conflict, forbidden, notFound } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import type { EngineDeps } from '../engineDeps.ts';
import type { Actor, Move } from '../runtime/move.ts';
import type { Definition } from '../definitions/definitionStore.ts';
import { openMoveOnTask } from '../runtime/moveRunner.ts';

/** A task row as operations read it. */
export interface TaskRow {
  id: string;
  instance_id: string;
  token_id: string;
  element_id: string;
  name: string;
  kind: 'task' | 'signer';
  assignee_id: string | null;
  proxy_for_id: string | null;
  delegated_by_id: string | null;
  state: 'open' | 'blocked' | 'completed' | 'cancelled';
  form_key: string | null;
  version: number;
  move_seq: number;
  completed_by_id: string | null;
  details: Record<string, unknown>;
}

export const taskNotFound = () => notFound('engine.task_not_found', text('待办不存在', 'No such task'));

export function readTask(row: Record<string, unknown>): TaskRow {
  return {
    ...(row as unknown as TaskRow),
    details: typeof row.details === 'string' ? JSON.parse(row.details) : ((row.details as Record<string, unknown>) ?? {}),
  };
}

/** The operations a task allows its holder, from the BPMN (signer and delegated tasks can only be completed or circulated). */
export function allowedOperationsOf(definition: Definition, task: Pick<TaskRow, 'kind' | 'delegated_by_id' | 'element_id'>): TaskOperation[] {
  if (task.kind === 'signer' || task.delegated_by_id) return ['complete', 'circulate'];
  return definition.graph.elements[task.element_id]?.operations ?? DEFAULT_TASK_OPERATIONS;
}

/**
 * Locks the task's instance (serializing every move of it) and checks that the caller may act on
 * the task now: it is still open, unchanged since the caller's screen showed it (version), the
 * caller holds it (or is a candidate), the instance runs, and the step allows the operation.
 * Two people acting at once: the second finds the task no longer open and gets 409.
 */
export interface TaskGuardOptions {
  operation: TaskOperation | 'claim';
  version?: number | undefined;
  states?: TaskRow['state'][];
}

export async function lockTask(
  trx: Knex.Transaction,
  deps: EngineDeps,
  taskId: string,
  actor: Actor,
  opts: TaskGuardOptions,
): Promise<{ move: Move; task: TaskRow }> {
  const opened = await openMoveOnTask(trx, deps, taskId, actor);
  if (!opened) throw taskNotFound();
  const { move } = opened;
  const task = readTask(opened.task);
  if (!(opts.states ?? ['open']).includes(task.state)) {
    throw conflict('engine.task_not_open', text('该待办已被处理或已撤销，请刷新', 'This task has already been handled; reload'), { state: task.state });
  }
  if (opts.version !== undefined && opts.version !== task.version) {
    throw conflict('engine.task_changed', text('该待办已发生变化，请刷新后重试', 'This task has changed since you opened it; reload and try again'), {
      version: task.version,
    });
  }
  if (move.state === 'suspended') throw conflict('engine.instance_suspended', text('流程已挂起，暂不能办理', 'The process is suspended'));
  if (move.state !== 'active') throw conflict('engine.instance_ended', text('流程已结束', 'The process has ended'));
  const holds = task.assignee_id === actor.id;
  const candidate = task.assignee_id === null && Boolean(await trx('engine_task_candidates').where({ task_id: task.id, user_id: actor.id }).first('task_id'));
  if (!holds && !candidate) throw forbidden('engine.not_your_task', text('这不是您的待办', 'This task is not yours'));
  if (opts.operation !== 'claim' && opts.operation !== 'complete' && !allowedOperationsOf(move.definition, task).includes(opts.operation)) {
    throw new ApiError(403, 'engine.operation_not_allowed', text('此环节不允许该操作', 'This step does not allow that'), { operation: opts.operation });
  }
  return { move, task };
}
