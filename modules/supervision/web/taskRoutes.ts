import type { RouteLocationRaw } from 'vue-router';
import type { ModuleTaskRef } from '@/moduleKit';

/**
 * Where a supervision task is handled: an item's step on the item's page; an extension request's
 * 审批 (its business key the request's id) on a page that finds the request's item.
 */
export function supervisionTaskRoute(task: Pick<ModuleTaskRef, 'taskId' | 'processKey' | 'businessKey'>): RouteLocationRaw | null {
  if (!task.businessKey) return null;
  if (task.processKey === 'supervision.item') return { name: 'supervision-item', params: { id: task.businessKey }, query: { task: task.taskId } };
  if (task.processKey === 'supervision.extension') return { name: 'supervision-extension', params: { id: task.businessKey }, query: { task: task.taskId } };
  return null;
}
