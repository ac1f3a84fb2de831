/**
 * @kunlun/core — the public API modules build on. A module imports from here and nowhere else
 * in core; everything not exported here may change without notice.
 */
export { defineModule, type ModuleManifest, type ModuleManifestInput } from './modules/manifest.ts';
export type { ModuleContext, RegisterModule, AfterCommitJobOptions } from './modules/moduleContext.ts';
export type { ModuleServices, ModuleEvents, EngineInstanceEnded, ServiceId, EventId, OwnEventId, ModuleEventHandler } from './modules/moduleContracts.ts';
export { defineRoute, RESPONSE_SENT, type RouteSpec, type RouteInput, type RouteAccess, type AnyRoute } from './http/route.ts';
export { pagingQuery, pageSchema, queryBool, queryInt } from './http/validation.ts';
export { readUpload, type Upload, type UploadedFile } from './http/uploads.ts';
export { ApiError, badRequest, conflict, forbidden, notFound, outOfScope, permissionDenied, unprocessable } from './http/apiError.ts';
export { text, render, type Text, type Locale } from './i18n/text.ts';
export type { AuthContext, AuthenticatedUser } from './access/authContext.ts';
export { scopeCovers, whereUnitInScope, type DataScope } from './access/dataScope.ts';
export { auditSourceOf, entryFrom, type AuditLog, type AuditSource, type AuditEntry } from './audit/auditLog.ts';
export { runSqlScript, splitSqlStatements } from './db/sqlScript.ts';
export { inTransaction, countRows, insertInChunks, type Queryable } from './db/database.ts';
export type { ServiceTaskHandler, ServiceTaskExecution, ServiceTaskResult } from './engine/serviceTaskHandler.ts';
export { BpmnError } from './engine/behaviors/automaticTasks.ts';
export type { JobProcessor } from './jobs/jobQueues.ts';
export type { Logger } from './log/logger.ts';
export type { ModuleEngine } from './engine/moduleEngine.ts';
export type { OpenTaskView, TaskRecord, CirculationRecord, PersonName, InstanceSummary } from './engine/queries/processReads.ts';
export { sanitizeRichText } from './engine/forms/richTextPolicy.ts';
export type { FormSubmission, FormSubmitHandler, FormSubmitResult, FormRead, FormValuesReader } from './engine/forms/formRecords.ts';
export type { NotificationInput } from './notifications/notify.ts';
export type { MoveResult } from './engine/engine.ts';
export type { Files, FileInfo, FileDescription, FileAccessCheck } from './files/files.ts';
export type { Actor } from './engine/runtime/move.ts';
export type {
  OrgService,
  OrgUnit,
  OrgPerson,
  OrgPost,
  OrgPostHolder,
  OrgPage,
  OrgPageRequest,
  OrgUnitQuery,
  OrgPeopleQuery,
  OrgReadOptions,
} from './org/service/orgService.ts';
export type { UnitKind, UnitLevel } from './org/unitRules.ts';
export { coreReferences, type CoreReference } from './modules/coreReferences.ts';
export type { WorkingCalendar, CalendarReadOptions } from './calendar/workingCalendar.ts';
export type { CalendarDay, CalendarDayKind } from './calendar/workingDays.ts';
export { addDays, daysBetween, dayNumber, isoWeekday } from './calendar/calendarDates.ts';
export type { JobSchedule } from './jobs/jobQueues.ts';
