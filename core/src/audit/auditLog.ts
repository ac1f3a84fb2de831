import type { Knex } from 'knex';
import type { AccountKind } from '../access/duties.ts';
import { AuditActionCatalog } from './auditActions.ts';
import { AuditTargetNames } from './auditTargets.ts';

/**
 * The audit trail: an append-only table (a trigger refuses UPDATE and DELETE). Every sign-in,
 * administrative change and denied access is recorded with who, what, on what, from where.
 * The target's name is kept as it was at the time, beside its kind and id.
 */
export interface AuditActor {
  id: string | null;
  name: string;
  kind: AccountKind | 'system' | 'anonymous';
}

export interface AuditEntry {
  actor: AuditActor;
  action: string;
  outcome?: 'success' | 'denied' | 'failure';
  target?: { type: string; id: string; name?: string | null };
  unitId?: string | null;
  ip?: string;
  requestId?: string;
  details?: Record<string, unknown>;
}

export const SYSTEM_ACTOR: AuditActor = { id: null, name: 'kunlun', kind: 'system' };

export class AuditLog {
  /** Readable names of the actions and target kinds. */
  readonly actions = new AuditActionCatalog();
  /** How the name of a target is found when its entry is written. */
  readonly targets = new AuditTargetNames();

  constructor(private readonly db: Knex) {}

  /** Records one entry; pass the transaction of the change so the entry commits (or not) with it. */
  async record(entry: AuditEntry, trx: Knex | Knex.Transaction = this.db): Promise<void> {
    const target = entry.target;
    const targetName = target ? (target.name ?? (await this.targets.nameOf(trx, target.type, target.id))) : null;
    await trx('core_audit_log').insert({
      actor_id: entry.actor.id,
      actor_name: entry.actor.name,
      actor_kind: entry.actor.kind,
      action: entry.action,
      outcome: entry.outcome ?? 'success',
      target_type: entry.target?.type ?? null,
      target_id: entry.target?.id ?? null,
      target_name: targetName,
      unit_id: entry.unitId ?? null,
      ip: entry.ip ?? null,
      request_id: entry.requestId ?? null,
      details: JSON.stringify(entry.details ?? {}),
    });
  }
}

/** Who does something and from where: what services need to write audit entries. */
export interface AuditSource {
  actor: AuditActor;
  ip?: string;
  requestId?: string;
  unitId?: string | null;
}

export function auditSourceOf(input: {
  auth: { user: { id: string; username: string; accountKind: AccountKind }; actingUnitId: string | null } | null;
  ip: string;
  requestId: string;
}): AuditSource {
  const auth = input.auth;
  return {
    actor: auth ? { id: auth.user.id, name: auth.user.username, kind: auth.user.accountKind } : { id: null, name: 'anonymous', kind: 'anonymous' },
    ip: input.ip,
    requestId: input.requestId,
    unitId: auth?.actingUnitId ?? null,
  };
}

export function entryFrom(source: AuditSource, entry: Omit<AuditEntry, 'actor' | 'ip' | 'requestId'>): AuditEntry {
  return { unitId: source.unitId ?? null, ...entry, actor: source.actor, ip: source.ip, requestId: source.requestId };
}
