import type { ModuleContext } from '@kunlun/core';
import { forwardingRoutes } from './routes/forwardingRoutes.ts';

/**
 * 签报 is carried by its process (workflows/base/general/general.approval.bpmn) and its form
 * (src/forms/general.approval.json). Where the documents module runs, it adds 据此拟文: an
 * approved 签报 drafted into an outgoing document through documents.drafting.
 */
export function register(ctx: ModuleContext<'general'>): void {
  const drafting = ctx.services.useIfEnabled('documents.drafting');
  if (drafting) ctx.addRoutes(...forwardingRoutes(ctx, drafting));
}
