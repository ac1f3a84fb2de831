import type { Knex } from 'knex';
import { notFound } from '../http/apiError.ts';
import { text } from '../i18n/text.ts';
import { countRows } from '../db/database.ts';
import { type AuditLog, type AuditSource, entryFrom } from '../audit/auditLog.ts';
import type { SessionStore } from '../auth/sessionStore.ts';

/** The security administrator's view of sessions and lock-outs. */
export interface SessionInfo {
  id: string;
  userId: string;
  username: string;
  displayName: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
  endedAt: string | null;
  endReason: string | null;
}

export interface LockedAccount {
  userId: string;
  username: string;
  displayName: string;
  failedAttempts: number;
  lockedUntil: string;
}

export class SessionAdmin {
  constructor(
    private readonly db: Knex,
    private readonly sessions: SessionStore,
    private readonly audit: AuditLog,
  ) {}

  async list(filter: { userId?: string; active?: boolean; page: number; pageSize: number }): Promise<{ items: SessionInfo[]; total: number }> {
    const q = this.db('core_sessions as s').join('core_users as u', 'u.id', 's.user_id');
    if (filter.userId) q.where('s.user_id', filter.userId);
    if (filter.active) q.whereNull('s.ended_at').where('s.expires_at', '>', this.db.fn.now());
    const total = await countRows(q);
    const rows = await q
      .select('s.*', 'u.username', 'u.display_name')
      .orderBy('s.last_seen_at', 'desc')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize);
    return {
      total,
      items: rows.map((r) => ({
        // The id shown is a prefix of the token hash: enough to name a session, useless to forge one.
        id: r.id.slice(0, 16),
        userId: r.user_id,
        username: r.username,
        displayName: r.display_name,
        ip: r.ip,
        userAgent: r.user_agent,
        createdAt: new Date(r.created_at).toISOString(),
        lastSeenAt: new Date(r.last_seen_at).toISOString(),
        endedAt: r.ended_at ? new Date(r.ended_at).toISOString() : null,
        endReason: r.end_reason,
      })),
    };
  }

  async revoke(idPrefix: string, source: AuditSource): Promise<void> {
    const rows = await this.db('core_sessions').where('id', 'like', `${idPrefix}%`).whereNull('ended_at').select('id', 'user_id');
    if (rows.length !== 1) throw notFound('security.session_not_found', text('会话不存在或已结束', 'No such live session'));
    await this.db.transaction(async (trx) => {
      await this.sessions.end(rows[0].id, 'revoked', trx);
      await this.audit.record(entryFrom(source, { action: 'security.session.revoke', target: { type: 'user', id: rows[0].user_id } }), trx);
    });
  }

  async lockedAccounts(): Promise<LockedAccount[]> {
    const rows = await this.db('core_users')
      .where('locked_until', '>', this.db.fn.now())
      .orderBy('locked_until', 'desc')
      .select('id', 'username', 'display_name', 'failed_attempts', 'locked_until');
    return rows.map((r) => ({
      userId: r.id,
      username: r.username,
      displayName: r.display_name,
      failedAttempts: r.failed_attempts,
      lockedUntil: new Date(r.locked_until).toISOString(),
    }));
  }

  async unlock(userId: string, source: AuditSource): Promise<void> {
    await this.db.transaction(async (trx) => {
      const n = await trx('core_users').where({ id: userId }).update({ failed_attempts: 0, locked_until: null });
      if (!n) throw notFound('org.user_not_found', text('人员不存在', 'No such person'));
      await this.audit.record(entryFrom(source, { action: 'security.account.unlock', target: { type: 'user', id: userId } }), trx);
    });
  }
}
