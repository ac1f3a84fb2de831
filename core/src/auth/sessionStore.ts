import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Knex } from 'knex';

/**
 * Database-backed sessions. The cookie carries a random token; the table keeps only its
 * SHA-256, so a leaked table cannot be replayed. Sessions end on sign-out, after
 * `idleMinutes` without a request, after `maxHours` in all, or when revoked.
 */
export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

export interface SessionRow {
  id: string;
  userId: string;
  actingUnitId: string | null;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
}

export type SessionEndReason = 'logout' | 'idle' | 'expired' | 'revoked' | 'disabled';

const TOUCH_EVERY_MS = 30_000;

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class SessionStore {
  constructor(
    private readonly db: Knex,
    private readonly policy: SessionPolicy,
  ) {}

  async create(input: { userId: string; actingUnitId: string | null; ip: string; userAgent: string }, trx: Knex | Knex.Transaction = this.db) {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(Date.now() + this.policy.maxHours * 3600_000);
    await trx('core_sessions').insert({
      id: sessionIdOf(token),
      user_id: input.userId,
      acting_unit_id: input.actingUnitId,
      csrf_token: csrfToken,
      ip: input.ip,
      user_agent: input.userAgent.slice(0, 300),
      expires_at: expiresAt,
    });
    return { token, csrfToken, expiresAt };
  }

  /** The live session for a cookie token, or why there is none. Ends sessions found expired. */
  async resolve(token: string): Promise<{ session: SessionRow } | { ended: SessionEndReason | 'unknown' }> {
    const id = sessionIdOf(token);
    const row = await this.db('core_sessions').where({ id }).first();
    if (!row) return { ended: 'unknown' };
    if (row.ended_at) return { ended: row.end_reason ?? 'revoked' };
    const now = Date.now();
    if (now >= new Date(row.expires_at).getTime()) {
      await this.end(id, 'expired');
      return { ended: 'expired' };
    }
    if (now - new Date(row.last_seen_at).getTime() >= this.policy.idleMinutes * 60_000) {
      await this.end(id, 'idle');
      return { ended: 'idle' };
    }
    if (now - new Date(row.last_seen_at).getTime() >= TOUCH_EVERY_MS) {
      await this.db('core_sessions').where({ id }).update({ last_seen_at: this.db.fn.now() });
    }
    return {
      session: {
        id,
        userId: row.user_id,
        actingUnitId: row.acting_unit_id,
        csrfToken: row.csrf_token,
        lastSeenAt: row.last_seen_at,
        expiresAt: row.expires_at,
      },
    };
  }

  async end(id: string, reason: SessionEndReason, trx: Knex | Knex.Transaction = this.db): Promise<void> {
    await trx('core_sessions').where({ id }).whereNull('ended_at').update({ ended_at: trx.fn.now(), end_reason: reason });
  }

  async endAllOfUser(userId: string, reason: SessionEndReason, trx: Knex | Knex.Transaction = this.db): Promise<number> {
    return trx('core_sessions').where({ user_id: userId }).whereNull('ended_at').update({ ended_at: trx.fn.now(), end_reason: reason });
  }

  async setActingUnit(id: string, unitId: string): Promise<void> {
    await this.db('core_sessions').where({ id }).update({ acting_unit_id: unitId });
  }
}
