import type { Knex } from 'knex';
import { notFound, text, type OrgService } from '@kunlun/core';
import { chinaYear, nextInSequence } from '../documentNumbering.ts';

/**
 * 收文编号: per receiving unit and year, in the order documents are registered, e.g.
 * 北政办收〔2026〕15号 (the unit's 机关代字, or its short name when it has none).
 */
export const incomingCounter = (unitId: string) => `收文:${unitId}`;

export async function assignIncomingNumber(org: OrgService, trx: Knex.Transaction, incomingId: string, at: Date = new Date()): Promise<string> {
  const row = await trx('documents_incoming').where({ id: incomingId }).forUpdate().first('incoming_number', 'unit_id');
  const unit = row ? await org.unit(row.unit_id, { db: trx }) : null;
  if (!row || !unit) throw notFound('documents.incoming_not_found', text('收文不存在', 'No such incoming document'));
  if (row.incoming_number) return row.incoming_number;
  const year = chinaYear(at);
  const seq = await nextInSequence(trx, incomingCounter(row.unit_id), year);
  const number = `${unit.docPrefix ?? unit.shortName}收〔${year}〕${seq}号`;
  await trx('documents_incoming')
    .where({ id: incomingId })
    .update({ incoming_number: number, incoming_year: year, incoming_seq: seq, updated_at: trx.fn.now() });
  return number;
}
