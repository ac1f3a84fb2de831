import type { Knex } from 'knex';
import { runSqlScript } from '../sqlScript.ts';

/**
 * The workflow engine's state. An instance row holds its variables and its live tokens (a few
 * per instance), so a move reads and writes one row under its lock. Tasks, history, timers,
 * message subscriptions, circulations and proxies are tables of their own, indexed for millions
 * of rows: every inbox query reads a partial index in order and stops at the page.
 */
export async function up(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    CREATE EXTENSION IF NOT EXISTS pg_trgm;

    CREATE TABLE engine_definitions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9]*(\\.[A-Za-z][A-Za-z0-9_-]*)+$'),
      version integer NOT NULL CHECK (version > 0),
      name text NOT NULL,
      module text,
      xml text NOT NULL,
      graph jsonb NOT NULL,
      content_hash text NOT NULL,
      state text NOT NULL CHECK (state IN ('draft', 'published', 'retired')),
      lineage text NOT NULL DEFAULT 'base' CHECK (lineage IN ('base', 'fork', 'import')),
      base_hash text,
      created_by uuid REFERENCES core_users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz,
      UNIQUE (key, version)
    );
    CREATE UNIQUE INDEX engine_definitions_published ON engine_definitions (key) WHERE state = 'published';

    CREATE TABLE engine_instances (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      definition_id uuid NOT NULL REFERENCES engine_definitions(id),
      process_key text NOT NULL,
      module text,
      business_key text,
      title text NOT NULL,
      urgency text NOT NULL DEFAULT 'normal' CHECK (urgency IN ('normal', 'urgent', 'very_urgent')),
      initiator_id uuid REFERENCES core_users(id),
      initiator_unit_id uuid REFERENCES core_org_units(id),
      state text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'suspended', 'completed', 'terminated')),
      end_reason text,
      variables jsonb NOT NULL DEFAULT '{}'::jsonb,
      tokens jsonb NOT NULL DEFAULT '[]'::jsonb,
      completed_elements text[] NOT NULL DEFAULT '{}',
      seq integer NOT NULL DEFAULT 0,
      parent_instance_id uuid REFERENCES engine_instances(id),
      parent_token_id text,
      started_at timestamptz NOT NULL DEFAULT now(),
      ended_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX engine_instances_initiator ON engine_instances (initiator_id, started_at DESC);
    CREATE INDEX engine_instances_definition ON engine_instances (definition_id) WHERE state IN ('active', 'suspended');
    CREATE INDEX engine_instances_parent ON engine_instances (parent_instance_id) WHERE parent_instance_id IS NOT NULL;
    CREATE INDEX engine_instances_business_key ON engine_instances (business_key) WHERE business_key IS NOT NULL;

    CREATE TABLE engine_tasks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      instance_id uuid NOT NULL REFERENCES engine_instances(id) ON DELETE CASCADE,
      token_id text NOT NULL,
      element_id text NOT NULL,
      name text NOT NULL,
      process_key text NOT NULL,
      module text,
      title text NOT NULL,
      urgency text NOT NULL DEFAULT 'normal',
      priority smallint GENERATED ALWAYS AS (CASE urgency WHEN 'very_urgent' THEN 2 WHEN 'urgent' THEN 1 ELSE 0 END) STORED,
      initiator_id uuid,
      kind text NOT NULL DEFAULT 'task' CHECK (kind IN ('task', 'signer')),
      assignee_id uuid REFERENCES core_users(id),
      proxy_for_id uuid REFERENCES core_users(id),
      delegated_by_id uuid REFERENCES core_users(id),
      state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'blocked', 'completed', 'cancelled')),
      outcome text,
      opinion text,
      form_key text,
      due_at timestamptz,
      urge_count integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      completed_at timestamptz,
      completed_by_id uuid REFERENCES core_users(id),
      version integer NOT NULL DEFAULT 1,
      move_seq integer NOT NULL,
      prev_task_id uuid,
      details jsonb NOT NULL DEFAULT '{}'::jsonb
    );
    CREATE INDEX engine_tasks_todo ON engine_tasks (assignee_id, created_at DESC) WHERE state IN ('open', 'blocked');
    CREATE INDEX engine_tasks_todo_due ON engine_tasks (assignee_id, due_at) WHERE state IN ('open', 'blocked');
    CREATE INDEX engine_tasks_todo_priority ON engine_tasks (assignee_id, priority DESC, created_at DESC) WHERE state IN ('open', 'blocked');
    CREATE INDEX engine_tasks_done ON engine_tasks (completed_by_id, completed_at DESC) WHERE state = 'completed';
    CREATE INDEX engine_tasks_instance ON engine_tasks (instance_id, created_at);

    CREATE TABLE engine_task_candidates (
      task_id uuid NOT NULL REFERENCES engine_tasks(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES core_users(id) ON DELETE CASCADE,
      PRIMARY KEY (user_id, task_id)
    );

    CREATE TABLE engine_history (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      instance_id uuid NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      kind text NOT NULL,
      element_id text,
      element_name text,
      task_id uuid,
      actor_id uuid,
      actor_name text,
      on_behalf_of_id uuid,
      on_behalf_of_name text,
      outcome text,
      opinion text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb
    );
    CREATE INDEX engine_history_instance ON engine_history (instance_id, id);
    CREATE FUNCTION engine_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'the process history is append-only' USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER engine_history_no_change BEFORE UPDATE OR DELETE ON engine_history
      FOR EACH ROW EXECUTE FUNCTION engine_history_append_only();

    CREATE TABLE engine_circulations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      instance_id uuid NOT NULL REFERENCES engine_instances(id) ON DELETE CASCADE,
      task_id uuid,
      element_id text,
      title text NOT NULL,
      process_key text NOT NULL,
      module text,
      user_id uuid NOT NULL REFERENCES core_users(id),
      from_user_id uuid REFERENCES core_users(id),
      note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz
    );
    CREATE INDEX engine_circulations_unread ON engine_circulations (user_id, created_at DESC) WHERE read_at IS NULL;
    CREATE INDEX engine_circulations_read ON engine_circulations (user_id, read_at DESC) WHERE read_at IS NOT NULL;
    CREATE INDEX engine_circulations_instance ON engine_circulations (instance_id);

    CREATE TABLE engine_timers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      instance_id uuid REFERENCES engine_instances(id) ON DELETE CASCADE,
      definition_id uuid REFERENCES engine_definitions(id),
      token_id text,
      element_id text NOT NULL,
      task_id uuid,
      kind text NOT NULL CHECK (kind IN ('boundary', 'catch', 'eventGateway', 'start', 'taskReminder', 'taskEscalation')),
      due_at timestamptz NOT NULL,
      cycle jsonb,
      state text NOT NULL DEFAULT 'scheduled' CHECK (state IN ('scheduled', 'fired', 'cancelled')),
      fired_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX engine_timers_due ON engine_timers (due_at) WHERE state = 'scheduled';
    CREATE INDEX engine_timers_instance ON engine_timers (instance_id) WHERE state = 'scheduled';

    CREATE TABLE engine_subscriptions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      instance_id uuid NOT NULL REFERENCES engine_instances(id) ON DELETE CASCADE,
      token_id text NOT NULL,
      element_id text NOT NULL,
      message text NOT NULL,
      correlation_key text,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX engine_subscriptions_message ON engine_subscriptions (message, correlation_key);
    CREATE INDEX engine_subscriptions_instance ON engine_subscriptions (instance_id);

    CREATE TABLE engine_proxies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES core_users(id) ON DELETE CASCADE,
      proxy_id uuid NOT NULL REFERENCES core_users(id) ON DELETE CASCADE,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      process_keys text[],
      reason text,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz,
      CHECK (ends_at > starts_at),
      CHECK (user_id <> proxy_id)
    );
    CREATE INDEX engine_proxies_user ON engine_proxies (user_id, ends_at) WHERE revoked_at IS NULL;

    CREATE TABLE engine_outbox (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      topic text NOT NULL,
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      dispatched_at timestamptz,
      attempts integer NOT NULL DEFAULT 0,
      last_error text
    );
    CREATE INDEX engine_outbox_pending ON engine_outbox (id) WHERE dispatched_at IS NULL;

    CREATE TABLE engine_incidents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      instance_id uuid NOT NULL REFERENCES engine_instances(id) ON DELETE CASCADE,
      token_id text NOT NULL,
      element_id text NOT NULL,
      message text NOT NULL,
      attempts integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      resolved_at timestamptz
    );
    CREATE INDEX engine_incidents_open ON engine_incidents (created_at DESC) WHERE resolved_at IS NULL;

    CREATE TABLE core_notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES core_users(id) ON DELETE CASCADE,
      kind text NOT NULL,
      title text NOT NULL,
      body text,
      link text,
      instance_id uuid,
      task_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz
    );
    CREATE INDEX core_notifications_user ON core_notifications (user_id, created_at DESC);
    CREATE INDEX core_notifications_unread ON core_notifications (user_id) WHERE read_at IS NULL;
  `,
  );
}

export async function down(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    DROP TABLE core_notifications;
    DROP TABLE engine_incidents;
    DROP TABLE engine_outbox;
    DROP TABLE engine_proxies;
    DROP TABLE engine_subscriptions;
    DROP TABLE engine_timers;
    DROP TABLE engine_circulations;
    DROP TABLE engine_history;
    DROP FUNCTION engine_history_append_only();
    DROP TABLE engine_task_candidates;
    DROP TABLE engine_tasks;
    DROP TABLE engine_instances;
    DROP TABLE engine_definitions;
  `,
  );
}
