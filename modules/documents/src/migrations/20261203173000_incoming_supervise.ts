import type { Knex } from 'knex';
import { runSqlScript } from '@kunlun/core';

/**
 * 列入督办: the leader's 批办 (or the 拟办 proposing it) may put an incoming document under
 * supervision; where the supervision module is enabled, 分办 then registers it as an item.
 */
export async function up(knex: Knex): Promise<void> {
  await runSqlScript(knex, `ALTER TABLE documents_incoming ADD COLUMN supervise boolean NOT NULL DEFAULT false;`);
}

export async function down(knex: Knex): Promise<void> {
  await runSqlScript(knex, `ALTER TABLE documents_incoming DROP COLUMN supervise;`);
}
