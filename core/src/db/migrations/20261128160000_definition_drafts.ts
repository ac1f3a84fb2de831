import type { Knex } from 'knex';
import { runSqlScript } from '../sqlScript.ts';

/**
 * Drafts in the process library: a draft may be saved before it compiles (the designer shows
 * its lint problems), so its graph can be missing; drafts are edited in place (updated_at) and
 * carry who last saved them.
 */
export async function up(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    ALTER TABLE engine_definitions ALTER COLUMN graph DROP NOT NULL;
    ALTER TABLE engine_definitions ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
    ALTER TABLE engine_definitions ADD COLUMN updated_by uuid REFERENCES core_users(id) ON DELETE SET NULL;
    ALTER TABLE engine_definitions ADD CONSTRAINT engine_definitions_graph_when_live CHECK (state = 'draft' OR graph IS NOT NULL);
    CREATE UNIQUE INDEX engine_definitions_one_draft ON engine_definitions (key) WHERE state = 'draft';
  `,
  );
}

export async function down(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    DROP INDEX engine_definitions_one_draft;
    ALTER TABLE engine_definitions DROP CONSTRAINT engine_definitions_graph_when_live;
    ALTER TABLE engine_definitions DROP COLUMN updated_by;
    ALTER TABLE engine_definitions DROP COLUMN updated_at;
    DELETE FROM engine_definitions WHERE graph IS NULL;
    ALTER TABLE engine_definitions ALTER COLUMN graph SET NOT NULL;
  `,
  );
}
