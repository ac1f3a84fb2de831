import type { Knex } from 'knex';
import { notFound, text } from '@kunlun/core';
import { dayOf } from './chinaDays.ts';
import type { Cadence, ItemState } from './itemVocabulary.ts';

/** An item's row as the steps use it, locked for the move that changes it. */
export interface ItemRow {
  id: string;
  number: string;
  title: string;
  state: ItemState;
  office_unit_id: string;
  instructed_by: string | null;
  received_on: string;
  original_due_on: string;
  due_on: string;
  cadence: Cadence;
  round: number;
  instance_id: string | null;
}

export async function lockedItem(trx: Knex.Transaction, itemId: unknown): Promise<ItemRow> {
  const row = await trx('supervision_items')
    .where({ id: String(itemId) })
    .forUpdate()
    .first();
  if (!row) throw notFound('supervision.not_found', text('督办事项不存在', 'No such item'));
  return {
    ...row,
    received_on: dayOf(row.received_on),
    original_due_on: dayOf(row.original_due_on),
    due_on: dayOf(row.due_on),
    cadence: typeof row.cadence === 'string' ? JSON.parse(row.cadence) : row.cadence,
  };
}

export interface AssignmentRow {
  id: string;
  item_id: string;
  unit_id: string;
  role: 'lead' | 'co';
  contact_id: string | null;
  state: 'pending' | 'signed' | 'declined' | 'done';
  sign_by: string | null;
  declined_at: Date | null;
}

export async function assignmentsOf(trx: Knex.Transaction | Knex, itemId: string): Promise<AssignmentRow[]> {
  const rows = await trx('supervision_assignments').where({ item_id: itemId }).orderByRaw(`CASE role WHEN 'lead' THEN 0 ELSE 1 END, position`);
  return rows.map((r) => ({ ...r, sign_by: r.sign_by ? dayOf(r.sign_by) : null }));
}
