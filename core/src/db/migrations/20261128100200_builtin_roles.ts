import type { Knex } from 'knex';

/**
 * The built-in roles. The three administrator roles (三员) are fixed by regulation; their
 * permissions are kept complete at start-up from the permission catalog (see roleSync.ts).
 * "staff" is the default role of every new regular account.
 */
const roles = [
  {
    code: 'system_admin',
    name: '系统管理员',
    duty: 'system',
    data_scope: 'all',
    description: '管理组织机构、人员账号、岗位和模块；不能分配权限，不能查看审计记录',
  },
  {
    code: 'security_admin',
    name: '安全保密管理员',
    duty: 'security',
    data_scope: 'all',
    description: '管理角色与权限、为用户分配角色、解除锁定、管理会话，审查普通用户的操作记录',
  },
  { code: 'audit_admin', name: '安全审计员', duty: 'audit', data_scope: 'all', description: '审查系统管理员和安全保密管理员的操作记录' },
  { code: 'staff', name: '普通用户', duty: 'business', data_scope: 'own_unit', is_default: true, description: '机关工作人员：办理公文和事务，查阅通讯录' },
];

export async function up(knex: Knex): Promise<void> {
  await knex('core_roles').insert(roles.map((r) => ({ is_default: false, ...r, builtin: true })));
}

export async function down(knex: Knex): Promise<void> {
  await knex('core_roles')
    .whereIn(
      'code',
      roles.map((r) => r.code),
    )
    .delete();
}
