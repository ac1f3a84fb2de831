import type { RouteRecordRaw } from 'vue-router';
import LoginView from '@/views/LoginView.vue';
import DesktopShell from '@/shell/DesktopShell.vue';
import HomeView from '@/views/HomeView.vue';
import { DESKTOP_ROUTE } from '@/modules/moduleInstaller.ts';
import { DEFINITION_MANAGE, DIRECTORY_READ, ORG_ADMIN_READ } from '@/access/corePermissionGroups.ts';

/** Everything but sign-in and the desktop home is loaded when first opened. */
const OrgDirectoryView = () => import('@/views/org/OrgDirectoryView.vue');
const TaskCenterView = () => import('@/views/tasks/TaskCenterView.vue');
const TaskView = () => import('@/views/tasks/TaskView.vue');
const InstanceView = () => import('@/views/instances/InstanceView.vue');
const ProcessCatalogView = () => import('@/views/processes/ProcessCatalogView.vue');
const StartProcessView = () => import('@/views/processes/StartProcessView.vue');
const ProxiesView = () => import('@/views/me/ProxiesView.vue');
const PrintView = () => import('@/views/print/PrintView.vue');
const AdminOrgView = () => import('@/views/admin/AdminOrgView.vue');
const OrgImportView = () => import('@/views/admin/OrgImportView.vue');
const RolesView = () => import('@/views/admin/RolesView.vue');
const ModulesView = () => import('@/views/admin/ModulesView.vue');
const SessionsView = () => import('@/views/admin/SessionsView.vue');
const AuditTrailView = () => import('@/views/admin/AuditTrailView.vue');
const CalendarView = () => import('@/views/admin/CalendarView.vue');
/** A page of the process designer, loaded together with the designer's texts. */
const designerPage =
  <T>(load: () => Promise<T>) =>
  async (): Promise<T> => {
    const [page, messages] = await Promise.all([load(), import('@/locales/designerMessages.ts')]);
    messages.installDesignerMessages();
    return page;
  };
const ProcessLibraryView = designerPage(() => import('@/views/designer/ProcessLibraryView.vue'));
const ProcessEditorView = designerPage(() => import('@/views/designer/ProcessEditorView.vue'));
const ProcessDiffView = designerPage(() => import('@/views/designer/ProcessDiffView.vue'));
const ProcessMergeView = designerPage(() => import('@/views/designer/ProcessMergeView.vue'));

/** The routes of core. Module screens are added under the desktop shell at start-up. */
export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: LoginView, meta: { public: true, title: 'login.heading' } },
  { path: '/print/instances/:id', name: 'print-instance', component: PrintView, props: true, meta: { title: 'print.title' } },
  {
    path: '/',
    name: DESKTOP_ROUTE,
    component: DesktopShell,
    children: [
      { path: '', name: 'home', component: HomeView, meta: { title: 'menu.home' } },
      { path: 'tasks', name: 'tasks', component: TaskCenterView, meta: { title: 'menu.tasks', staffOnly: true } },
      { path: 'tasks/:id', name: 'task', component: TaskView, props: true, meta: { title: 'taskPage.title', staffOnly: true } },
      { path: 'instances/:id', name: 'instance', component: InstanceView, props: true, meta: { title: 'instance.pageTitle', staffOnly: true } },
      { path: 'processes', name: 'processes', component: ProcessCatalogView, meta: { title: 'menu.processes', staffOnly: true } },
      {
        path: 'processes/:processKey/start',
        name: 'start-process',
        component: StartProcessView,
        props: true,
        meta: { title: 'processes.startPageTitle', staffOnly: true },
      },
      { path: 'me/proxies', name: 'proxies', component: ProxiesView, meta: { title: 'shell.proxies', staffOnly: true } },
      { path: 'directory', name: 'directory', component: OrgDirectoryView, meta: { title: 'menu.directory', permission: DIRECTORY_READ } },
      { path: 'admin/org', name: 'admin-org', component: AdminOrgView, meta: { title: 'menu.adminOrg', permission: ORG_ADMIN_READ } },
      { path: 'admin/import', name: 'admin-import', component: OrgImportView, meta: { title: 'menu.adminImport', permission: 'org.import.run' } },
      { path: 'admin/calendar', name: 'admin-calendar', component: CalendarView, meta: { title: 'menu.adminCalendar', permission: 'org.calendar.manage' } },
      { path: 'admin/modules', name: 'admin-modules', component: ModulesView, meta: { title: 'menu.adminModules', permission: 'system.module.manage' } },
      {
        path: 'admin/roles',
        name: 'admin-roles',
        component: RolesView,
        meta: { title: 'menu.adminRoles', permission: ['security.role.manage', 'security.grant.manage'] },
      },
      { path: 'admin/sessions', name: 'admin-sessions', component: SessionsView, meta: { title: 'menu.adminSessions', permission: 'security.session.manage' } },
      {
        path: 'admin/processes',
        name: 'admin-processes',
        component: ProcessLibraryView,
        meta: { title: 'menu.adminProcesses', permission: DEFINITION_MANAGE },
      },
      {
        path: 'admin/processes/:processKey/versions/:versionId',
        name: 'admin-process-editor',
        component: ProcessEditorView,
        props: true,
        meta: { title: 'designer.editor.pageTitle', permission: DEFINITION_MANAGE },
      },
      {
        path: 'admin/processes/:processKey/diff',
        name: 'admin-process-diff',
        component: ProcessDiffView,
        props: true,
        meta: { title: 'designer.diff.pageTitle', permission: DEFINITION_MANAGE },
      },
      {
        path: 'admin/processes/:processKey/merge',
        name: 'admin-process-merge',
        component: ProcessMergeView,
        props: true,
        meta: { title: 'designer.merge.pageTitle', permission: DEFINITION_MANAGE },
      },
      {
        path: 'admin/audit',
        name: 'admin-audit',
        component: AuditTrailView,
        meta: { title: 'menu.adminAudit', permission: ['audit.adminAudit.read', 'security.userAudit.read'] },
      },
      { path: 'forbidden', name: 'forbidden', component: () => import('@/views/ForbiddenView.vue'), meta: { title: 'pages.forbiddenTitle' } },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue'), meta: { title: 'pages.notFoundTitle' } },
    ],
  },
];
