import type { Knex } from 'knex';
import { runSqlScript } from '../sqlScript.ts';

/**
 * A module's default permissions are granted the first time it actually runs, not when its row
 * first appears in the register: the installer (or the system administrator) may register a module
 * as disabled long before it is switched on. Modules running today have had their grants.
 */
export async function up(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    ALTER TABLE core_modules ADD COLUMN permissions_granted_at timestamptz;
    UPDATE core_modules SET permissions_granted_at = first_enabled_at WHERE enabled;
  `,
  );
}

export async function down(knex: Knex): Promise<void> {
  await runSqlScript(knex, `ALTER TABLE core_modules DROP COLUMN permissions_granted_at;`);
}
