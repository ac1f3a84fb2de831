import { text, type Text } from '../i18n/text.ts';

/**
 * Readable names of audited actions and of the kinds of things they are done on, so the
 * trail reads 发布流程 · 流程 发文办理 rather than `definitions.publish` · `definition:<uuid>`.
 * The services' own actions are listed here; routes add theirs from their audit declarations.
 */
const SERVICE_ACTIONS: Record<string, Text> = {
  'auth.login': text('登录', 'Sign in'),
  'auth.logout': text('退出登录', 'Sign out'),
  'auth.switchUnit': text('切换任职部门', 'Switch acting unit'),
  'auth.changePassword': text('修改本人密码', 'Change own password'),
  'access.denied': text('越权访问被拒绝', 'Access denied'),
  'system.install': text('系统初始化', 'Installation'),
  'org.unit.create': text('新建机构', 'Create unit'),
  'org.unit.update': text('修改机构', 'Update unit'),
  'org.unit.move': text('移动机构', 'Move unit'),
  'org.unit.delete': text('删除机构', 'Delete unit'),
  'org.user.create': text('新建人员', 'Create person'),
  'org.user.update': text('修改人员', 'Update person'),
  'org.user.delete': text('删除人员', 'Delete person'),
  'org.user.resetPassword': text('重置密码', 'Reset password'),
  'org.post.create': text('新增任职', 'Add post'),
  'org.post.update': text('修改任职', 'Update post'),
  'org.post.delete': text('撤销任职', 'Remove post'),
  'org.import.units': text('导入部门', 'Import units'),
  'org.import.users': text('导入人员', 'Import people'),
  'security.role.create': text('新建角色', 'Create role'),
  'security.role.update': text('修改角色', 'Update role'),
  'security.role.delete': text('删除角色', 'Delete role'),
  'security.grant.set': text('授予角色', 'Set role grants'),
  'security.admin.create': text('新建管理员', 'Create administrator'),
  'security.session.revoke': text('强制下线', 'Revoke session'),
  'security.account.unlock': text('解除锁定', 'Unlock account'),
  'system.module.enable': text('启用模块', 'Enable module'),
  'system.module.disable': text('停用模块', 'Disable module'),
};

const TARGET_KINDS: Record<string, Text> = {
  user: text('用户', 'User'),
  org_unit: text('机构', 'Unit'),
  post: text('任职', 'Post'),
  unit_group: text('常用单位组', 'Unit group'),
  role: text('角色', 'Role'),
  module: text('模块', 'Module'),
  process: text('流程', 'Process'),
  instance: text('流程实例', 'Process instance'),
  task: text('待办', 'Task'),
  circulation: text('传阅', 'Circulation'),
  proxy: text('委托', 'Proxy'),
  file: text('附件', 'File'),
};

export class AuditActionCatalog {
  private readonly actions = new Map<string, Text>(Object.entries(SERVICE_ACTIONS));
  private readonly kinds = new Map<string, Text>(Object.entries(TARGET_KINDS));

  /** Adds the label of an action declared by a route; one code means one thing everywhere. */
  register(action: string, label: Text): void {
    const known = this.actions.get(action);
    if (known && known['zh-CN'] !== label['zh-CN']) throw new Error(`audit action ${action} is labelled both ${known['zh-CN']} and ${label['zh-CN']}`);
    this.actions.set(action, label);
  }

  registerKind(kind: string, label: Text): void {
    this.kinds.set(kind, label);
  }

  labelOf(action: string): Text | undefined {
    return this.actions.get(action);
  }

  kindOf(kind: string): Text | undefined {
    return this.kinds.get(kind);
  }

  /** Every known action, for the filter of the audit view. */
  list(): { action: string; label: Text }[] {
    return [...this.actions].map(([action, label]) => ({ action, label })).sort((a, b) => a.action.localeCompare(b.action));
  }
}
