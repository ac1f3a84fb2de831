import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import fs from 'node:fs';
import type { Knex } from 'knex';
import { orderByDependencies, ModuleDependencyError } from './dependencyOrder.ts';
import type { DiscoveredModule } from './moduleDiscovery.ts';
import type { ModuleContext, RegisterModule } from './moduleContext.ts';
import type { AnyRoute } from '../http/route.ts';
import type { Logger } from '../log/logger.ts';
import type { AuditLog } from '../audit/auditLog.ts';
import type { EventBus, EventHandler } from '../events/eventBus.ts';
import type { ModuleServices, ServiceId } from './moduleContracts.ts';
import { normalizedSchedule, type JobQueues, type JobProcessor, type JobSchedule } from '../jobs/jobQueues.ts';
import { Registry } from './registry.ts';
import type { ServiceTaskHandler } from '../engine/serviceTaskHandler.ts';
import type { ModuleEngine } from '../engine/moduleEngine.ts';
import type { Files } from '../files/files.ts';
import type { FormRegistry } from '../engine/forms/formRegistry.ts';
import type { OrgService } from '../org/service/orgService.ts';
import type { WorkingCalendar } from '../calendar/workingCalendar.ts';
import { enqueue, requireSendingTransaction } from '../engine/outbox/outboxCollector.ts';
import { notify } from '../notifications/notify.ts';

/**
 * Chooses the modules to run: those named in KUNLUN_MODULES when it is set, otherwise every
 * module found except those an administrator disabled. Then orders them by `dependsOn`.
 */
export function planModules(discovered: DiscoveredModule[], opts: { only?: string[] | undefined; disabled?: string[] }): DiscoveredModule[] {
  const names = discovered.map((m) => m.name);
  if (opts.only) {
    const unknown = opts.only.filter((n) => !names.includes(n));
    if (unknown.length) {
      throw new ModuleDependencyError(`KUNLUN_MODULES names modules that are not installed: ${unknown.join(', ')}`, 'missing', unknown);
    }
  }
  const enabled = discovered.filter((m) => (opts.only ? opts.only.includes(m.name) : !(opts.disabled ?? []).includes(m.name)));
  const running = new Set(enabled.map((m) => m.name));
  return orderByDependencies(
    enabled.map((m) => ({ ...m, dependsOn: [...m.manifest.dependsOn, ...m.manifest.optionalDependsOn.filter((d) => running.has(d))] })),
    names,
  );
}

export interface ModuleHost {
  db: Knex;
  log: Logger;
  audit: AuditLog;
  events: EventBus;
  /** Null in processes without Redis (only migrations and CLI tools run there). */
  jobs: JobQueues | null;
  serviceTasks: Registry<ServiceTaskHandler>;
  engine: ModuleEngine;
  files: Files;
  forms: FormRegistry;
  org: OrgService;
  calendar: WorkingCalendar;
  settingsOf(module: DiscoveredModule): Record<string, string | number | boolean>;
}

export interface RegisteredModules {
  modules: DiscoveredModule[];
  routes: AnyRoute[];
  services: Map<string, object>;
}

/** The module owning a service, which the user must name in the given list of its manifest. */
function serviceOwner(user: string, id: string, named: readonly string[], list: 'dependsOn' | 'optionalDependsOn'): string {
  const owner = id.split('.')[0]!;
  if (!named.includes(owner)) throw new Error(`module ${user} uses service "${id}" but does not declare "${owner}" in ${list}`);
  return owner;
}

/** Imports each module's src/index.ts, in dependency order, and lets it register what it brings. */
export async function registerModules(ordered: DiscoveredModule[], host: ModuleHost): Promise<RegisteredModules> {
  const routes: AnyRoute[] = [];
  const services = new Map<string, object>();
  const pendingJobs: [string, string, JobProcessor][] = [];
  const pendingSchedules: [string, string, JobSchedule][] = [];
  for (const mod of ordered) {
    if (!fs.existsSync(mod.entry)) throw new Error(`module ${mod.name} has no ${mod.entry}`);
    const exported = (await import(pathToFileURL(mod.entry).href)) as { register?: RegisterModule; default?: RegisterModule };
    const register = exported.register ?? exported.default;
    if (typeof register !== 'function') throw new Error(`module ${mod.name}: src/index.ts must export register(ctx)`);
    const m = mod.manifest;
    const ctx: ModuleContext = {
      name: mod.name,
      manifest: m,
      db: host.db,
      log: host.log.child({ module: mod.name }),
      audit: host.audit,
      settings: host.settingsOf(mod),
      addRoutes: (...added) => {
        for (const route of added) {
          if (!route.path.startsWith('/')) throw new Error(`module ${mod.name}: route path "${route.path}" must start with "/"`);
          routes.push({ ...route, path: `/api/${mod.name}${route.path === '/' ? '' : route.path}`, tags: route.tags ?? [mod.name] });
        }
      },
      serviceTasks: { register: (id, handler) => host.serviceTasks.register(mod.name, id, handler) },
      engine: host.engine,
      files: host.files,
      org: host.org,
      calendar: host.calendar,
      jobs: {
        process: (id, processor) => {
          if (!m.jobs.some((j) => j.id === id)) throw new Error(`module ${mod.name}: job "${id}" is not declared in its manifest`);
          pendingJobs.push([mod.name, id, processor]);
        },
        schedule: (id, schedule) => {
          if (!m.jobs.some((j) => j.id === id)) throw new Error(`module ${mod.name}: job "${id}" is not declared in its manifest`);
          pendingSchedules.push([mod.name, id, normalizedSchedule(id, schedule)]);
        },
        enqueue: async (id, data, opts) => {
          if (!host.jobs) throw new Error(`module ${mod.name}: jobs need Redis, which this process has not connected`);
          await host.jobs.enqueue(id, data, opts);
        },
        enqueueAfterCommit: async (trx, id, data, opts = {}) => {
          if (!m.jobs.some((j) => j.id === id)) throw new Error(`module ${mod.name}: job "${id}" is not declared in its manifest`);
          requireSendingTransaction(trx, `module ${mod.name}: ctx.jobs.enqueueAfterCommit`);
          const payload = {
            name: id,
            jobId: opts.jobId ?? `${id}-${randomUUID()}`,
            data,
            attempts: opts.attempts ?? 5,
            ...(opts.delay ? { delay: opts.delay } : {}),
          };
          await enqueue(trx, [{ topic: 'job', payload }]);
        },
      },
      events: {
        on: (event, handler) => host.events.on(mod.name, event, handler as EventHandler),
        emit: async (event, payload) => {
          if (!m.events.includes(event)) throw new Error(`module ${mod.name}: event "${event}" is not declared in its manifest`);
          await host.events.emit(event, payload as Record<string, unknown>);
        },
        emitAfterCommit: async (trx, event, payload) => {
          if (!m.events.includes(event)) throw new Error(`module ${mod.name}: event "${event}" is not declared in its manifest`);
          requireSendingTransaction(trx, `module ${mod.name}: ctx.events.emitAfterCommit`);
          await enqueue(trx, [{ topic: 'event', payload: { name: event, payload } }]);
        },
      },
      notify: async (trx, notification) => {
        if (!notification.kind.startsWith(`${mod.name}.`))
          throw new Error(`module ${mod.name}: notification kind "${notification.kind}" must start with "${mod.name}."`);
        requireSendingTransaction(trx, `module ${mod.name}: ctx.notify`);
        return notify(trx, notification);
      },
      forms: {
        onSubmit: (formId, handler) => host.forms.onSubmit(mod.name, formId, handler),
        onRead: (formId, reader) => host.forms.onRead(mod.name, formId, reader),
      },
      services: {
        provide: (id, implementation) => {
          if (!m.services.includes(id)) throw new Error(`module ${mod.name}: service "${id}" is not declared in its manifest`);
          if (services.has(id)) throw new Error(`module ${mod.name}: service "${id}" is provided twice`);
          services.set(id, implementation);
        },
        use: <S extends ServiceId>(id: S) => {
          const owner = serviceOwner(mod.name, id, m.dependsOn, 'dependsOn');
          const service = services.get(id);
          if (!service) throw new Error(`module ${mod.name}: service "${id}" is not provided by module ${owner}`);
          return service as ModuleServices[S];
        },
        useIfEnabled: <S extends ServiceId>(id: S) => {
          const owner = serviceOwner(mod.name, id, m.optionalDependsOn, 'optionalDependsOn');
          if (!ordered.some((o) => o.name === owner)) return null;
          const service = services.get(id);
          if (!service) throw new Error(`module ${mod.name}: service "${id}" is not provided by module ${owner}`);
          return service as ModuleServices[S];
        },
      },
    };
    await register(ctx);
    host.log.debug({ module: mod.name, version: m.version }, 'module registered');
  }
  for (const [owner, id, processor] of pendingJobs) host.jobs?.processors.register(owner, id, processor);
  for (const [owner, id, schedule] of pendingSchedules) {
    if (!pendingJobs.some(([, processed]) => processed === id))
      throw new Error(`module ${owner}: job "${id}" is scheduled but has no processor (ctx.jobs.process)`);
    host.jobs?.schedule(id, schedule);
  }
  return { modules: ordered, routes, services };
}
