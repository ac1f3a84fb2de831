import { markRaw } from 'vue';
import { Box, Calendar, DataAnalysis, EditPen, House, Key, Lock, Notebook, OfficeBuilding, SetUp, Tickets, Upload } from '@element-plus/icons-vue';
import type { MenuEntry } from '@/modules/webModule.ts';
import { DEFINITION_MANAGE, DIRECTORY_READ, ORG_ADMIN_READ } from '@/access/corePermissionGroups.ts';
import { useTasksStore } from '@/stores/tasks.ts';

/** Entries of core at the top of the side menu; module entries follow them. */
export const coreMenu = [
  { id: 'core.home', title: 'menu.home', icon: markRaw(House), route: '/', order: 0 },
  { id: 'core.directory', title: 'menu.directory', icon: markRaw(Notebook), route: '/directory', permission: DIRECTORY_READ, order: 900 },
] satisfies MenuEntry[];

/** Entries for people who handle business (not the three administrators). */
export const staffMenu = [
  { id: 'core.tasks', title: 'menu.tasks', icon: markRaw(Tickets), route: '/tasks', order: 10, badge: () => useTasksStore().counts.todo },
  { id: 'core.processes', title: 'menu.processes', icon: markRaw(EditPen), route: '/processes', order: 20 },
] satisfies MenuEntry[];

/** The administration group: each administrator sees the entries of their own duty. */
export const adminMenu = [
  { id: 'core.admin.org', title: 'menu.adminOrg', icon: markRaw(OfficeBuilding), route: '/admin/org', permission: ORG_ADMIN_READ, order: 0 },
  { id: 'core.admin.import', title: 'menu.adminImport', icon: markRaw(Upload), route: '/admin/import', permission: 'org.import.run', order: 10 },
  { id: 'core.admin.modules', title: 'menu.adminModules', icon: markRaw(Box), route: '/admin/modules', permission: 'system.module.manage', order: 20 },
  { id: 'core.admin.calendar', title: 'menu.adminCalendar', icon: markRaw(Calendar), route: '/admin/calendar', permission: 'org.calendar.manage', order: 22 },
  { id: 'core.admin.processes', title: 'menu.adminProcesses', icon: markRaw(SetUp), route: '/admin/processes', permission: DEFINITION_MANAGE, order: 25 },
  {
    id: 'core.admin.roles',
    title: 'menu.adminRoles',
    icon: markRaw(Key),
    route: '/admin/roles',
    permission: ['security.role.manage', 'security.grant.manage'],
    order: 30,
  },
  { id: 'core.admin.sessions', title: 'menu.adminSessions', icon: markRaw(Lock), route: '/admin/sessions', permission: 'security.session.manage', order: 40 },
  {
    id: 'core.admin.audit',
    title: 'menu.adminAudit',
    icon: markRaw(DataAnalysis),
    route: '/admin/audit',
    permission: ['audit.adminAudit.read', 'security.userAudit.read'],
    order: 50,
  },
] satisfies MenuEntry[];
