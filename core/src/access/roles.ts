import type { Knex } from 'knex';
import { conflict, notFound, unprocessable } from '../http/apiError.ts';
import { text } from '../i18n/text.ts';
import { type AuditLog, type AuditSource, entryFrom } from '../audit/auditLog.ts';
import type { PermissionCatalog } from './permissionCatalog.ts';
import type { DataScopeKind, Duty } from './duties.ts';

/**
 * Roles and grants, the security administrator's job. Only business roles can be created,
 * changed or granted here: the three administrator roles are fixed, and administrator
 * accounts are made by the installer, never by granting a role to a regular account.
 */
export interface Role {
  id: string;
  code: string;
  name: string;
  description: string;
  duty: Duty;
  dataScope: DataScopeKind;
  builtin: boolean;
  isDefault: boolean;
  permissions: string[];
  holders: number;
}

export interface RoleInput {
  code: string;
  name: string;
  description?: string;
  dataScope: DataScopeKind;
  isDefault?: boolean;
  permissions: string[];
}

export interface Grant {
  roleId: string;
  roleCode: string;
  roleName: string;
  anchorUnitId: string | null;
}

const roleNotFound = () => notFound('security.role_not_found', text('角色不存在', 'No such role'));

export class Roles {
  constructor(
    private readonly db: Knex,
    private readonly catalog: PermissionCatalog,
    private readonly audit: AuditLog,
  ) {}

  async list(): Promise<Role[]> {
    const rows = await this.db('core_roles as r')
      .select('r.*', this.db.raw('(select count(*) from core_user_roles ur where ur.role_id = r.id) as holders'))
      .orderBy([{ column: 'r.builtin', order: 'desc' }, { column: 'r.code' }]);
    const perms = await this.db('core_role_permissions').select('role_id', 'permission').orderBy('permission');
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      description: r.description,
      duty: r.duty,
      dataScope: r.data_scope,
      builtin: r.builtin,
      isDefault: r.is_default,
      permissions: perms.filter((p) => p.role_id === r.id).map((p) => p.permission),
      holders: Number(r.holders),
    }));
  }

  async get(id: string): Promise<Role> {
    const role = (await this.list()).find((r) => r.id === id);
    if (!role) throw roleNotFound();
    return role;
  }

  async create(input: RoleInput, source: AuditSource): Promise<Role> {
    this.assertBusinessPermissions(input.permissions);
    const id = await this.db.transaction(async (trx) => {
      const [row] = await trx('core_roles')
        .insert({
          code: input.code,
          name: input.name,
          description: input.description ?? '',
          duty: 'business',
          data_scope: input.dataScope,
          is_default: input.isDefault ?? false,
        })
        .onConflict('code')
        .ignore()
        .returning('id');
      if (!row) throw conflict('security.role_code_taken', text(`角色编码 ${input.code} 已被使用`, `Role code ${input.code} is taken`));
      await this.setPermissions(trx, row.id, input.permissions);
      await this.audit.record(entryFrom(source, { action: 'security.role.create', target: { type: 'role', id: row.id }, details: { ...input } }), trx);
      return row.id as string;
    });
    return this.get(id);
  }

  async update(id: string, patch: Partial<Omit<RoleInput, 'code'>>, source: AuditSource): Promise<Role> {
    await this.db.transaction(async (trx) => {
      const role = await trx('core_roles').where({ id }).forUpdate().first();
      if (!role) throw roleNotFound();
      if (role.duty !== 'business') {
        throw unprocessable('security.admin_role_fixed', text('三员角色由系统固定，不能修改', 'The administrator roles are fixed'));
      }
      const changes: Record<string, unknown> = { updated_at: trx.fn.now() };
      if (patch.name !== undefined) changes.name = patch.name;
      if (patch.description !== undefined) changes.description = patch.description;
      if (patch.dataScope !== undefined) changes.data_scope = patch.dataScope;
      if (patch.isDefault !== undefined) changes.is_default = patch.isDefault;
      await trx('core_roles').where({ id }).update(changes);
      if (patch.permissions) {
        this.assertBusinessPermissions(patch.permissions);
        await trx('core_role_permissions').where({ role_id: id }).delete();
        await this.setPermissions(trx, id, patch.permissions);
      }
      await this.audit.record(entryFrom(source, { action: 'security.role.update', target: { type: 'role', id }, details: { ...patch } }), trx);
    });
    return this.get(id);
  }

  async remove(id: string, source: AuditSource): Promise<void> {
    await this.db.transaction(async (trx) => {
      const role = await trx('core_roles').where({ id }).forUpdate().first();
      if (!role) throw roleNotFound();
      if (role.builtin) throw unprocessable('security.builtin_role', text('内置角色不能删除', 'Built-in roles cannot be deleted'));
      await trx('core_roles').where({ id }).delete();
      await this.audit.record(entryFrom(source, { action: 'security.role.delete', target: { type: 'role', id }, details: { code: role.code } }), trx);
    });
  }

  async grantsOf(userId: string): Promise<Grant[]> {
    const rows = await this.db('core_user_roles as ur')
      .join('core_roles as r', 'r.id', 'ur.role_id')
      .where('ur.user_id', userId)
      .orderBy('r.code')
      .select('r.id', 'r.code', 'r.name', 'ur.anchor_unit_id');
    return rows.map((r) => ({ roleId: r.id, roleCode: r.code, roleName: r.name, anchorUnitId: r.anchor_unit_id }));
  }

  /** Replaces a regular account's roles. Administrator accounts and roles are out of reach. */
  async setGrants(userId: string, grants: { roleId: string; anchorUnitId?: string | null }[], source: AuditSource): Promise<Grant[]> {
    await this.db.transaction(async (trx) => {
      const user = await trx('core_users').where({ id: userId }).forUpdate().first('id', 'account_kind');
      if (!user) throw notFound('org.user_not_found', text('人员不存在', 'No such person'));
      if (user.account_kind !== 'regular') {
        throw unprocessable('security.admin_account_fixed', text('三员账号的角色由系统固定，不能调整', 'Administrator accounts keep their fixed role'));
      }
      const roleIds = [...new Set(grants.map((g) => g.roleId))];
      const roles = roleIds.length ? await trx('core_roles').whereIn('id', roleIds).select('id', 'duty') : [];
      const missing = roleIds.filter((id) => !roles.some((r) => r.id === id));
      if (missing.length) throw unprocessable('security.role_not_found', text('角色不存在', 'No such role'), { roleIds: missing });
      if (roles.some((r) => r.duty !== 'business')) {
        throw unprocessable('security.admin_role_to_regular', text('普通用户不能担任三员角色', 'A regular account cannot hold an administrator role'));
      }
      await trx('core_user_roles').where({ user_id: userId }).delete();
      if (grants.length) {
        await trx('core_user_roles').insert(grants.map((g) => ({ user_id: userId, role_id: g.roleId, anchor_unit_id: g.anchorUnitId ?? null })));
      }
      await this.audit.record(entryFrom(source, { action: 'security.grant.set', target: { type: 'user', id: userId }, details: { grants } }), trx);
    });
    return this.grantsOf(userId);
  }

  private assertBusinessPermissions(ids: string[]): void {
    const unknown = ids.filter((id) => !this.catalog.has(id));
    if (unknown.length) throw unprocessable('security.permission_unknown', text('权限不存在', 'Unknown permission'), { permissions: unknown });
    const admin = ids.filter((id) => this.catalog.get(id)!.duty !== 'business');
    if (admin.length) {
      throw unprocessable('security.admin_permission', text('三员权限不能授予业务角色', 'Administrator permissions cannot go to business roles'), {
        permissions: admin,
      });
    }
  }

  private async setPermissions(trx: Knex.Transaction, roleId: string, permissions: string[]): Promise<void> {
    const unique = [...new Set(permissions)];
    if (unique.length) await trx('core_role_permissions').insert(unique.map((permission) => ({ role_id: roleId, permission })));
  }
}
