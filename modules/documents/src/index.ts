import type { ModuleContext } from '@kunlun/core';
import { nameAuditTargets } from './auditTargets.ts';
import { fileAccessCheck } from './documentAccess.ts';
import { deliverBatch, DELIVER_JOB, fanOut, FANOUT_JOB } from './distribution.ts';
import { readIncomingForm, takeIncomingSubmission } from './incoming/incomingForm.ts';
import { incomingSteps } from './incoming/incomingSteps.ts';
import { documentDrafting } from './outgoing/draftingService.ts';
import { DOCUMENT_OWNER, takeOutgoingSubmission } from './outgoing/outgoingDrafting.ts';
import { outgoingFormReader } from './outgoing/outgoingForm.ts';
import { outgoingSteps } from './outgoing/outgoingSteps.ts';
import { produceRendition, RENDER_JOB } from './outgoing/renditionProduction.ts';
import { listenForProcessEndings } from './processEndings.ts';
import { documentRoutes } from './routes/documentRoutes.ts';
import { incomingRoutes } from './routes/incomingRoutes.ts';
import { numberRoutes } from './routes/numberRoutes.ts';
import { receiptRoutes } from './routes/receiptRoutes.ts';
import { renditionRoutes } from './routes/renditionRoutes.ts';
import { receivingRoutes } from './routes/receivingRoutes.ts';

/** Wiring only: routes, service tasks, the forms kept in the records, jobs, listeners and who may read a document's files. */
export function register(ctx: ModuleContext): void {
  // Fixed paths before "/:id" ones.
  ctx.addRoutes(...numberRoutes(ctx), ...incomingRoutes(ctx), ...receiptRoutes(ctx), ...receivingRoutes(ctx), ...documentRoutes(ctx), ...renditionRoutes(ctx));
  for (const [id, handler] of Object.entries({ ...outgoingSteps(ctx), ...incomingSteps(ctx) })) ctx.serviceTasks.register(id, handler);
  ctx.forms.onRead('documents.outgoing', outgoingFormReader(ctx.engine));
  ctx.forms.onSubmit('documents.outgoing', takeOutgoingSubmission(ctx));
  ctx.forms.onRead('documents.incoming', readIncomingForm);
  ctx.forms.onSubmit('documents.incoming', takeIncomingSubmission(ctx));
  ctx.jobs.process(FANOUT_JOB, (data) => fanOut(ctx, String(data.distributionId)));
  ctx.jobs.process(DELIVER_JOB, (data) => deliverBatch(ctx, { distributionId: String(data.distributionId), from: Number(data.from), to: Number(data.to) }));
  ctx.jobs.process(RENDER_JOB, (data, job) =>
    produceRendition(ctx, { documentId: String(data.documentId), requestedBy: data.requestedBy ? String(data.requestedBy) : null }, job),
  );
  ctx.files.registerAccess(DOCUMENT_OWNER, fileAccessCheck(ctx));
  listenForProcessEndings(ctx);
  nameAuditTargets(ctx);
  ctx.services.provide('documents.drafting', documentDrafting(ctx));
}
