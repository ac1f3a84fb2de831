import type { ModuleContext } from '@kunlun/core';
import { INCOMING_PROCESS } from './incoming/incomingRegistration.ts';
import { OUTGOING_PROCESS } from './outgoing/outgoingDrafting.ts';

/**
 * When a document's process is terminated (撤销 by the drafter, or by a manager), the document
 * or incoming record is cancelled; its number, if it had one, stays assigned until it is voided.
 */
export function listenForProcessEndings(ctx: Pick<ModuleContext, 'db' | 'events'>): void {
  ctx.events.on('engine.instance.terminated', async (payload) => {
    const businessKey = typeof payload.businessKey === 'string' ? payload.businessKey : null;
    if (!businessKey) return;
    if (payload.processKey === OUTGOING_PROCESS) {
      await ctx
        .db('documents_documents')
        .where({ id: businessKey })
        .whereNotIn('state', ['distributed', 'archived'])
        .update({ state: 'cancelled', updated_at: ctx.db.fn.now() });
    } else if (payload.processKey === INCOMING_PROCESS) {
      await ctx.db('documents_incoming').where({ id: businessKey, state: 'handling' }).update({ state: 'cancelled', updated_at: ctx.db.fn.now() });
    }
  });
}
