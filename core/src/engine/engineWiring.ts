import type { Knex } from 'knex';
import type { Logger } from '../log/logger.ts';
import type { JobQueues } from '../jobs/jobQueues.ts';
import type { Registry } from '../modules/registry.ts';
import type { EventBus } from '../events/eventBus.ts';
import type { LiveHub } from '../live/liveHub.ts';
import type { ServiceTaskHandler } from './serviceTaskHandler.ts';
import { AssigneeResolver } from './assignment/assigneeResolver.ts';
import { DefinitionStore } from './definitions/definitionStore.ts';
import { Engine } from './engine.ts';
import type { FormRegistry } from './forms/formRegistry.ts';
import { OutboxDispatcher } from './outbox/outboxDispatcher.ts';
import { reconcileTimers } from './timers/timerReconciler.ts';
import type { Files } from '../files/files.ts';
import { visibleInstance } from './queries/instanceView.ts';
import { correlateMessage } from './operations/messages.ts';
import { retitleInstance } from './operations/retitle.ts';
import { circulationsOf, instanceSummaryOf, isParticipant, openTasksOf, taskRecordsOf } from './queries/processReads.ts';
import type { ModuleEngine } from './moduleEngine.ts';
import type { Actor } from './runtime/move.ts';

/** Builds the engine from its parts (no service locator: everything is handed in). */
export function createEngine(parts: {
  db: Knex;
  log: Logger;
  serviceTasks: Registry<ServiceTaskHandler>;
  forms: FormRegistry;
  jobs: JobQueues | null;
  events: EventBus;
  live: LiveHub | null;
  files: Files;
}): Engine {
  const deps = {
    db: parts.db,
    definitions: new DefinitionStore(parts.db),
    resolver: new AssigneeResolver(),
    serviceTasks: parts.serviceTasks,
    log: parts.log.child({ part: 'engine' }),
    files: parts.files,
  };
  const outbox = new OutboxDispatcher(parts.db, parts.jobs, parts.events, parts.live, deps.log);
  const engine = new Engine(deps, parts.forms, outbox);
  if (parts.jobs) registerEngineJobs(parts.jobs, engine, parts.db);
  parts.files.registerAccess('engine.instance', async (auth, instanceId) => Boolean(await visibleInstance(parts.db, auth, instanceId).catch(() => null)));
  return engine;
}

/** The part of the engine modules use: moves inside their own transactions, and reads of their instances. */
export function moduleEngineOf(engine: Engine): ModuleEngine {
  const db = engine.deps.db;
  return {
    transaction: (fn) => engine.transaction(fn),
    start: (trx, key, input) => engine.startIn(trx, key, input, input.actor ?? null),
    correlate: (trx, input) => correlateMessage(trx, engine.deps, input),
    retitle: (trx, instanceId, title, actor) => retitleInstance(trx, instanceId, title, actor ?? null),
    instance: (instanceId, trx) => instanceSummaryOf(trx ?? db, instanceId),
    openTasks: (instanceId, trx) => openTasksOf(trx ?? db, instanceId),
    isParticipant: (instanceIds, userId, trx) => isParticipant(trx ?? db, instanceIds, userId),
    taskRecords: (instanceId, opts) => taskRecordsOf(opts?.trx ?? db, instanceId, opts?.elementIds),
    circulations: (instanceId, trx) => circulationsOf(trx ?? db, instanceId),
  };
}

/** The actor carried by an async service task's job (jobs queued before actors were carried have none). */
function actorIn(value: unknown): Actor | null {
  const a = value as Partial<Actor> | null | undefined;
  return a && typeof a.id === 'string' && typeof a.name === 'string'
    ? { id: a.id, name: a.name, unitId: typeof a.unitId === 'string' ? a.unitId : null }
    : null;
}

/** The engine's own jobs: timers, async service tasks, and their dead letters (incidents). */
function registerEngineJobs(jobs: JobQueues, engine: Engine, db: Knex): void {
  jobs.processors.register('core', 'engine.timer', async (data) => engine.fireTimer(String(data.timerId)));
  jobs.processors.register('core', 'engine.serviceTask', async (data) =>
    engine.runAsyncServiceTask(String(data.instanceId), String(data.tokenId), actorIn(data.actor)),
  );
  jobs.onExhausted('engine.serviceTask', async (data, err, attempts) => {
    const instance = await db('engine_instances').where({ id: data.instanceId }).first('tokens');
    const tokens = (typeof instance?.tokens === 'string' ? JSON.parse(instance.tokens) : instance?.tokens) as { id: string; el: string }[] | undefined;
    const token = tokens?.find((t) => t.id === data.tokenId);
    if (!token) return;
    await db.transaction(async (trx) => {
      await trx('engine_incidents').insert({
        instance_id: data.instanceId,
        token_id: data.tokenId,
        element_id: token.el,
        message: err.message.slice(0, 1000),
        attempts,
      });
      await trx('engine_history').insert({
        instance_id: data.instanceId,
        kind: 'serviceTask.failed',
        element_id: token.el,
        details: JSON.stringify({ message: err.message.slice(0, 1000), attempts }),
      });
    });
  });
}

/** What a worker process runs besides its job workers: the timer reconciler and the outbox sweep. */
export function startEngineBackground(engine: Engine, jobs: JobQueues, log: Logger): () => void {
  const db = engine.deps.db;
  const reconcile = (overdueOnly: boolean) =>
    reconcileTimers(db, jobs, { overdueOnly })
      .then((r) => r.scheduled && log.info(r, 'timers rescheduled'))
      .catch((err) => log.warn({ err }, 'timer reconciliation failed'));
  void reconcile(false);
  engine.outbox.sweepAll();
  const timers = [setInterval(() => void reconcile(true), 30_000), setInterval(() => engine.outbox.kick(), 5_000)];
  for (const t of timers) t.unref();
  return () => timers.forEach(clearInterval);
}
