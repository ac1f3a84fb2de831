import type { Knex } from 'knex';
import { notFound, text } from '@kunlun/core';
import { chinaYear, nextInSequence } from '../documentNumbering.ts';

/**
 * 收文编号: per receiving unit and year, in the order documents are registered, e.g.
 * 北政办收〔2026〕15号 (the unit's 机关代字, or its short name when it has none).
 */
export const incomingCounter = (unitId: string) => `收文:${unitId}`;

export async function assignIncomingNumber(trx: Knex.Transaction, incomingId: string, at: Date = new Date()): Promise<string> {
  const row = await trx('documents_incoming as i')
    .join('core_org_units as u', 'u.id', 'i.unit_id')
    .where('i.id', incomingId)
    .forUpdate('i')
    .first('i.incoming_number', 'i.unit_id', 'u.doc_prefix', 'u.short_name');
  if (!row) throw notFound('documents.incoming_not_found', text('收文不存在', 'No such incoming document'));
  if (row.incoming_number) return row.incoming_number;
  const year = chinaYear(at);
  const seq = await nextInSequence(trx, incomingCounter(row.unit_id), year);
  const number = `${row.doc_prefix ?? row.short_name}收〔${year}〕${seq}号`;
  await trx('documents_incoming').where({ id: incomingId }).update({ incoming_number: number, incoming_year: year, incoming_seq: seq, updated_at: trx.fn.now() });
  return number;
}
