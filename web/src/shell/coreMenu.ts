import { markRaw } from 'vue';
import { House, Notebook, OfficeBuilding } from '@element-plus/icons-vue';
import type { MenuEntry } from '@/modules/webModule.ts';
import { DIRECTORY_READ, ORG_ADMIN_READ } from '@/access/corePermissionGroups.ts';

/** Entries of core at the top of the side menu; module entries follow them. */
export const coreMenu = [
  { id: 'core.home', title: 'menu.home', icon: markRaw(House), route: '/', order: 0 },
  { id: 'core.directory', title: 'menu.directory', icon: markRaw(Notebook), route: '/directory', permission: DIRECTORY_READ, order: 900 },
] satisfies MenuEntry[];

/** The administration group, shown to administrators (system, security, audit duties). */
export const adminMenu = [
  { id: 'core.admin.org', title: 'menu.adminOrg', icon: markRaw(OfficeBuilding), route: '/admin/org', permission: ORG_ADMIN_READ, order: 0 },
] satisfies MenuEntry[];
