/**
 * What the shared test kit needs from core beyond the public API: building a runtime and its
 * HTTP server directly. Not for modules.
 */
export { loadConfig, type Config } from './config/config.ts';
export { openDatabase, wrapPglite, pgliteExtensions, type Database } from './db/database.ts';
export { migrateUp, migrateDown, migrationStatus, listMigrationFiles } from './db/migrator.ts';
export { createRuntime, CORE_MIGRATIONS_DIR, type Runtime, type ProcessRole } from './runtime/kunlunRuntime.ts';
export { startHttpServer } from './runtime/httpApp.ts';
export { createLogger } from './log/logger.ts';
export { SYSTEM_ACTOR } from './audit/auditLog.ts';
export { hashPassword } from './auth/passwordHashing.ts';
export { createAdminAccount } from './access/adminAccounts.ts';
export type { ImportRecord } from './org/import/importColumns.ts';
export { startEngineBackground } from './engine/engineWiring.ts';
export { BpmnError } from './engine/behaviors/automaticTasks.ts';
export { demoUnits, unitRecords, type DemoUnit } from './demo/demoOrganization.ts';
export { demoPosts, userRecords } from './demo/demoPeople.ts';
