import type { Knex } from 'knex';
import { conflict, forbidden, notFound, text, unprocessable, type AuthContext, type ModuleContext } from '@kunlun/core';
import type { DocumentDrafting } from '@kunlun/module-documents/contract';

/**
 * 签报转发文 (据此拟文): once a 签报 is approved — its process ended at the end event `approved` —
 * its initiator, or whoever holds documents.outgoing.draft in the initiator's unit, drafts an
 * outgoing document from it. The draft takes the 签报's title and body and records the 签报 as its
 * source; one 签报 gives at most one document (documents refuses a second one with 409).
 */
export const APPROVAL_PROCESS = 'general.approval';
export const APPROVED_END_EVENT = 'approved';
export const APPROVAL_SOURCE_KIND = 'general.approval';

type Ctx = Pick<ModuleContext, 'engine'>;

const noSuchApproval = () => notFound('general.approval_not_found', text('签报不存在', 'No such request for approval'));

/** The 签报 as the caller may see it: 404 unless it is one and they took part in it. */
async function approvalFor(ctx: Ctx, auth: AuthContext, instanceId: string, trx?: Knex.Transaction) {
  const instance = await ctx.engine.instance(instanceId, trx);
  if (!instance || instance.processKey !== APPROVAL_PROCESS) throw noSuchApproval();
  if (!(await ctx.engine.isParticipant(instanceId, auth.user.id, trx))) throw noSuchApproval();
  return instance;
}

type Approval = Awaited<ReturnType<typeof approvalFor>>;

const isApproved = (a: Approval) => a.state === 'completed' && a.endEventId === APPROVED_END_EVENT;
const mayDraftFrom = (auth: AuthContext, a: Approval) =>
  a.initiatorId === auth.user.id || (auth.can('documents.outgoing.draft') && a.initiatorUnitId !== null && auth.actingUnitId === a.initiatorUnitId);
const sourceOf = (a: Approval) => ({ module: 'general', kind: APPROVAL_SOURCE_KIND, id: a.id, title: a.title });

/** 据此拟文: the new document's id. */
export async function draftFromApproval(ctx: Ctx, drafting: DocumentDrafting, auth: AuthContext, instanceId: string): Promise<{ id: string }> {
  return ctx.engine.transaction(async (trx) => {
    const approval = await approvalFor(ctx, auth, instanceId, trx);
    if (!mayDraftFrom(auth, approval)) {
      throw forbidden(
        'general.draft_not_allowed',
        text('只有签报发起人或本单位拟稿人可以据此拟文', 'Only the initiator or a drafter of the same unit may draft from it'),
      );
    }
    if (!isApproved(approval))
      throw conflict('general.not_approved', text('签报尚未审批通过，不能据此拟文', 'The request has not been approved'), { state: approval.state });
    if (!approval.initiatorUnitId) throw unprocessable('general.no_unit', text('签报没有发起单位，不能据此拟文', 'The request names no unit'));
    const title = typeof approval.variables.title === 'string' && approval.variables.title.trim() ? approval.variables.title.trim() : approval.title;
    const body = typeof approval.variables.content === 'string' ? approval.variables.content : '';
    return drafting.createOutgoingDraft({ title, body, unitId: approval.initiatorUnitId, draftedBy: auth.user.id, source: sourceOf(approval) }, trx);
  });
}

/** What the 签报's page shows: the document drafted from it, and whether the caller may draft one now. */
export async function forwardingOf(ctx: Ctx, drafting: DocumentDrafting, auth: AuthContext, instanceId: string) {
  const approval = await approvalFor(ctx, auth, instanceId);
  const document = await drafting.draftedFrom(sourceOf(approval));
  return { approved: isApproved(approval), document, mayDraft: isApproved(approval) && !document && mayDraftFrom(auth, approval) };
}
