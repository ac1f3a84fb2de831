import type { Knex } from 'knex';
import { countRows } from '../db/database.ts';
import type { AuthContext } from '../access/authContext.ts';

/**
 * Reading the audit trail, split by the 三员 rule: the audit administrator reviews what the
 * system and security administrators did; the security administrator reviews what everybody
 * else did (ordinary users, the audit administrator, anonymous sign-in attempts, the system).
 */
export const ACTOR_KINDS_REVIEWED_BY = {
  'audit.adminAudit.read': ['system_admin', 'security_admin'],
  'security.userAudit.read': ['regular', 'audit_admin', 'anonymous', 'system'],
} as const;

export interface AuditFilter {
  action?: string;
  actorId?: string;
  outcome?: 'success' | 'denied' | 'failure';
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

export interface AuditRecord {
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

export async function readAuditTrail(db: Knex, auth: AuthContext, filter: AuditFilter): Promise<{ items: AuditRecord[]; total: number }> {
  const kinds = Object.entries(ACTOR_KINDS_REVIEWED_BY).flatMap(([permission, k]) => (auth.can(permission) ? [...k] : []));
  const q = db('core_audit_log').whereIn('actor_kind', kinds);
  if (filter.action) q.where('action', 'like', `${filter.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (filter.actorId) q.where('actor_id', filter.actorId);
  if (filter.outcome) q.where('outcome', filter.outcome);
  if (filter.from) q.where('at', '>=', filter.from);
  if (filter.to) q.where('at', '<', filter.to);
  const total = await countRows(q);
  const rows = await q
    .select('*')
    .orderBy('id', 'desc')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return {
    total,
    items: rows.map((r) => ({
      id: Number(r.id),
      at: new Date(r.at).toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_name,
      actorKind: r.actor_kind,
      action: r.action,
      outcome: r.outcome,
      targetType: r.target_type,
      targetId: r.target_id,
      unitId: r.unit_id,
      ip: r.ip,
      requestId: r.request_id,
      details: typeof r.details === 'string' ? JSON.parse(r.details) : r.details,
    })),
  };
}
