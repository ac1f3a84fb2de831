import type { Knex } from 'knex';
import type { JobsOptions } from 'bullmq';
import type { AnyRoute } from '../http/route.ts';
import type { Logger } from '../log/logger.ts';
import type { AuditLog } from '../audit/auditLog.ts';
import type { EventHandler } from '../events/eventBus.ts';
import type { JobProcessor } from '../jobs/jobQueues.ts';
import type { ServiceTaskHandler } from '../engine/serviceTaskHandler.ts';
import type { ModuleManifest } from './manifest.ts';
import type { ModuleEngine } from '../engine/moduleEngine.ts';
import type { Files } from '../files/files.ts';

/**
 * What a module's `register(ctx)` receives. A module only registers things here; it never
 * reaches into core or other modules by any other path.
 */
export interface ModuleContext {
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
    enqueue(id: string, data: Record<string, unknown>, opts?: JobsOptions): Promise<void>;
  };
  readonly events: {
    on(event: string, handler: EventHandler): void;
    emit(event: string, payload: Record<string, unknown>): Promise<void>;
  };
  /** Start processes and deliver messages, inside transactions of the module's own. */
  readonly engine: ModuleEngine;
  /** Uploaded files: save, link to the module's records, and say who may read them. */
  readonly files: Files;
  readonly services: {
    /** Provides a service declared in this module's manifest `services`. */
    provide<T extends object>(id: string, implementation: T): void;
    /** Uses a service of a module this one declares in `dependsOn`. */
    use<T extends object>(id: string): T;
  };
}

export type RegisterModule = (ctx: ModuleContext) => void | Promise<void>;
