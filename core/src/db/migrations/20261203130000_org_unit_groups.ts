import type { Knex } from 'knex';
import { runSqlScript } from '../sqlScript.ts';

/**
 * Saved unit groups (常用单位组): a person keeps a selection of units under a name — the
 * recipients of a 发文 (主送、抄送), the co-units of a supervision item, the invitees of a meeting —
 * and picks it again later in any unit picker. Each person's names are unique. A unit that is
 * removed from the organization leaves the groups it was in; the groups of a removed account go.
 */
export async function up(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    CREATE TABLE core_org_unit_groups (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      owner_id uuid NOT NULL REFERENCES core_users(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT core_org_unit_groups_name UNIQUE (owner_id, name)
    );

    CREATE TABLE core_org_unit_group_members (
      group_id uuid NOT NULL REFERENCES core_org_unit_groups(id) ON DELETE CASCADE,
      unit_id uuid NOT NULL REFERENCES core_org_units(id) ON DELETE CASCADE,
      position integer NOT NULL,
      PRIMARY KEY (group_id, unit_id)
    );
    CREATE INDEX core_org_unit_group_members_unit ON core_org_unit_group_members (unit_id);
  `,
  );
}

export async function down(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    DROP TABLE core_org_unit_group_members;
    DROP TABLE core_org_unit_groups;
  `,
  );
}
