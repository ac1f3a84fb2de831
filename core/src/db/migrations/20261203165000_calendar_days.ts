import type { Knex } from 'knex';
import { runSqlScript } from '../sqlScript.ts';

/**
 * The working-day calendar of the installation (工作日历): the days that break the weekly rule —
 * public holidays on weekdays (放假) and weekend days worked instead (调休上班). Deadlines in
 * working days (督办时限, 签收时限) count on it. A counter moves with every change, so processes
 * that keep the listed days in memory notice a year saved by another process with one cheap read.
 */
export async function up(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    CREATE TABLE core_calendar_days (
      day date PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('holiday', 'workday')),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
      updated_by uuid NULL REFERENCES core_users(id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE core_calendar_version (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      version bigint NOT NULL DEFAULT 1
    );
    INSERT INTO core_calendar_version DEFAULT VALUES;

    CREATE FUNCTION core_bump_calendar_version() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE core_calendar_version SET version = version + 1;
      RETURN NULL;
    END $$;

    CREATE TRIGGER core_calendar_days_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON core_calendar_days
      FOR EACH STATEMENT EXECUTE FUNCTION core_bump_calendar_version();
  `,
  );
}

export async function down(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    DROP TRIGGER core_calendar_days_version ON core_calendar_days;
    DROP FUNCTION core_bump_calendar_version();
    DROP TABLE core_calendar_version;
    DROP TABLE core_calendar_days;
  `,
  );
}
