import type { Knex } from 'knex';
import type { JobsOptions } from 'bullmq';
import type { AnyRoute } from '../http/route.ts';
import type { Logger } from '../log/logger.ts';
import type { AuditLog } from '../audit/auditLog.ts';
import type { EventId, ModuleEventHandler, ModuleEvents, ModuleServices, OwnEventId, ServiceId } from './moduleContracts.ts';
import type { JobProcessor } from '../jobs/jobQueues.ts';
import type { ServiceTaskHandler } from '../engine/serviceTaskHandler.ts';
import type { ModuleManifest } from './manifest.ts';
import type { ModuleEngine } from '../engine/moduleEngine.ts';
import type { Files } from '../files/files.ts';
import type { NotificationInput } from '../notifications/notify.ts';
import type { FormSubmitHandler, FormValuesReader } from '../engine/forms/formRecords.ts';
import type { OrgService } from '../org/service/orgService.ts';
import type { WorkingCalendar } from '../calendar/workingCalendar.ts';
import type { JobSchedule } from '../jobs/jobQueues.ts';

export interface AfterCommitJobOptions {
  /** Stable id (BullMQ runs a job id once); one is made when omitted. */
  jobId?: string;
  attempts?: number;
  /** Milliseconds to wait after the commit. */
  delay?: number;
}

/**
 * What a module's `register(ctx)` receives. A module only registers things here; it never
 * reaches into core or other modules by any other path. `Name` is the module's name: with it,
 * `emit` takes only the module's own events (`register(ctx: ModuleContext<'documents'>)`).
 */
export interface ModuleContext<Name extends string = string> {
  readonly name: string;
  readonly manifest: ModuleManifest;
  readonly db: Knex;
  readonly log: Logger;
  readonly audit: AuditLog;
  readonly settings: Readonly<Record<string, string | number | boolean>>;
  /** Adds routes; their paths are relative to `/api/<module>`. */
  addRoutes(...routes: AnyRoute[]): void;
  readonly serviceTasks: { register(id: string, handler: ServiceTaskHandler): void };
  readonly jobs: {
    /** Runs in worker processes. */
    process(id: string, processor: JobProcessor): void;
    /** Queues a job now (outside any transaction). */
    enqueue(id: string, data: Record<string, unknown>, opts?: JobsOptions): Promise<void>;
    /**
     * Queues a job of this module as part of a transaction (from ctx.engine.transaction, a service
     * task or a form submission): sent when it commits, never when it rolls back, and sent again by
     * the outbox sweeper if the process dies in between. The job id (given, or made once here)
     * stays the same, so the job runs once.
     */
    enqueueAfterCommit(trx: Knex.Transaction, id: string, data: Record<string, unknown>, opts?: AfterCommitJobOptions): Promise<void>;
    /**
     * Runs a job of this module repeatedly, on a cron pattern (`0 8 * * 1-5`: 8:00 Monday to
     * Friday) in `tz` (default Asia/Shanghai). The job needs a processor (`process`); worker
     * processes set the schedule up when they start, once for all of them.
     */
    schedule(id: string, schedule: JobSchedule): void;
  };
  /** Events by id, with their payloads typed by the contracts (see moduleContracts.ts). */
  readonly events: {
    /** Listens to any module's (or the engine's) event. */
    on<E extends EventId>(event: E, handler: ModuleEventHandler<E>): void;
    /** Emits one of this module's events, declared in its manifest `events`. */
    emit<E extends OwnEventId<Name>>(event: E, payload: ModuleEvents[E]): Promise<void>;
    /** Emits one of this module's events once the transaction commits (through the outbox, like a job). */
    emitAfterCommit<E extends OwnEventId<Name>>(trx: Knex.Transaction, event: E, payload: ModuleEvents[E]): Promise<void>;
  };
  /**
   * Notifies people (their bell, with a live ring), as part of a transaction from
   * ctx.engine.transaction (or a service task's or form submission's): the notifications exist
   * and ring when it commits. `kind` is namespaced with the module's name.
   */
  notify(trx: Knex.Transaction, notification: NotificationInput): Promise<number>;
  /** Forms of this module whose values it keeps in its own records (see FormSubmission). */
  readonly forms: {
    /** Takes what a person submits with a task of the form, inside the move's transaction, instead of storing it as variables. */
    onSubmit(formId: string, handler: FormSubmitHandler): void;
    /** Reads the form's values from the module's record, for the task, instance and print pages. */
    onRead(formId: string, reader: FormValuesReader): void;
  };
  /** Start processes and deliver messages, inside transactions of the module's own. */
  readonly engine: ModuleEngine;
  /** Uploaded files: save, link to the module's records, and say who may read them. */
  readonly files: Files;
  /** The organization, read-only: units, people, posts, the leader in charge (分管领导). Never read core's tables directly. */
  readonly org: OrgService;
  /** The working-day calendar (工作日历): working days, holidays and 调休, for deadlines in working days. */
  readonly calendar: WorkingCalendar;
  /** Services by id, typed by the contracts (see moduleContracts.ts). */
  readonly services: {
    /** Provides a service declared in this module's manifest `services`. */
    provide<S extends ServiceId>(id: S, implementation: ModuleServices[S]): void;
    /** Uses a service of a module this one declares in `dependsOn`. */
    use<S extends ServiceId>(id: S): ModuleServices[S];
    /** Uses a service of a module this one declares in `optionalDependsOn`; null while that module is not enabled. */
    useIfEnabled<S extends ServiceId>(id: S): ModuleServices[S] | null;
  };
}

export type RegisterModule<Name extends string = string> = (ctx: ModuleContext<Name>) => void | Promise<void>;
