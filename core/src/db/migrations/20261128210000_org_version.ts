import type { Knex } from 'knex';
import { runSqlScript } from '../sqlScript.ts';

/**
 * A counter that moves whenever something assignee rules read changes: units, posts, charges,
 * and the accounts' names and status. The engine keeps what it looked up in the organization
 * for as long as the counter stands still, so a move reads the counter instead of the org.
 * Statement-level triggers: a bulk import moves it once per statement, not once per row.
 */
export async function up(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    CREATE TABLE core_org_version (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      version bigint NOT NULL DEFAULT 1
    );
    INSERT INTO core_org_version DEFAULT VALUES;

    CREATE FUNCTION core_bump_org_version() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE core_org_version SET version = version + 1;
      RETURN NULL;
    END $$;

    CREATE TRIGGER core_org_units_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON core_org_units
      FOR EACH STATEMENT EXECUTE FUNCTION core_bump_org_version();
    CREATE TRIGGER core_posts_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON core_posts
      FOR EACH STATEMENT EXECUTE FUNCTION core_bump_org_version();
    CREATE TRIGGER core_post_charges_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON core_post_charges
      FOR EACH STATEMENT EXECUTE FUNCTION core_bump_org_version();
    CREATE TRIGGER core_users_version AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF username, display_name, status, account_kind ON core_users
      FOR EACH STATEMENT EXECUTE FUNCTION core_bump_org_version();
  `,
  );
}

export async function down(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    DROP TRIGGER core_users_version ON core_users;
    DROP TRIGGER core_post_charges_version ON core_post_charges;
    DROP TRIGGER core_posts_version ON core_posts;
    DROP TRIGGER core_org_units_version ON core_org_units;
    DROP FUNCTION core_bump_org_version();
    DROP TABLE core_org_version;
  `,
  );
}
