import type { Knex } from 'knex';
import { runSqlScript } from '../sqlScript.ts';

/**
 * The audit trail keeps the name of what an action was done on (用户 张三, 流程 发文办理,
 * 公文《…》) as it was at the time, so the trail stays readable after a rename or deletion.
 * Entries written before have none; the trail shows their kind and id.
 */
export async function up(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    ALTER TABLE core_audit_log ADD COLUMN target_name text;
    CREATE INDEX core_audit_log_actor_id ON core_audit_log (actor_id, at DESC);
  `,
  );
}

export async function down(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    DROP INDEX core_audit_log_actor_id;
    ALTER TABLE core_audit_log DROP COLUMN target_name;
  `,
  );
}
