import knexPkg, { type Knex } from 'knex';

/**
 * The ceiling: the cheapest transaction a move could be — lock one row, update it, insert two
 * rows — on the same server, with the same number of clients.
 */
export async function ceilingDatabase(url: string, clients: number): Promise<Knex> {
  const db = knexPkg.knex({ client: 'pg', connection: url, pool: { min: 0, max: Math.max(40, clients + 2) } });
  await db.raw('CREATE TABLE IF NOT EXISTS ceiling_rows (id integer PRIMARY KEY, n integer NOT NULL DEFAULT 0)');
  await db.raw(
    'CREATE TABLE IF NOT EXISTS ceiling_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, row_id integer NOT NULL, at timestamptz NOT NULL DEFAULT now(), note text)',
  );
  await db.raw('INSERT INTO ceiling_rows (id) SELECT g FROM generate_series(1, 10000) g ON CONFLICT DO NOTHING');
  return db;
}

export async function ceilingTransactions(db: Knex, client: number, count: number): Promise<number> {
  for (let i = 0; i < count; i++) {
    const id = client * 100 + (i % 100) + 1;
    await db.transaction(async (trx) => {
      await trx('ceiling_rows').where({ id }).forUpdate().first();
      await trx('ceiling_rows')
        .where({ id })
        .update({ n: trx.raw('n + 1') });
      await trx('ceiling_log').insert({ row_id: id, note: 'a' });
      await trx('ceiling_log').insert({ row_id: id, note: 'b' });
    });
  }
  return count;
}
