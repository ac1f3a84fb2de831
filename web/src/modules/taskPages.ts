import type { RouteLocationRaw } from 'vue-router';
import type { ModuleTaskRef, WebModule } from './webModule.ts';

/**
 * Where a task is handled: the page its module registered for its process (or its form), when
 * that module runs; otherwise the generic task page. A module page that cannot place the task
 * (it answers null) leaves it on the generic page too.
 */
export function moduleTaskPage(modules: readonly WebModule[], task: ModuleTaskRef): RouteLocationRaw | null {
  for (const module of modules) {
    for (const page of module.taskPages ?? []) {
      const matches = page.processKey ? page.processKey === task.processKey : Boolean(page.formId && page.formId === task.formKey);
      if (!matches) continue;
      const route = page.route(task);
      if (route) return route;
    }
  }
  return null;
}
