import type { Knex } from 'knex';

/**
 * 督办编号: 代字 + 〔年份〕 + 序号 + 号 (督〔2026〕12号), one register per installation and year.
 * The counter row is taken inside the registering transaction, so concurrent registrations
 * queue on it and a rolled-back one gives its number back: numbers neither repeat nor skip.
 */
export function formatItemNumber(prefix: string, year: number, seq: number): string {
  return `${prefix}〔${year}〕${seq}号`;
}

export async function nextItemSeq(trx: Knex.Transaction, year: number): Promise<number> {
  const [row] = await trx('supervision_counters')
    .insert({ year, last_seq: 1 })
    .onConflict('year')
    .merge({ last_seq: trx.raw('supervision_counters.last_seq + 1') })
    .returning('last_seq');
  return Number((row as { last_seq: number }).last_seq);
}
