import type { Knex } from 'knex';
import { ApiError } from '../http/apiError.ts';
import { text } from '../i18n/text.ts';
import { type AuditLog, type AuditSource, entryFrom } from '../audit/auditLog.ts';
import { decoyPasswordHash, verifyPassword } from './passwordHashing.ts';
import { sessionIdOf, type SessionStore } from './sessionStore.ts';
import type { AuthenticatedUser } from '../access/authContext.ts';
import type { AccountKind } from '../access/duties.ts';

/**
 * Sign-in with username and password. After `attempts` wrong passwords in a row the account
 * is locked for `minutes`; while locked even the right password is refused. Counting is done
 * in one UPDATE so parallel attempts cannot slip past the limit.
 */
export interface LockoutPolicy {
  attempts: number;
  minutes: number;
}

export interface SignedIn {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  sessionId: string;
  user: AuthenticatedUser;
  actingUnitId: string | null;
}

const invalidCredentials = () => new ApiError(401, 'invalid_credentials', text('用户名或密码错误', 'Wrong username or password'));

const accountLocked = (until: Date) =>
  new ApiError(
    401,
    'account_locked',
    text(`登录失败次数过多，账号已锁定至 ${formatTime(until)}`, `Too many failed sign-ins; the account is locked until ${until.toISOString()}`),
    { lockedUntil: until.toISOString() },
  );

function formatTime(d: Date): string {
  return d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

export class SignIn {
  constructor(
    private readonly db: Knex,
    private readonly sessions: SessionStore,
    private readonly audit: AuditLog,
    private readonly policy: LockoutPolicy,
  ) {}

  async signIn(username: string, password: string, source: Omit<AuditSource, 'actor'> & { userAgent: string }): Promise<SignedIn> {
    const name = username.trim().toLowerCase();
    const user = await this.db('core_users')
      .where({ username: name })
      .first<
        | { id: string; username: string; display_name: string; account_kind: AccountKind; password_hash: string; status: string; locked_until: Date | null }
        | undefined
      >('id', 'username', 'display_name', 'account_kind', 'password_hash', 'status', 'locked_until');
    const actorOf = (u: { id: string; username: string; account_kind: AccountKind }) => ({ id: u.id, name: u.username, kind: u.account_kind });
    if (!user) {
      await verifyPassword(await decoyPasswordHash(), password);
      await this.audit.record(
        entryFrom(
          { ...source, actor: { id: null, name: name.slice(0, 64), kind: 'anonymous' } },
          { action: 'auth.login', outcome: 'failure', details: { reason: 'unknown_user' } },
        ),
      );
      throw invalidCredentials();
    }
    const audited = { ...source, actor: actorOf(user), unitId: null };
    if (user.locked_until && new Date(user.locked_until) > new Date()) {
      await this.audit.record(
        entryFrom(audited, { action: 'auth.login', outcome: 'denied', target: { type: 'user', id: user.id }, details: { reason: 'locked' } }),
      );
      throw accountLocked(new Date(user.locked_until));
    }
    if (!(await verifyPassword(user.password_hash, password))) {
      const [after] = await this.db('core_users')
        .where({ id: user.id })
        .update({
          failed_attempts: this.db.raw('CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1 ELSE failed_attempts + 1 END'),
          locked_until: this.db.raw(
            `CASE WHEN (CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1 ELSE failed_attempts + 1 END) >= ?
                  THEN now() + make_interval(mins => ?) ELSE NULL END`,
            [this.policy.attempts, this.policy.minutes],
          ),
        })
        .returning(['failed_attempts', 'locked_until']);
      const lockedNow = after?.locked_until ? new Date(after.locked_until) : null;
      await this.audit.record(
        entryFrom(audited, {
          action: lockedNow ? 'auth.lockout' : 'auth.login',
          outcome: 'failure',
          target: { type: 'user', id: user.id },
          details: { reason: 'wrong_password', failedAttempts: after?.failed_attempts },
        }),
      );
      if (lockedNow) throw accountLocked(lockedNow);
      throw invalidCredentials();
    }
    if (user.status !== 'active') {
      await this.audit.record(
        entryFrom(audited, { action: 'auth.login', outcome: 'denied', target: { type: 'user', id: user.id }, details: { reason: 'disabled' } }),
      );
      throw new ApiError(401, 'account_disabled', text('账号已停用，请联系系统管理员', 'The account is disabled; contact the system administrator'));
    }
    return this.db.transaction(async (trx) => {
      await trx('core_users').where({ id: user.id }).update({ failed_attempts: 0, locked_until: null, last_login_at: trx.fn.now() });
      const primary = await trx('core_posts')
        .where({ user_id: user.id })
        .orderBy([{ column: 'is_primary', order: 'desc' }, { column: 'sort_order' }, { column: 'created_at' }])
        .first('unit_id');
      const created = await this.sessions.create(
        { userId: user.id, actingUnitId: primary?.unit_id ?? null, ip: source.ip ?? '', userAgent: source.userAgent },
        trx,
      );
      await this.audit.record(
        entryFrom({ ...audited, unitId: primary?.unit_id ?? null }, { action: 'auth.login', target: { type: 'user', id: user.id } }),
        trx,
      );
      return {
        ...created,
        sessionId: sessionIdOf(created.token),
        user: { id: user.id, username: user.username, displayName: user.display_name, accountKind: user.account_kind },
        actingUnitId: primary?.unit_id ?? null,
      };
    });
  }

  async signOut(sessionId: string, source: AuditSource): Promise<void> {
    await this.db.transaction(async (trx) => {
      await this.sessions.end(sessionId, 'logout', trx);
      await this.audit.record(entryFrom(source, { action: 'auth.logout' }), trx);
    });
  }
}
