import type { Knex } from 'knex';
import type { Cadence, HandlingMode, ItemUrgency, SourceKind } from './itemVocabulary.ts';

/**
 * What the supervision module offers other modules (`@kunlun/module-supervision/contract`): its
 * service and the payloads of its events, by id. Import it as a type only; the service comes
 * from `ctx.services.use('supervision.items')` (or `useIfEnabled` for a module that works
 * without supervision), in a module naming `supervision` in its manifest.
 */

/** The record of another module an item comes from (an incoming document, a meeting's minutes …), for the link back. */
export interface ItemSource {
  /** The module the record belongs to, e.g. `documents`. */
  module: string;
  /** What the record is, namespaced by the module, e.g. `documents.incoming`. */
  kind: string;
  id: string;
  title: string;
}

export interface HandlingUnitRequest {
  unitId: string;
  /** The unit's person for the item; its first 收发员 (or its head) when omitted. */
  contactId?: string;
  contactPhone?: string;
}

export interface ItemRequest {
  title: string;
  content: string;
  sourceKind: SourceKind;
  source?: ItemSource;
  /** The leader who instructed (a person), who closes or reopens the item at the end. */
  instructedBy?: string | null;
  instruction?: string | null;
  /** The 督查室 that registers and manages the item; the one serving the registrar's government when omitted. */
  officeUnitId?: string;
  /** Who registers it (a person of the supervision office, or the leader's secretary). */
  registeredBy: string;
  requiredAnswer?: string;
  urgency?: ItemUrgency;
  handlingMode?: HandlingMode;
  lead: HandlingUnitRequest;
  coUnits?: HandlingUnitRequest[];
  /** YYYY-MM-DD; the installation's default for the source and urgency when omitted. */
  dueOn?: string;
  cadence?: Cadence;
  /**
   * Straight to 审核 (the office's registrar submits what the leader or the meeting decided);
   * false leaves it at 登记 for the registrar to complete. Default true.
   */
  submit?: boolean;
}

export interface SupervisionItems {
  /**
   * Registers items, each numbered 督〔年〕N号 with its process started, all in one transaction
   * (the caller's when one from ctx.engine.transaction is given): either every item is
   * registered or none. Answers 409 (supervision.source_registered) when an item not cancelled
   * already comes from the same source record, and 422 for an item that does not validate.
   */
  createItems(requests: ItemRequest[], trx?: Knex.Transaction): Promise<{ items: { id: string; number: string }[] }>;
  /** The items (not cancelled) registered from a source record, with their state. */
  itemsFrom(source: Pick<ItemSource, 'module' | 'kind' | 'id'>, trx?: Knex.Transaction): Promise<{ id: string; number: string; state: string }[]>;
}

/** An item was registered (登记), from another module's record or by the office. */
export type ItemRegistered = { itemId: string; number: string; source: ItemSource | null };
/** The leader closed the item (办结): whether it was on time by its deadline with approved extensions. */
export type ItemClosed = { itemId: string; number: string; source: ItemSource | null; onTime: boolean };
/** The leader reopened the item with a new assignment (重新交办). */
export type ItemReopened = { itemId: string; number: string; source: ItemSource | null; dueOn: string; round: number };

declare module '@kunlun/core' {
  interface ModuleServices {
    'supervision.items': SupervisionItems;
  }
  interface ModuleEvents {
    'supervision.itemRegistered': ItemRegistered;
    'supervision.itemClosed': ItemClosed;
    'supervision.itemReopened': ItemReopened;
  }
}
