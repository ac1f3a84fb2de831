import type { Knex } from 'knex';
import { runSqlScript } from '../sqlScript.ts';

/**
 * How a process ended: the end event its last path reached (审批通过, 未予同意 …), kept on the
 * instance so lists and pages can say so. Instances that completed before this migration get the
 * process-level end event among the elements they completed (the one with the lowest id when a
 * process reached several).
 */
export async function up(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    ALTER TABLE engine_instances ADD COLUMN end_event_id text, ADD COLUMN end_event_name text;

    UPDATE engine_instances AS target
       SET end_event_id = found.key, end_event_name = found.name
      FROM (
        SELECT DISTINCT ON (i.id) i.id, el.key, coalesce(el.value->>'name', el.key) AS name
          FROM engine_instances i
          JOIN engine_definitions d ON d.id = i.definition_id
          CROSS JOIN LATERAL jsonb_each(d.graph->'elements') AS el
         WHERE i.state = 'completed'
           AND el.value->>'kind' = 'endEvent'
           AND el.value->>'scope' IS NULL
           AND el.key = ANY (i.completed_elements)
         ORDER BY i.id, el.key
      ) AS found
     WHERE target.id = found.id;
  `,
  );
}

export async function down(knex: Knex): Promise<void> {
  await runSqlScript(knex, `ALTER TABLE engine_instances DROP COLUMN end_event_name, DROP COLUMN end_event_id;`);
}
