import { h, markRaw, type Component } from 'vue';
import type { DesktopWidget } from '@/modules/webModule.ts';
import type { Box } from '@/api/tasks.api.ts';
import { ADMIN_PERMISSIONS } from '@/access/corePermissionGroups.ts';

/** A widget showing the first lines of one box. */
function boxWidget(box: Box): DesktopWidget['load'] {
  return async () => {
    const { default: BoxWidget } = await import('@/components/home/BoxWidget.vue');
    return markRaw((() => h(BoxWidget, { box })) as Component);
  };
}

/** The desktop cards of core for people who handle business: their boxes and notifications. */
export const staffWidgets = [
  { id: 'core.todo', title: 'home.widgets.todo', load: boxWidget('todo'), order: 0 },
  { id: 'core.cc', title: 'home.widgets.cc', load: boxWidget('cc'), order: 10 },
  { id: 'core.started', title: 'home.widgets.started', load: boxWidget('started'), order: 20 },
  { id: 'core.notices', title: 'home.widgets.notices', load: () => import('@/components/home/NoticesWidget.vue'), order: 30 },
] satisfies DesktopWidget[];

/** The administrators' card: shortcuts to their own duties. */
export const adminWidgets = [
  {
    id: 'core.admin',
    title: 'home.widgets.admin',
    load: () => import('@/components/home/AdminShortcutsWidget.vue'),
    permission: ADMIN_PERMISSIONS,
    order: 0,
    wide: true,
  },
] satisfies DesktopWidget[];
