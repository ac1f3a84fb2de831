import type { Knex } from 'knex';
import type { ModuleContext } from '@kunlun/core';
import type { ItemRequest } from '@kunlun/module-supervision/contract';
import type { Urgency } from '../documentVocabulary.ts';

/**
 * 列入督办: an incoming document the leader put under supervision at 批办 becomes a supervision
 * item, registered in the move that takes the 批办 (分办) — the leader's instruction with the
 * lead and assisting departments and the due date — and linked back to the incoming record.
 * Where the supervision module is not enabled nothing happens; an item already registered from
 * the record (the 批办 done again after a return) is not registered twice.
 */
export const INCOMING_SOURCE_KIND = 'documents.incoming';

type Ctx = Pick<ModuleContext, 'services'>;

export interface SupervisedIncoming {
  incomingId: string;
  title: string;
  issuerName: string;
  docNumber: string | null;
  urgency: Urgency;
  /** The leader who made the 批办. */
  instructedBy: string | null;
  instruction: string | null;
  /** The unit's registrar who registered the incoming record (the process's initiator). */
  registeredBy: string;
  leadUnitId: string;
  assistUnitIds: readonly string[];
  dueOn: string;
}

export async function superviseIncoming(ctx: Ctx, trx: Knex.Transaction, incoming: SupervisedIncoming): Promise<{ id: string; number: string } | null> {
  const items = ctx.services.useIfEnabled('supervision.items');
  if (!items) return null;
  const source = { module: 'documents', kind: INCOMING_SOURCE_KIND, id: incoming.incomingId, title: incoming.title };
  const [existing] = await items.itemsFrom(source, trx);
  if (existing) return existing;
  const instruction = incoming.instruction?.trim() || null;
  const request: ItemRequest = {
    title: incoming.title,
    content: [`${incoming.issuerName}《${incoming.title}》${incoming.docNumber ? `（${incoming.docNumber}）` : ''}`, instruction && `批办意见：${instruction}`]
      .filter(Boolean)
      .join('\n'),
    // A 批办 is a leader's instruction on a document (领导批示), not the document itself (重要文件):
    // the leader who gave it reviews the completion and closes the item.
    sourceKind: 'instruction',
    source,
    instructedBy: incoming.instructedBy,
    instruction,
    registeredBy: incoming.registeredBy,
    urgency: incoming.urgency === 'normal' ? 'normal' : 'urgent',
    lead: { unitId: incoming.leadUnitId },
    coUnits: incoming.assistUnitIds.map((unitId) => ({ unitId })),
    dueOn: incoming.dueOn,
    submit: true,
  };
  const { items: registered } = await items.createItems([request], trx);
  return registered[0] ?? null;
}

/** The supervision items registered from an incoming record; none where supervision is not enabled. */
export async function supervisionItemsOf(ctx: Ctx, incomingId: string): Promise<{ id: string; number: string; state: string }[]> {
  const items = ctx.services.useIfEnabled('supervision.items');
  return items ? items.itemsFrom({ module: 'documents', kind: INCOMING_SOURCE_KIND, id: incomingId }) : [];
}
