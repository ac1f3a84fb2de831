import type { RouteRecordRaw } from 'vue-router';
import LoginView from '@/views/LoginView.vue';
import DesktopShell from '@/shell/DesktopShell.vue';
import HomeView from '@/views/HomeView.vue';
import { DESKTOP_ROUTE } from '@/modules/moduleInstaller.ts';
import { DIRECTORY_READ, ORG_ADMIN_READ } from '@/access/corePermissionGroups.ts';

const OrgDirectoryView = () => import('@/views/org/OrgDirectoryView.vue');

/** The routes of core. Module screens are added under the desktop shell at start-up. */
export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: LoginView, meta: { public: true, title: 'login.heading' } },
  {
    path: '/',
    name: DESKTOP_ROUTE,
    component: DesktopShell,
    children: [
      { path: '', name: 'home', component: HomeView, meta: { title: 'menu.home' } },
      {
        path: 'directory',
        name: 'directory',
        component: OrgDirectoryView,
        props: { mode: 'directory' },
        meta: { title: 'menu.directory', permission: DIRECTORY_READ },
      },
      {
        path: 'admin/org',
        name: 'admin-org',
        component: OrgDirectoryView,
        props: { mode: 'admin' },
        meta: { title: 'menu.adminOrg', permission: ORG_ADMIN_READ },
      },
      { path: 'forbidden', name: 'forbidden', component: () => import('@/views/ForbiddenView.vue'), meta: { title: 'pages.forbiddenTitle' } },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue'), meta: { title: 'pages.notFoundTitle' } },
    ],
  },
];
