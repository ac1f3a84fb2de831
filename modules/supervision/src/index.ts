import type { ModuleContext } from '@kunlun/core';
import { nameAuditTargets } from './auditTargets.ts';
import { decideExtension, readExtensionForm, takeExtensionSubmission } from './extensions.ts';
import { itemSteps } from './itemSteps.ts';
import { readItemForm, takeItemSubmission } from './itemSubmissions.ts';
import { REMIND_JOB, remindJobData, remindOnWorkingDays } from './reminderDigest.ts';
import { itemRoutes } from './routes/itemRoutes.ts';
import { extensionRoutes } from './routes/extensionRoutes.ts';
import { ruleRoutes } from './routes/ruleRoutes.ts';
import { statisticsRoutes } from './routes/statisticsRoutes.ts';
import { urgeRoutes } from './routes/urgeRoutes.ts';
import { supervisionItems } from './supervisionService.ts';

/** Wiring only: routes, the steps of the item and extension processes, the forms kept in the records, the reminders, the service. */
export function register(ctx: ModuleContext<'supervision'>): void {
  ctx.addRoutes(...ruleRoutes(ctx), ...statisticsRoutes(ctx), ...extensionRoutes(ctx), ...itemRoutes(ctx));
  for (const [id, handler] of Object.entries(itemSteps(ctx))) ctx.serviceTasks.register(id, handler);
  ctx.serviceTasks.register('supervision.decideExtension', decideExtension(ctx));
  ctx.forms.onRead('supervision.item', readItemForm);
  ctx.forms.onSubmit('supervision.item', takeItemSubmission(ctx));
  ctx.forms.onRead('supervision.extension', readExtensionForm(ctx.org));
  ctx.forms.onSubmit('supervision.extension', takeExtensionSubmission);
  ctx.addRoutes(...urgeRoutes(ctx));
  ctx.jobs.process(REMIND_JOB, (data) => remindOnWorkingDays(ctx, remindJobData.parse(data).day));
  ctx.jobs.schedule(REMIND_JOB, { pattern: String(ctx.settings.reminderCron ?? '30 8 * * *') });
  nameAuditTargets(ctx);
  ctx.services.provide('supervision.items', supervisionItems(ctx));
}
