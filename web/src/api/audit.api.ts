import { http } from './client.ts';
import type { QueryOf, ResponseOf } from './routeTypes.ts';

export type AuditEntry = ResponseOf<'get', '/api/audit/entries'>['items'][number];
export type AuditQuery = QueryOf<'get', '/api/audit/entries'> & { page: number; pageSize: number };
export type AuditOutcome = NonNullable<AuditQuery['outcome']>;

export type AuditAction = ResponseOf<'get', '/api/audit/actions'>[number];

export const auditApi = {
  /** The audit trail the caller may review (administrators' for the auditor, users' for the security admin). */
  entries: (query: AuditQuery) => http.get<ResponseOf<'get', '/api/audit/entries'>>('/api/audit/entries', { ...query }),
  /** The audited actions in words, for the action filter. */
  actions: () => http.get<AuditAction[]>('/api/audit/actions'),
};
