import { defineWebModule } from '@/moduleKit';
import { supervisionEn, supervisionZhCN } from './supervisionMessages.ts';
import { useSupervisionStore } from './supervisionStore.ts';
import { supervisionTaskRoute } from './taskRoutes.ts';

/**
 * The supervision module's screens on the web desktop: the desk (lists and board), registering
 * an item, an item with the caller's step on it, statistics with the 通报 draft, and a desktop card.
 * The steps of an item's process and of its extension requests are handled on the item's page.
 */
export default defineWebModule({
  name: 'supervision',
  routes: [
    {
      path: 'supervision',
      name: 'supervision',
      component: () => import('./SupervisionView.vue'),
      meta: { title: 'supervision.menu.desk', permission: 'supervision.item.read', staffOnly: true },
    },
    {
      path: 'supervision/new',
      name: 'supervision-register',
      component: () => import('./ItemRegisterView.vue'),
      meta: { title: 'supervision.register.title', permission: 'supervision.item.manage', staffOnly: true },
    },
    {
      path: 'supervision/statistics',
      name: 'supervision-statistics',
      component: () => import('./SupervisionStatisticsView.vue'),
      meta: { title: 'supervision.statistics.title', permission: 'supervision.statistics.read', staffOnly: true },
    },
    {
      path: 'supervision/extensions/:id',
      name: 'supervision-extension',
      component: () => import('./ExtensionRedirect.vue'),
      props: true,
      meta: { title: 'supervision.item.extensions', permission: 'supervision.item.read', staffOnly: true },
    },
    {
      path: 'supervision/:id',
      name: 'supervision-item',
      component: () => import('./ItemView.vue'),
      props: true,
      meta: { title: 'supervision.menu.desk', permission: 'supervision.item.read', staffOnly: true },
    },
  ],
  menu: [
    {
      id: 'supervision.desk',
      title: 'supervision.menu.desk',
      icon: 'Flag',
      route: { name: 'supervision' },
      permission: 'supervision.item.read',
      order: 25,
      badge: () => useSupervisionStore().badge(),
    },
    {
      id: 'supervision.statistics',
      title: 'supervision.menu.statistics',
      icon: 'DataAnalysis',
      route: { name: 'supervision-statistics' },
      permission: 'supervision.statistics.read',
      order: 26,
    },
  ],
  widgets: [
    {
      id: 'supervision.openItems',
      title: 'supervision.widget.title',
      load: () => import('./SupervisionWidget.vue'),
      permission: 'supervision.item.read',
      order: 35,
    },
  ],
  taskPages: [
    { processKey: 'supervision.item', route: supervisionTaskRoute },
    { processKey: 'supervision.extension', route: supervisionTaskRoute },
  ],
  messages: { 'zh-CN': supervisionZhCN, en: supervisionEn },
});
