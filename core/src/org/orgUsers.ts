import type { Knex } from 'knex';
import { conflict, notFound, outOfScope } from '../http/apiError.ts';
import { text } from '../i18n/text.ts';
import { countRows } from '../db/database.ts';
import { scopeCovers, whereUnitInScope, type DataScope } from '../access/dataScope.ts';
import { type AuditLog, type AuditSource, entryFrom } from '../audit/auditLog.ts';
import { assertStrongPassword, hashPassword } from '../auth/passwordHashing.ts';
import type { OrgPosts, Post, PostInput } from './orgPosts.ts';
import { grantDefaultRoles } from '../access/defaultRoles.ts';

/**
 * People (regular accounts) of the organization. Contact details that are private — mobile
 * phone and e-mail — are shown only to callers whose `org.user.readPrivate` scope reaches one of
 * the person's units; everybody with the directory permission sees names, posts and office phones.
 */
export interface OrgUser {
  id: string;
  username: string;
  displayName: string;
  gender: 'male' | 'female' | null;
  officePhone: string | null;
  status: 'active' | 'disabled';
  posts: Post[];
  /** null when the caller may not see them. */
  mobile: string | null;
  email: string | null;
  privateVisible: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
}

export interface UserInput {
  username: string;
  displayName: string;
  password: string;
  gender?: 'male' | 'female' | null;
  officePhone?: string | null;
  mobile?: string | null;
  email?: string | null;
  mustChangePassword?: boolean;
  posts?: PostInput[];
}

export type UserPatch = Partial<Pick<UserInput, 'displayName' | 'gender' | 'officePhone' | 'mobile' | 'email'>> & {
  status?: 'active' | 'disabled';
};

export interface UserListFilter {
  unitId?: string;
  includeSubunits?: boolean;
  keyword?: string;
  postType?: string;
  status?: 'active' | 'disabled';
  page: number;
  pageSize: number;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  gender: 'male' | 'female' | null;
  office_phone: string | null;
  mobile: string | null;
  email: string | null;
  status: 'active' | 'disabled';
  locked_until: Date | null;
  last_login_at: Date | null;
}

const userNotFound = () => notFound('org.user_not_found', text('人员不存在', 'No such person'));

export class OrgUsers {
  constructor(
    private readonly db: Knex,
    private readonly audit: AuditLog,
    private readonly posts: OrgPosts,
  ) {}

  async get(id: string, privateScope: DataScope): Promise<OrgUser> {
    const row = await this.db('core_users').where({ id, account_kind: 'regular' }).first<UserRow>();
    if (!row) throw userNotFound();
    return (await this.present([row], privateScope))[0]!;
  }

  async list(filter: UserListFilter, privateScope: DataScope): Promise<{ items: OrgUser[]; total: number }> {
    const q = this.db('core_users as usr').where('usr.account_kind', 'regular');
    if (filter.unitId) {
      const unit = await this.db('core_org_units').where({ id: filter.unitId }).first('id', 'path');
      if (!unit) throw notFound('org.unit_not_found', text('组织机构不存在', 'No such organization unit'));
      q.whereExists((sub) => {
        sub.select(this.db.raw('1')).from('core_posts as p').join('core_org_units as pu', 'pu.id', 'p.unit_id').whereRaw('p.user_id = usr.id');
        if (filter.includeSubunits) sub.where('pu.path', 'like', `${unit.path}%`);
        else sub.where('pu.id', unit.id);
        if (filter.postType) sub.where('p.post_type', filter.postType);
      });
    } else if (filter.postType) {
      q.whereExists((sub) => sub.select(this.db.raw('1')).from('core_posts as p').whereRaw('p.user_id = usr.id').where('p.post_type', filter.postType!));
    }
    if (filter.keyword) {
      const like = `%${filter.keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q.where((w) => w.whereILike('usr.display_name', like).orWhereILike('usr.username', like));
    }
    if (filter.status) q.where('usr.status', filter.status);
    const total = await countRows(q);
    const rows: UserRow[] = await q
      .select('usr.*')
      .orderBy([{ column: 'usr.display_name' }, { column: 'usr.username' }])
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize);
    return { items: await this.present(rows, privateScope), total };
  }

  async create(input: UserInput, manageScope: DataScope, source: AuditSource): Promise<OrgUser> {
    assertStrongPassword(input.password, input.username);
    if (!input.posts?.length && !manageScope.all) throw outOfScope();
    const passwordHash = await hashPassword(input.password);
    const id = await this.db.transaction(async (trx) => {
      const [row] = await trx('core_users')
        .insert({
          username: input.username,
          display_name: input.displayName,
          password_hash: passwordHash,
          gender: input.gender ?? null,
          office_phone: input.officePhone ?? null,
          mobile: input.mobile ?? null,
          email: input.email ?? null,
          must_change_password: input.mustChangePassword ?? true,
        })
        .onConflict('username')
        .ignore()
        .returning('id');
      if (!row)
        throw conflict('org.username_taken', text(`用户名 ${input.username} 已被使用`, `Username ${input.username} is taken`), { username: input.username });
      for (const post of input.posts ?? []) await this.posts.insertPost(trx, row.id, post, manageScope);
      await grantDefaultRoles(trx, [row.id]);
      await this.audit.record(
        entryFrom(source, { action: 'org.user.create', target: { type: 'user', id: row.id }, details: { username: input.username } }),
        trx,
      );
      return row.id as string;
    });
    return this.get(id, { all: true });
  }

  async update(id: string, patch: UserPatch, manageScope: DataScope, source: AuditSource): Promise<OrgUser> {
    await this.db.transaction(async (trx) => {
      await this.lockInScope(trx, id, manageScope);
      const changes: Record<string, unknown> = { updated_at: trx.fn.now() };
      if (patch.displayName !== undefined) changes.display_name = patch.displayName;
      if (patch.gender !== undefined) changes.gender = patch.gender;
      if (patch.officePhone !== undefined) changes.office_phone = patch.officePhone;
      if (patch.mobile !== undefined) changes.mobile = patch.mobile;
      if (patch.email !== undefined) changes.email = patch.email;
      if (patch.status !== undefined) changes.status = patch.status;
      await trx('core_users').where({ id }).update(changes);
      if (patch.status === 'disabled') {
        await trx('core_sessions').where({ user_id: id }).whereNull('ended_at').update({ ended_at: trx.fn.now(), end_reason: 'disabled' });
      }
      await this.audit.record(entryFrom(source, { action: 'org.user.update', target: { type: 'user', id }, details: { changes: patch } }), trx);
    });
    return this.get(id, { all: true });
  }

  /** An administrator sets a new password; the person must change it at the next sign-in. */
  async resetPassword(id: string, password: string, manageScope: DataScope, source: AuditSource): Promise<void> {
    const user = await this.db('core_users').where({ id, account_kind: 'regular' }).first('username');
    if (!user) throw userNotFound();
    assertStrongPassword(password, user.username);
    const passwordHash = await hashPassword(password);
    await this.db.transaction(async (trx) => {
      await this.lockInScope(trx, id, manageScope);
      await trx('core_users')
        .where({ id })
        .update({ password_hash: passwordHash, must_change_password: true, password_changed_at: trx.fn.now(), failed_attempts: 0, locked_until: null });
      await trx('core_sessions').where({ user_id: id }).whereNull('ended_at').update({ ended_at: trx.fn.now(), end_reason: 'revoked' });
      await this.audit.record(entryFrom(source, { action: 'org.user.resetPassword', target: { type: 'user', id } }), trx);
    });
  }

  async remove(id: string, manageScope: DataScope, source: AuditSource): Promise<void> {
    await this.db.transaction(async (trx) => {
      const user = await this.lockInScope(trx, id, manageScope);
      if (user.last_login_at) {
        throw conflict('org.user_has_history', text('该人员已使用过系统，不能删除，只能停用', 'The person has used the system; disable the account instead'));
      }
      await trx('core_users').where({ id }).delete();
      await this.audit.record(entryFrom(source, { action: 'org.user.delete', target: { type: 'user', id }, details: { username: user.username } }), trx);
    });
  }

  private async lockInScope(trx: Knex.Transaction, id: string, scope: DataScope): Promise<UserRow> {
    const user = await trx('core_users').where({ id, account_kind: 'regular' }).forUpdate().first<UserRow>();
    if (!user) throw userNotFound();
    if (!scope.all) {
      const q = trx('core_posts').where({ user_id: id });
      whereUnitInScope(q, scope, 'unit_id');
      if (!(await q.first('id'))) throw outOfScope();
    }
    return user;
  }

  private async present(rows: UserRow[], privateScope: DataScope): Promise<OrgUser[]> {
    const posts = await this.posts.ofUsers(rows.map((r) => r.id));
    const unitPaths = await this.unitPathsOf([...posts.values()].flat().map((p) => p.unit.id));
    return rows.map((r) => {
      const own = posts.get(r.id) ?? [];
      const visible = privateScope.all || own.some((p) => scopeCovers(privateScope, { id: p.unit.id, path: unitPaths.get(p.unit.id) ?? '' }));
      return {
        id: r.id,
        username: r.username,
        displayName: r.display_name,
        gender: r.gender,
        officePhone: r.office_phone,
        status: r.status,
        posts: own,
        mobile: visible ? r.mobile : null,
        email: visible ? r.email : null,
        privateVisible: visible,
        lockedUntil: r.locked_until && new Date(r.locked_until) > new Date() ? new Date(r.locked_until).toISOString() : null,
        lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
      };
    });
  }

  private async unitPathsOf(unitIds: string[]): Promise<Map<string, string>> {
    if (!unitIds.length) return new Map();
    const rows = await this.db('core_org_units')
      .whereIn('id', [...new Set(unitIds)])
      .select('id', 'path');
    return new Map(rows.map((r) => [r.id, r.path]));
  }
}
