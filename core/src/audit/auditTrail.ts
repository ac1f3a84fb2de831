import type { Knex } from 'knex';
import { countRows } from '../db/database.ts';
import type { AuthContext } from '../access/authContext.ts';
import { render, type Locale } from '../i18n/text.ts';
import type { AuditActionCatalog } from './auditActions.ts';

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
  /** Part of the actor's account name or display name. */
  actor?: string;
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
  /** The actor's display name now (the account name is kept in the entry itself). */
  actorDisplayName: string | null;
  action: string;
  /** The action in words (发布流程), or the code itself for an action no longer declared. */
  actionLabel: string;
  outcome: string;
  targetType: string | null;
  /** The target's kind in words (流程, 公文, 用户). */
  targetTypeLabel: string | null;
  targetId: string | null;
  /** The target's name when the entry was written. */
  targetName: string | null;
  unitId: string | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

const likeOf = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function readAuditTrail(
  db: Knex,
  catalog: AuditActionCatalog,
  locale: Locale,
  auth: AuthContext,
  filter: AuditFilter,
): Promise<{ items: AuditRecord[]; total: number }> {
  const kinds = Object.entries(ACTOR_KINDS_REVIEWED_BY).flatMap(([permission, k]) => (auth.can(permission) ? [...k] : []));
  const q = db('core_audit_log as a').leftJoin('core_users as u', 'u.id', 'a.actor_id').whereIn('a.actor_kind', kinds);
  if (filter.action) q.where('a.action', 'like', `${likeOf(filter.action)}%`);
  if (filter.actorId) q.where('a.actor_id', filter.actorId);
  if (filter.actor) {
    const like = `%${likeOf(filter.actor)}%`;
    q.where((w) => w.whereILike('a.actor_name', like).orWhereILike('u.display_name', like));
  }
  if (filter.outcome) q.where('a.outcome', filter.outcome);
  if (filter.from) q.where('a.at', '>=', filter.from);
  if (filter.to) q.where('a.at', '<', filter.to);
  const total = await countRows(q);
  const rows = await q
    .select('a.*', 'u.display_name as actor_display_name')
    .orderBy('a.id', 'desc')
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
      actorDisplayName: r.actor_display_name ?? null,
      action: r.action,
      actionLabel: labelOr(catalog.labelOf(r.action), locale, r.action),
      outcome: r.outcome,
      targetType: r.target_type,
      targetTypeLabel: r.target_type ? labelOr(catalog.kindOf(r.target_type), locale, r.target_type) : null,
      targetId: r.target_id,
      targetName: r.target_name ?? null,
      unitId: r.unit_id,
      ip: r.ip,
      requestId: r.request_id,
      details: typeof r.details === 'string' ? JSON.parse(r.details) : r.details,
    })),
  };
}

function labelOr(label: Parameters<typeof render>[0] | undefined, locale: Locale, fallback: string): string {
  return label ? render(label, locale) : fallback;
}
