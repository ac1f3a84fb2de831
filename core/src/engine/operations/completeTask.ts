import { feelCondition } from '@kunlun/workflows';
import type { FormRegistry } from '../forms/formRegistry.ts';
import { acceptSubmission } from '../forms/formSubmission.ts';
import { linkFormFiles } from '../forms/formFiles.ts';
import { formValuesOf } from '../forms/formValues.ts';
import { createTask, startInstanceTask } from '../behaviors/userTasks.ts';
import { completeActivity } from '../runtime/executor.ts';
import type { Move } from '../runtime/move.ts';
import type { Token } from '../runtime/token.ts';
import type { TaskRow } from './taskGuard.ts';

export type Outcome = 'agree' | 'disagree';

export interface CompleteInput {
  outcome?: Outcome | undefined;
  opinion?: string | undefined;
  variables?: Record<string, unknown> | undefined;
  /** 下一步处理人: for every next step, or per element id. */
  nextAssignees?: string[] | Record<string, string[]> | undefined;
}

/**
 * 办理: the holder completes a task with an outcome (同意/不同意) and an opinion (意见). What
 * follows depends on the task: a delegated task goes back to whoever delegated it; a 前加签
 * signer's task unblocks the main task when the last signer is done; a countersign (会签)
 * instance counts towards its completion condition; otherwise the step is done and the
 * process moves on. Before moving, the instance's state is kept on the task so the same person
 * can withdraw (撤回) while nobody has acted since.
 */
export async function completeTask(move: Move, task: TaskRow, input: CompleteInput, forms: FormRegistry): Promise<void> {
  const actor = move.actor!;
  const outcome = input.outcome ?? 'agree';
  const form = forms.get(task.form_key);
  const keptByModule = forms.submitHandler(task.form_key);
  const existing =
    form && input.variables ? (keptByModule ? await formValuesOf(move.trx, forms, form, { ...move.instance, variables: move.variables }) : move.variables) : {};
  const values = form && input.variables ? acceptSubmission(form, task.element_id, input.variables, existing) : {};
  const undo = { seq: move.instance.seq + 1, tokens: move.instance.tokens, variables: move.instance.variables, completed: move.instance.completed_elements };
  move.previousTaskId = task.id;
  move.chosen = Array.isArray(input.nextAssignees) ? { '*': input.nextAssignees } : (input.nextAssignees ?? {});
  move.record({
    kind: task.delegated_by_id ? 'task.delegateResolved' : 'task.completed',
    elementId: task.element_id,
    taskId: task.id,
    outcome,
    opinion: input.opinion ?? null,
    onBehalfOfId: task.proxy_for_id,
    details: Object.keys(values).length ? { fields: Object.keys(values) } : {},
  });
  if (keptByModule && form) {
    // The module keeps this form in its own record: the values go there, not into the variables.
    if (Object.keys(values).length) {
      const { instance } = move;
      const result = await keptByModule({
        trx: move.trx,
        formId: form.id,
        processKey: instance.process_key,
        instanceId: instance.id,
        businessKey: instance.business_key,
        elementId: task.element_id,
        taskId: task.id,
        values,
        variables: { ...move.variables },
        actor,
      });
      if (result?.variables) Object.assign(move.variables, result.variables);
    }
  } else {
    Object.assign(move.variables, values);
    if (form) await linkFormFiles(move.trx, move.deps.files, form, values, move.instance.id, actor.id);
  }

  if (task.delegated_by_id) {
    // 委派: the delegate's answer goes back to the delegator, who completes the step.
    move.taskChanges.set(task.id, {
      assignee_id: task.delegated_by_id,
      delegated_by_id: null,
      details: JSON.stringify({ ...task.details, delegateOpinion: input.opinion ?? null, delegateOutcome: outcome }),
    });
    move.notifications.push({
      userId: task.delegated_by_id,
      kind: 'task.delegateResolved',
      title: `委派已办理：${move.instance.title}（${task.name}）`,
      taskId: task.id,
    });
    move.live.push({ userIds: [task.delegated_by_id], kind: 'task.created', taskId: task.id });
    return;
  }
  move.taskChanges.set(task.id, {
    state: 'completed',
    outcome,
    opinion: input.opinion ?? null,
    completed_at: move.trx.fn.now(),
    completed_by_id: actor.id,
    assignee_id: task.assignee_id ?? actor.id,
    details: JSON.stringify({ ...task.details, undo }),
  });

  const token = move.token(task.token_id);
  if (!token) return;
  if (task.kind === 'signer') {
    await signerDone(move, task, token, outcome);
    return;
  }
  move.variables.outcome = outcome;
  if (token.miUser) {
    await countersignDone(move, token, outcome);
    return;
  }
  await stepTaskDone(move, task, token, outcome);
}

/** A plain step's task is done: when no parallel signer is still at work, the step is done. */
async function stepTaskDone(move: Move, task: TaskRow, token: Token, outcome: Outcome): Promise<void> {
  if (outcome === 'disagree') token.dis = (token.dis ?? 0) + 1;
  token.pending = (token.pending ?? 1) - 1;
  const afterSigners = (task.details.afterSigners as string[] | undefined) ?? [];
  if (afterSigners.length) {
    // 后加签: the people added after the holder now sign, then the step is done.
    token.pending += afterSigners.length;
    for (const userId of afterSigners) await createTask(move, token, { assignees: [userId], kind: 'signer', details: { mode: 'after', mainTaskId: task.id } });
    return;
  }
  if (token.pending > 0) return;
  const comeBackTo = task.details.comeBackTo as { elementId: string; userId: string } | undefined;
  if (comeBackTo) {
    // Reworked after a return with "come straight back": the returner's step again, skipping the steps between.
    move.removeToken(token);
    move.completedElements.add(token.el);
    move.forcedAssignees.set(comeBackTo.elementId, [comeBackTo.userId]);
    move.arrive(comeBackTo.elementId, token.scope);
    return;
  }
  finishStep(move, token);
}

function finishStep(move: Move, token: Token): void {
  move.variables.outcome = token.dis ? 'disagree' : 'agree';
  delete token.pending;
  delete token.dis;
  completeActivity(move, token);
}

async function signerDone(move: Move, task: TaskRow, token: Token, outcome: Outcome): Promise<void> {
  const mainTaskId = task.details.mainTaskId as string;
  if (task.details.mode === 'before') {
    const others = await move
      .trx('engine_tasks')
      .where({ instance_id: move.instance.id, kind: 'signer', state: 'open' })
      .whereRaw("details->>'mainTaskId' = ?", [mainTaskId])
      .whereNot({ id: task.id })
      .first('id');
    if (!others) {
      const main = await move.trx('engine_tasks').where({ id: mainTaskId }).first('assignee_id', 'name');
      move.taskChanges.set(mainTaskId, { state: 'open' });
      if (main?.assignee_id) {
        move.notifications.push({
          userId: main.assignee_id,
          kind: 'task.unblocked',
          title: `加签人已办理完毕：${move.instance.title}（${main.name}）`,
          taskId: mainTaskId,
        });
        move.live.push({ userIds: [main.assignee_id], kind: 'task.created', taskId: mainTaskId });
      }
    }
    return;
  }
  // 后加签 signers count like parallel tasks of the step.
  if (outcome === 'disagree') token.dis = (token.dis ?? 0) + 1;
  token.pending = (token.pending ?? 1) - 1;
  if (token.pending <= 0) finishStep(move, token);
}

/**
 * One person of a countersign is done. The step completes when everyone is done or the
 * completion condition holds (或签: nrOfCompletedInstances >= 1; a ratio: nrOfAgreed /
 * nrOfInstances >= 0.6); the tasks still open are then withdrawn from their holders.
 */
export async function countersignDone(move: Move, inner: Token, outcome: Outcome): Promise<void> {
  const scope = move.token(inner.scope!)!;
  const countersign = scope.mi!;
  countersign.completed += 1;
  if (outcome === 'agree') countersign.agreed += 1;
  else countersign.disagreed += 1;
  countersign.lastOutcome = outcome;
  move.removeToken(inner);
  await settleCountersign(move, scope);
}

/** Completes a countersign when everyone is done or its completion condition holds; else starts the next sequential member. */
export async function settleCountersign(move: Move, scope: Token): Promise<void> {
  const countersign = scope.mi!;
  const element = move.element(scope.el);
  const counters = {
    nrOfInstances: countersign.total,
    nrOfCompletedInstances: countersign.completed,
    nrOfActiveInstances: countersign.total - countersign.completed - countersign.pending.length,
    nrOfAgreed: countersign.agreed,
    nrOfDisagreed: countersign.disagreed,
  };
  const early =
    countersign.completed > 0 && element.multiInstance?.completionCondition
      ? feelCondition(element.multiInstance.completionCondition, move.feel(counters))
      : false;
  if (countersign.completed >= countersign.total || early) {
    for (const other of move.tokens.filter((t) => t.scope === scope.id)) move.removeToken(other, 'countersign complete');
    Object.assign(move.variables, counters, { outcome: early ? countersign.lastOutcome : countersign.disagreed > 0 ? 'disagree' : 'agree' });
    delete scope.mi;
    completeActivity(move, scope);
    return;
  }
  const active = move.tokens.some((t) => t.scope === scope.id);
  const next = active ? undefined : countersign.pending.shift();
  if (next) await startInstanceTask(move, scope, next);
}
