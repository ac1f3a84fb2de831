import type { Knex } from 'knex';
import { z } from 'zod';
import { ApiError, unprocessable } from '../http/apiError.ts';
import { text } from '../i18n/text.ts';
import type { AuthContext } from '../access/authContext.ts';
import type { OrgPosts } from '../org/orgPosts.ts';
import { type AuditLog, type AuditSource, entryFrom } from '../audit/auditLog.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from './passwordHashing.ts';
import type { SessionStore } from './sessionStore.ts';
import { ACCOUNT_KINDS } from '../access/duties.ts';

const unitRef = z.object({ id: z.string(), code: z.string(), name: z.string(), shortName: z.string() });

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    accountKind: z.enum(ACCOUNT_KINDS),
    mustChangePassword: z.boolean(),
  }),
  actingUnit: unitRef.nullable(),
  posts: z.array(
    z.object({
      id: z.string(),
      unit: unitRef,
      postType: z.string(),
      postTypeName: z.string(),
      title: z.string().nullable(),
      isPrimary: z.boolean(),
      chargeUnits: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
    }),
  ),
  roles: z.array(z.object({ code: z.string(), name: z.string() })),
  permissions: z.array(z.string()),
});
export type Me = z.infer<typeof meSchema>;

/** The signed-in person's own view: profile, posts, the unit they act for, password. */
export class CurrentUser {
  constructor(
    private readonly db: Knex,
    private readonly posts: OrgPosts,
    private readonly sessions: SessionStore,
    private readonly audit: AuditLog,
  ) {}

  async describe(auth: AuthContext): Promise<Me> {
    const [user, posts, roles] = await Promise.all([
      this.db('core_users').where({ id: auth.user.id }).first('must_change_password'),
      this.posts.ofUsers([auth.user.id]),
      this.db('core_user_roles as ur')
        .join('core_roles as r', 'r.id', 'ur.role_id')
        .where('ur.user_id', auth.user.id)
        .orderBy('r.code')
        .select('r.code', 'r.name'),
    ]);
    const own = posts.get(auth.user.id) ?? [];
    const acting = own.find((p) => p.unit.id === auth.actingUnitId)?.unit ?? null;
    return {
      user: { ...auth.user, mustChangePassword: Boolean(user?.must_change_password) },
      actingUnit: acting,
      posts: own.map(({ userId: _u, ...p }) => p),
      roles,
      permissions: auth.permissions,
    };
  }

  /** Acts for another unit in which the person holds a post. */
  async switchUnit(auth: AuthContext, unitId: string, source: AuditSource): Promise<void> {
    const post = await this.db('core_posts').where({ user_id: auth.user.id, unit_id: unitId }).first('id');
    if (!post) throw unprocessable('auth.not_your_unit', text('您在该机构没有岗位', 'You hold no post in that unit'));
    await this.sessions.setActingUnit(auth.sessionId, unitId);
    await this.audit.record(entryFrom({ ...source, unitId }, { action: 'auth.switchUnit', target: { type: 'org_unit', id: unitId } }));
  }

  /** Changes one's own password; every other session of the account ends. */
  async changePassword(auth: AuthContext, current: string, next: string, source: AuditSource): Promise<void> {
    const row = await this.db('core_users').where({ id: auth.user.id }).first('password_hash');
    if (!row || !(await verifyPassword(row.password_hash, current))) {
      throw new ApiError(422, 'auth.wrong_current_password', text('当前密码不正确', 'The current password is wrong'));
    }
    if (current === next) throw unprocessable('auth.same_password', text('新密码不能与当前密码相同', 'The new password must differ from the current one'));
    assertStrongPassword(next, auth.user.username);
    const passwordHash = await hashPassword(next);
    await this.db.transaction(async (trx) => {
      await trx('core_users')
        .where({ id: auth.user.id })
        .update({ password_hash: passwordHash, must_change_password: false, password_changed_at: trx.fn.now() });
      await trx('core_sessions')
        .where({ user_id: auth.user.id })
        .whereNot({ id: auth.sessionId })
        .whereNull('ended_at')
        .update({ ended_at: trx.fn.now(), end_reason: 'revoked' });
      await this.audit.record(entryFrom(source, { action: 'auth.changePassword', target: { type: 'user', id: auth.user.id } }), trx);
    });
  }
}
