import type { ModuleContext } from '@kunlun/core';

/**
 * 签报 is carried entirely by its process (workflows/base/general/general.approval.bpmn) and its
 * form (src/forms/general.approval.json): the module brings no routes or handlers of its own.
 */
export function register(ctx: ModuleContext): void {
  ctx.log.debug('签报 module registered');
}
