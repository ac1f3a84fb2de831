import path from 'node:path';
import type { Knex } from 'knex';
import type { Redis } from 'ioredis';
import type { Config } from '../config/config.ts';
import { createLogger, type Logger } from '../log/logger.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { migrateUp, type MigrationSource } from '../db/migrator.ts';
import { AuditLog } from '../audit/auditLog.ts';
import { PermissionCatalog } from '../access/permissionCatalog.ts';
import { corePermissions } from '../access/corePermissions.ts';
import { syncBuiltinRoles } from '../access/roleSync.ts';
import { EventBus } from '../events/eventBus.ts';
import { JobQueues } from '../jobs/jobQueues.ts';
import { closeRedis, connectRedis } from '../jobs/redisConnection.ts';
import { Registry } from '../modules/registry.ts';
import { discoverModules, type DiscoveredModule } from '../modules/moduleDiscovery.ts';
import { planModules, registerModules, type RegisteredModules } from '../modules/moduleLoader.ts';
import type { ServiceTaskHandler } from '../engine/serviceTaskHandler.ts';
import { createCoreServices, type CoreServices } from './coreServices.ts';
import { FormRegistry } from '../engine/forms/formRegistry.ts';
import { LiveHub } from '../live/liveHub.ts';
import { createEngine, moduleEngineOf } from '../engine/engineWiring.ts';
import { Files } from '../files/files.ts';
import { DirectoryFileStore } from '../files/fileStore.ts';
import type { Engine } from '../engine/engine.ts';
import { publishMissingBaseDefinitions } from '../engine/definitions/baseDefinitions.ts';
import { DefinitionLibrary } from '../engine/definitions/definitionLibrary.ts';
import { KUNLUN_VERSION } from './version.ts';
import { createOrgService } from '../org/service/orgDirectory.ts';
import type { OrgService } from '../org/service/orgService.ts';
import { DbWorkingCalendar } from '../calendar/workingCalendar.ts';

export type ProcessRole = 'serve' | 'worker' | 'all' | 'cli';

/** Everything a Kunlun process runs on, assembled once at start-up and closed once at exit. */
export interface Runtime {
  config: Config;
  role: ProcessRole;
  version: string;
  log: Logger;
  database: Database;
  db: Knex;
  redis: Redis | null;
  jobs: JobQueues | null;
  catalog: PermissionCatalog;
  audit: AuditLog;
  events: EventBus;
  serviceTasks: Registry<ServiceTaskHandler>;
  modules: { discovered: DiscoveredModule[]; enabled: DiscoveredModule[]; registered: RegisteredModules; fixedByEnvironment: boolean };
  services: CoreServices;
  engine: Engine;
  forms: FormRegistry;
  files: Files;
  /** The read-only organization service modules get as ctx.org. */
  org: OrgService;
  /** The working-day calendar modules get as ctx.calendar. */
  calendar: DbWorkingCalendar;
  library: DefinitionLibrary;
  live: LiveHub | null;
  close(): Promise<void>;
}

export const CORE_MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../db/migrations');

export function migrationSources(enabled: DiscoveredModule[]): MigrationSource[] {
  return [{ name: 'core', dir: CORE_MIGRATIONS_DIR }, ...enabled.map((m) => ({ name: m.name, dir: m.migrationsDir }))];
}

/** Modules to run: KUNLUN_MODULES when set, else all found minus those disabled in the database. */
export async function resolveModules(config: Config, db: Knex): Promise<{ discovered: DiscoveredModule[]; enabled: DiscoveredModule[] }> {
  const discovered = await discoverModules(config.modules.dir);
  let disabled: string[] = [];
  if (!config.modules.enabled && (await db.schema.hasTable('core_modules'))) {
    disabled = await db('core_modules').where({ enabled: false }).pluck('name');
  }
  return { discovered, enabled: planModules(discovered, { only: config.modules.enabled, disabled }) };
}

export interface RuntimeOptions {
  role: ProcessRole;
  /** Apply pending migrations before anything else (default true). */
  migrate?: boolean;
  /** Connect to Redis (default: every role but `cli`). */
  redis?: boolean;
  log?: Logger;
  /** An already open database (tests hand in theirs). */
  database?: Database;
}

export async function createRuntime(config: Config, opts: RuntimeOptions): Promise<Runtime> {
  const log = opts.log ?? createLogger(config.logLevel, { role: opts.role });
  const database = opts.database ?? (await openDatabase(config.database));
  const db = database.knex;
  let redis: Redis | null = null;
  let jobs: JobQueues | null = null;
  try {
    const { discovered, enabled } = await resolveModules(config, db);
    if (opts.migrate !== false) {
      const applied = await migrateUp(db, migrationSources(enabled), (line) => log.info(line));
      if (applied.length) log.info({ count: applied.length }, 'migrations applied');
    }
    const catalog = new PermissionCatalog();
    for (const p of corePermissions) catalog.add('core', { ...p, grantTo: [...p.grantTo] });
    for (const m of enabled) for (const p of m.manifest.permissions) catalog.add(m.name, p);
    await syncBuiltinRoles(db, catalog, [{ name: 'core', version: KUNLUN_VERSION }, ...enabled.map((m) => ({ name: m.name, version: m.manifest.version }))]);

    if (opts.redis ?? opts.role !== 'cli') {
      if (!config.redis.url) throw new Error('REDIS_URL is not set');
      redis = connectRedis(config.redis.url);
      redis.on('error', (err) => log.warn({ err: err.message }, 'redis connection problem'));
      jobs = new JobQueues(redis, config.redis.prefix, log, config.redis.jobLockMs);
    }
    const audit = new AuditLog(db);
    const events = new EventBus(log);
    const serviceTasks = new Registry<ServiceTaskHandler>('service task');
    const forms = new FormRegistry();
    for (const m of enabled) forms.load(m.name, m.dir, m.manifest.forms);
    const live = redis ? new LiveHub(redis, `${config.redis.prefix}:live`, log) : null;
    const files = new Files(db, new DirectoryFileStore(config.filesDir), config.http.uploadLimitBytes);
    const engine = createEngine({ db, log, serviceTasks, forms, jobs, events, live, files });
    const org = createOrgService(db);
    const calendar = new DbWorkingCalendar(db);
    const registered = await registerModules(enabled, {
      db,
      log,
      audit,
      events,
      jobs,
      serviceTasks,
      engine: moduleEngineOf(engine),
      files,
      forms,
      org,
      calendar,
      settingsOf: (m) => Object.fromEntries(m.manifest.settings.map((s) => [s.key, s.default])),
    });
    const services = createCoreServices(db, audit, catalog, config);
    const shippedKeys = enabled.flatMap((m) => m.manifest.processes);
    await publishMissingBaseDefinitions(db, engine.deps.definitions, config.baseDefinitionsDir, shippedKeys);
    const library = new DefinitionLibrary(
      db,
      engine.deps.definitions,
      config.baseDefinitionsDir,
      () => ({ forms: forms.ids(), serviceTasks: serviceTasks.ids() }),
      () => shippedKeys,
    );
    const runtime: Runtime = {
      config,
      role: opts.role,
      version: KUNLUN_VERSION,
      log,
      database,
      db,
      redis,
      jobs,
      catalog,
      audit,
      events,
      serviceTasks,
      modules: { discovered, enabled, registered, fixedByEnvironment: Boolean(config.modules.enabled) },
      services,
      engine,
      forms,
      files,
      org,
      calendar,
      library,
      live,
      async close() {
        await engine.outbox.idle();
        await live?.close();
        await jobs?.close();
        if (redis) await closeRedis(redis);
        if (!opts.database) await database.close();
      },
    };
    return runtime;
  } catch (err) {
    if (redis) redis.disconnect();
    if (!opts.database) await database.close().catch(() => {});
    throw err;
  }
}
