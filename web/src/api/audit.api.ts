import { http } from './client.ts';
import type { Page } from './page.ts';

export type AuditOutcome = 'success' | 'denied' | 'failure';

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorKind: string | null;
  action: string;
  outcome: string;
  targetType: string | null;
  targetId: string | null;
  unitId: string | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

export interface AuditQuery {
  action?: string;
  outcome?: AuditOutcome;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const auditApi = {
  /** The audit trail the caller may review (administrators' for the auditor, users' for the security admin). */
  entries: (query: AuditQuery) => http.get<Page<AuditEntry>>('/api/audit/entries', { ...query }),
};
