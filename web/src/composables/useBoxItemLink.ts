import { computed, type ComputedRef } from 'vue';
import type { RouteLocationRaw } from 'vue-router';
import type { BoxItem } from '@/api/tasks.api.ts';
import { moduleTaskPage } from '@/modules/taskPages.ts';
import { useModulesStore } from '@/stores/modules.ts';
import { linkOf } from '@/workflow/boxQuery.ts';

/** Where a line of a box opens: a task on its module's page when the module has one, else the generic pages. */
export function useBoxItemLink(item: () => BoxItem): ComputedRef<RouteLocationRaw> {
  const modules = useModulesStore();
  return computed(() => {
    const line = item();
    const own =
      line.kind === 'task'
        ? moduleTaskPage(modules.active, { taskId: line.id, instanceId: line.instanceId, processKey: line.processKey, businessKey: line.businessKey })
        : null;
    return own ?? linkOf(line);
  });
}
