import { text } from '../i18n/text.ts';
import type { PermissionDecl } from './permissionCatalog.ts';

/**
 * Permissions of core itself. Namespaces: org (organization), system (installation),
 * security (roles, sessions), audit (the audit trail).
 */
export const corePermissions = [
  { id: 'org.directory.read', title: text('查阅通讯录和组织机构', 'Read the directory and the organization tree'), duty: 'business', grantTo: ['staff'] },
  { id: 'org.user.readPrivate', title: text('查看人员联系方式等个人信息', "Read people's private details"), duty: 'business', grantTo: ['staff'] },
  { id: 'org.unit.manage', title: text('管理组织机构', 'Manage organization units'), duty: 'system', grantTo: [] },
  { id: 'org.user.manage', title: text('管理人员账号和岗位', 'Manage accounts and posts'), duty: 'system', grantTo: [] },
  { id: 'org.import.run', title: text('导入组织机构和人员', 'Import units and people'), duty: 'system', grantTo: [] },
  { id: 'org.calendar.manage', title: text('维护工作日历（节假日、调休）', 'Keep the working calendar (holidays, 调休)'), duty: 'system', grantTo: [] },
  { id: 'system.module.manage', title: text('启用和停用模块', 'Enable and disable modules'), duty: 'system', grantTo: [] },
  { id: 'security.role.manage', title: text('管理角色和权限', 'Manage roles and permissions'), duty: 'security', grantTo: [] },
  { id: 'security.grant.manage', title: text('为人员分配角色', 'Grant roles to people'), duty: 'security', grantTo: [] },
  { id: 'security.session.manage', title: text('管理会话和账号锁定', 'Manage sessions and lock-outs'), duty: 'security', grantTo: [] },
  { id: 'security.userAudit.read', title: text('审查普通用户的操作记录', "Review ordinary users' audit trail"), duty: 'security', grantTo: [] },
  { id: 'engine.instance.readAll', title: text('查阅本单位范围内的全部流程', 'Read every process in one’s units'), duty: 'business', grantTo: [] },
  { id: 'engine.instance.manage', title: text('挂起、恢复、终止流程', 'Suspend, resume and terminate processes'), duty: 'business', grantTo: [] },
  { id: 'engine.message.send', title: text('向流程发送消息（系统对接）', 'Send messages to processes (integrations)'), duty: 'business', grantTo: [] },
  { id: 'engine.definition.manage', title: text('管理流程定义（设计、发布、合并）', 'Manage process definitions'), duty: 'system', grantTo: [] },
  { id: 'engine.incident.manage', title: text('处理流程异常（重试失败的任务）', 'Handle process incidents'), duty: 'system', grantTo: [] },
  { id: 'audit.adminAudit.read', title: text('审查管理员的操作记录', "Review administrators' audit trail"), duty: 'audit', grantTo: [] },
] as const satisfies readonly PermissionDecl[];

export type CorePermission = (typeof corePermissions)[number]['id'];
