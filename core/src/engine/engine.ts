import type { Knex } from 'knex';
import { writePendingAudit } from '../audit/requestAudit.ts';
import { forbidden, notFound, unprocessable, conflict } from '../http/apiError.ts';
import { text } from '../i18n/text.ts';
import { inTransaction } from '../db/database.ts';
import type { AuthContext } from '../access/authContext.ts';
import type { EngineDeps } from './engineDeps.ts';
import type { FormRegistry } from './forms/formRegistry.ts';
import { acceptSubmission } from './forms/formSubmission.ts';
import { linkFormFiles } from './forms/formFiles.ts';
import type { OutboxDispatcher } from './outbox/outboxDispatcher.ts';
import { livePushesOf, sendsAfterCommit, writtenBy, type Dispatchable, type LivePush } from './outbox/outboxCollector.ts';
import { createInstanceMove, finishMove, openMove } from './runtime/moveRunner.ts';
import type { Actor, Move } from './runtime/move.ts';
import { runServiceTask } from './behaviors/automaticTasks.ts';
import { lockTask, type TaskGuardOptions, type TaskRow } from './operations/taskGuard.ts';
import { completeTask, type CompleteInput } from './operations/completeTask.ts';
import { returnToStep } from './operations/returnToStep.ts';
import { withdraw } from './operations/withdraw.ts';
import { claimTask, delegateTask, transferTask } from './operations/reassign.ts';
import { addSigners, removeSigners, type SignerMode } from './operations/signers.ts';
import { circulate, markRead, urge } from './operations/circulation.ts';
import { correlateMessage } from './operations/messages.ts';
import { retitleInstance } from './operations/retitle.ts';
import { fireTimer, type FireResult } from './timers/timerFiring.ts';
import { armStartTimers } from './timers/startTimers.ts';
import { assertSameKey, instancesOf, migrateInstance, type MigrationOutcome } from './operations/instanceMigration.ts';
import type { Definition, DeployOptions } from './definitions/definitionStore.ts';

const URGENCIES = ['normal', 'urgent', 'very_urgent'] as const;

/** What a move created: the new tasks and who holds them. */
export interface MoveResult {
  instanceId: string;
  taskIds: string[];
  tasks: { id: string; elementId: string; assigneeId: string | null }[];
}

const resultOf = (move: Move): MoveResult => ({
  instanceId: move.instance.id,
  taskIds: move.newTasks.map((t) => t.id),
  tasks: move.newTasks.map((t) => ({ id: t.id, elementId: t.elementId, assigneeId: t.assigneeId })),
});

export interface StartInput {
  variables?: Record<string, unknown> | undefined;
  title?: string | undefined;
  businessKey?: string | undefined;
  urgency?: 'normal' | 'urgent' | 'very_urgent' | undefined;
  /** 起草并提交: also complete the first step when it falls to the initiator. */
  submit?: boolean | undefined;
  opinion?: string | undefined;
  nextAssignees?: CompleteInput['nextAssignees'];
}

/**
 * The engine's entry points: each runs as one transaction around one move (retried on a
 * serialization failure or deadlock), then kicks the outbox so its side effects go out.
 */
export class Engine {
  constructor(
    readonly deps: EngineDeps,
    readonly forms: FormRegistry,
    readonly outbox: OutboxDispatcher,
  ) {}

  /** A transaction whose outbox rows and live pushes go out when it commits (modules use this). */
  transaction<T>(fn: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
    return this.tx(fn);
  }

  private async tx<T>(fn: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
    let written: Dispatchable[] = [];
    let live: LivePush[] = [];
    // The audit entry a request declared goes into the transaction of its change (retries write it again).
    let unmarkAudit: (() => void) | undefined;
    const result = await inTransaction(this.deps.db, async (trx) => {
      unmarkAudit?.();
      sendsAfterCommit(trx);
      const r = await fn(trx);
      unmarkAudit = await writePendingAudit(trx);
      written = writtenBy(trx);
      live = livePushesOf(trx);
      return r;
    }).catch((err: unknown) => {
      unmarkAudit?.();
      throw err;
    });
    this.outbox.send(written);
    this.outbox.sendLive(live);
    return result;
  }

  /** Stores and publishes a definition version; its timer start events begin their schedule. */
  publish(xml: string, opts: { lineage: DeployOptions['lineage']; baseHash?: string | null; createdBy?: string | null }): Promise<Definition> {
    return this.tx(async (trx) => {
      const definition = await this.deps.definitions.deploy(xml, { ...opts, state: 'published' }, trx);
      await armStartTimers(trx, definition);
      return definition;
    });
  }

  actorOf(auth: AuthContext): Actor {
    return { id: auth.user.id, name: auth.user.displayName, unitId: auth.actingUnitId };
  }

  /** Starting a process needs `<key>.start` when the module declares that permission. */
  async start(key: string, input: StartInput, auth: AuthContext, startPermissionDeclared: boolean): Promise<MoveResult> {
    if (startPermissionDeclared && !auth.can(`${key}.start`))
      throw forbidden('permission_denied', text('没有发起该流程的权限', 'You may not start this process'), { permission: `${key}.start` });
    if (auth.user.accountKind !== 'regular')
      throw forbidden('engine.admin_cannot_start', text('管理员账号不能办理业务', 'Administrator accounts do not handle business'));
    const actor = this.actorOf(auth);
    return this.tx(async (trx) => {
      const started = await this.startIn(trx, key, { ...input, initiatorId: actor.id, initiatorUnitId: actor.unitId }, actor);
      const first = started.tasks.find((t) => t.assigneeId === actor.id);
      if (!input.submit || !first) return started;
      const { move: next, task } = await lockTask(trx, this.deps, first.id, actor, { operation: 'complete' });
      await completeTask(next, task, { outcome: 'agree', opinion: input.opinion, nextAssignees: input.nextAssignees }, this.forms);
      await finishMove(next);
      return resultOf(next);
    });
  }

  /** Starts a published process inside a transaction: its none start event, its start form's rules. */
  async startIn(
    trx: Knex.Transaction,
    key: string,
    input: Omit<StartInput, 'businessKey'> & { initiatorId: string | null; initiatorUnitId: string | null; businessKey?: string | null | undefined },
    actor: Actor | null,
  ): Promise<MoveResult> {
    const definition = await this.deps.definitions.published(key, trx);
    if (!definition) throw notFound('engine.process_not_found', text('流程不存在或未发布', 'No such published process'), { key });
    const startEvent = definition.graph.startEvents.find((id) => definition.graph.elements[id]!.trigger?.type === 'none');
    if (!startEvent) throw unprocessable('engine.not_startable', text('该流程不能手工发起', 'This process cannot be started by hand'));
    const form = this.forms.get(definition.graph.elements[startEvent]!.formKey);
    const variables = form ? acceptSubmission(form, startEvent, input.variables ?? {}, {}) : { ...(input.variables ?? {}) };
    const urgency = input.urgency ?? (URGENCIES.includes(variables.urgency as never) ? (variables.urgency as StartInput['urgency']) : undefined);
    const move = await createInstanceMove(
      trx,
      this.deps,
      {
        definition,
        title: input.title,
        businessKey: input.businessKey,
        urgency,
        initiatorId: input.initiatorId,
        initiatorUnitId: input.initiatorUnitId,
        variables,
      },
      actor,
      startEvent,
    );
    if (form && actor) await linkFormFiles(trx, this.deps.files, form, variables, move.instance.id, actor.id);
    await finishMove(move);
    return resultOf(move);
  }

  complete(taskId: string, input: CompleteInput & { version?: number | undefined }, actor: Actor) {
    return this.onTask(taskId, actor, 'complete', input.version, async (move, task) => completeTask(move, task, input, this.forms));
  }

  returnTo(
    taskId: string,
    input: { version?: number | undefined; targetElementId: string; opinion?: string | undefined; comeBack?: boolean | undefined },
    actor: Actor,
  ) {
    return this.onTask(taskId, actor, 'return', input.version, (move, task) => returnToStep(move, task, input));
  }

  transfer(taskId: string, input: { version?: number | undefined; userId: string; opinion?: string | undefined }, actor: Actor) {
    return this.onTask(taskId, actor, 'transfer', input.version, (move, task) => transferTask(move, task, input));
  }

  delegate(taskId: string, input: { version?: number | undefined; userId: string; opinion?: string | undefined }, actor: Actor) {
    return this.onTask(taskId, actor, 'delegate', input.version, (move, task) => delegateTask(move, task, input));
  }

  claim(taskId: string, input: { version?: number | undefined }, actor: Actor) {
    return this.onTask(taskId, actor, 'claim', input.version, async (move, task) => claimTask(move, task));
  }

  addSigners(taskId: string, input: { version?: number | undefined; userIds: string[]; mode: SignerMode; opinion?: string | undefined }, actor: Actor) {
    return this.onTask(taskId, actor, 'addSigners', input.version, (move, task) => addSigners(move, task, input));
  }

  removeSigners(taskId: string, input: { version?: number | undefined; taskIds: string[] }, actor: Actor) {
    return this.onTask(taskId, actor, 'removeSigners', input.version, (move, task) => removeSigners(move, task, input), ['open', 'blocked']);
  }

  /** One operation on one task: lock, check, act, move on, write. */
  private async onTask(
    taskId: string,
    actor: Actor,
    operation: TaskGuardOptions['operation'],
    version: number | undefined,
    act: (move: Move, task: TaskRow) => Promise<void> | void,
    states?: TaskGuardOptions['states'],
  ): Promise<MoveResult> {
    return this.tx(async (trx) => {
      const { move, task } = await lockTask(trx, this.deps, taskId, actor, { operation, version, ...(states ? { states } : {}) });
      await act(move, task);
      await finishMove(move);
      return resultOf(move);
    });
  }

  /** 撤回 by the person who made the instance's last move. */
  withdraw(instanceId: string, actor: Actor): Promise<MoveResult> {
    return this.tx(async (trx) => {
      const move = await openMove(trx, this.deps, instanceId, actor);
      if (!move) throw notFound('engine.instance_not_found', text('流程实例不存在', 'No such process instance'));
      await withdraw(move);
      await finishMove(move);
      return resultOf(move);
    });
  }

  async circulate(taskId: string, input: { userIds: string[]; note?: string | undefined }, actor: Actor): Promise<number> {
    return this.tx(async (trx) => {
      const { move, task } = await lockTask(trx, this.deps, taskId, actor, { operation: 'circulate', states: ['open', 'blocked'] });
      return circulate(trx, move.instance, actor, { ...input, taskId: task.id, elementId: task.element_id });
    });
  }

  markRead(circulationId: string, actor: Actor) {
    return this.tx((trx) => markRead(trx, circulationId, actor));
  }

  /** 催办: the initiator, or anyone who handled a step of the instance, reminds the holders of open tasks. */
  async urge(instanceId: string, input: { taskIds?: string[] | undefined; note?: string | undefined }, actor: Actor): Promise<number> {
    return this.tx(async (trx) => {
      const instance = await trx('engine_instances').where({ id: instanceId }).first('id', 'title', 'initiator_id', 'state');
      if (!instance) throw notFound('engine.instance_not_found', text('流程实例不存在', 'No such process instance'));
      if (instance.state !== 'active') throw conflict('engine.instance_ended', text('流程已结束或已挂起', 'The process is not running'));
      const handled = await trx('engine_tasks').where({ instance_id: instanceId, completed_by_id: actor.id }).first('id');
      if (instance.initiator_id !== actor.id && !handled)
        throw forbidden('engine.cannot_urge', text('只有发起人或经办人可以催办', 'Only the initiator or someone who handled a step may urge'));
      const taskIds = input.taskIds ?? (await trx('engine_tasks').where({ instance_id: instanceId, state: 'open' }).pluck('id'));
      return urge(trx, instance, actor, taskIds, input.note);
    });
  }

  /** Suspend, resume or terminate: by the instance's managers; the initiator may terminate (撤销) their own. */
  async control(instanceId: string, action: 'suspend' | 'resume' | 'terminate', reason: string | undefined, actor: Actor, mayManage: boolean): Promise<void> {
    await this.tx(async (trx) => {
      const move = await openMove(trx, this.deps, instanceId, actor);
      if (!move) throw notFound('engine.instance_not_found', text('流程实例不存在', 'No such process instance'));
      const own = move.instance.initiator_id === actor.id && action === 'terminate';
      if (!mayManage && !own) throw forbidden('permission_denied', text('没有管理该流程的权限', 'You may not manage this process'));
      const expected = action === 'resume' ? 'suspended' : action === 'suspend' ? 'active' : null;
      if ((expected && move.state !== expected) || move.state === 'completed' || move.state === 'terminated') {
        throw conflict('engine.bad_state', text('流程当前状态不允许该操作', 'The process is not in a state that allows this'), { state: move.state });
      }
      if (action !== 'terminate') move.record({ kind: action === 'suspend' ? 'instance.suspended' : 'instance.resumed', opinion: reason ?? null });
      if (action === 'terminate') move.terminate(reason ? `terminated: ${reason}` : 'terminated');
      else move.state = action === 'suspend' ? 'suspended' : 'active';
      if (action === 'resume') {
        const due: string[] = await trx('engine_timers').where({ instance_id: instanceId, state: 'scheduled' }).where('due_at', '<=', trx.fn.now()).pluck('id');
        for (const id of due)
          move.outbox.push({ topic: 'job', payload: { name: 'engine.timer', jobId: `${id}-resume-${Date.now()}`, data: { timerId: id }, attempts: 10 } });
      }
      await finishMove(move);
    });
  }

  /** Moves running instances of one version to another, each in its own transaction; refusals are listed, not thrown. */
  async migrate(
    fromDefinitionId: string,
    toDefinitionId: string,
    mapping: Record<string, string>,
    actor: Actor | null,
    instanceIds?: string[],
  ): Promise<MigrationOutcome> {
    const from = await this.deps.definitions.graphOf(fromDefinitionId);
    const to = await this.deps.definitions.graphOf(toDefinitionId);
    assertSameKey(from.key, to.key);
    const ids = instanceIds ?? (await instancesOf(this.deps.db, fromDefinitionId));
    const outcome: MigrationOutcome = { migrated: [], refused: [] };
    for (const id of ids) {
      const reasons = await this.tx(async (trx) => {
        const current = await trx('engine_instances').where({ id }).first('definition_id');
        if (current?.definition_id !== fromDefinitionId) return ['实例不在源版本上'];
        return migrateInstance(trx, this.deps, id, toDefinitionId, mapping, actor);
      });
      if (reasons.length) outcome.refused.push({ instanceId: id, reasons });
      else outcome.migrated.push(id);
    }
    return outcome;
  }

  /** 改标题: the instance (its tasks and circulations with it) takes a new title. */
  retitle(instanceId: string, title: string, actor: Actor | null): Promise<boolean> {
    return this.tx((trx) => retitleInstance(trx, instanceId, title, actor));
  }

  correlate(input: { name: string; correlationKey?: string | null | undefined; variables?: Record<string, unknown> | undefined }) {
    return this.tx((trx) => correlateMessage(trx, this.deps, input));
  }

  fireTimer(timerId: string): Promise<FireResult> {
    return this.tx((trx) => fireTimer(trx, this.deps, timerId));
  }

  /**
   * Runs an async service task on a worker; a token no longer there means it already ran (or was
   * cancelled). The engine makes the move; the handler is told who made the move that led to it.
   */
  runAsyncServiceTask(instanceId: string, tokenId: string, ledBy: Actor | null = null): Promise<'done' | 'skipped'> {
    return this.tx(async (trx) => {
      const move = await openMove(trx, this.deps, instanceId, null);
      const token = move?.token(tokenId);
      if (!move || !token || move.state !== 'active' || move.element(token.el).kind !== 'serviceTask') return 'skipped';
      await runServiceTask(move, token, ledBy);
      await finishMove(move);
      return 'done';
    });
  }
}
