import type { Knex } from 'knex';
import { coreReferences, runSqlScript } from '@kunlun/core';

/**
 * 督查督办: items (one per matter, numbered 督〔年〕N号 per installation and year), the units that
 * handle them (one lead, any co-units, each with its contact and its own 签收), progress and
 * completion reports, extension requests, 催办 notices (a unit's daily digest at most once a
 * day), and the installation's default deadlines by source and urgency.
 */
export async function up(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    CREATE TABLE supervision_counters (
      year integer PRIMARY KEY,
      last_seq integer NOT NULL
    );
    CREATE TABLE supervision_items (
      id uuid PRIMARY KEY,
      number text NOT NULL UNIQUE,
      year integer NOT NULL,
      seq integer NOT NULL,
      title text NOT NULL,
      content text NOT NULL,
      source_kind text NOT NULL CHECK (source_kind IN ('instruction','meeting','document','superior','deputy','proposal','other')),
      source_module text,
      source_type text,
      source_id text,
      source_title text,
      instructed_by uuid REFERENCES ${coreReferences.user},
      instruction text,
      office_unit_id uuid NOT NULL REFERENCES ${coreReferences.unit},
      -- The lead unit (牵头) while one holds the item: kept here for the board and the statistics,
      -- which group thousands of items by it; null between a lead's 退回 and the office's 改派.
      lead_unit_id uuid REFERENCES ${coreReferences.unit},
      registered_by uuid NOT NULL REFERENCES ${coreReferences.user},
      required_answer text NOT NULL DEFAULT '',
      urgency text NOT NULL CHECK (urgency IN ('urgent','normal','difficult')),
      handling_mode text NOT NULL CHECK (handling_mode IN ('forward','assist','self')),
      received_on date NOT NULL,
      original_due_on date NOT NULL,
      due_on date NOT NULL,
      cadence jsonb NOT NULL,
      next_report_due date,
      progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
      round integer NOT NULL DEFAULT 1,
      state text NOT NULL CHECK (state IN ('registering','reviewing','signing','handling','completionReview','leaderReview','closed','cancelled')),
      closed_at timestamptz,
      closed_on_time boolean,
      instance_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (year, seq)
    );
    CREATE INDEX supervision_items_office_board ON supervision_items (office_unit_id, state, due_on);
    CREATE INDEX supervision_items_due ON supervision_items (original_due_on);
    CREATE INDEX supervision_items_leader ON supervision_items (instructed_by) WHERE instructed_by IS NOT NULL;
    CREATE UNIQUE INDEX supervision_items_source ON supervision_items (source_module, source_type, source_id, round)
      WHERE source_id IS NOT NULL AND state <> 'cancelled';

    CREATE TABLE supervision_assignments (
      id uuid PRIMARY KEY,
      item_id uuid NOT NULL REFERENCES supervision_items(id) ON DELETE CASCADE,
      unit_id uuid NOT NULL REFERENCES ${coreReferences.unit},
      role text NOT NULL CHECK (role IN ('lead','co')),
      position integer NOT NULL,
      contact_id uuid REFERENCES ${coreReferences.user},
      contact_name text NOT NULL DEFAULT '',
      contact_phone text NOT NULL DEFAULT '',
      state text NOT NULL CHECK (state IN ('pending','signed','declined','done')),
      sign_by date,
      signed_at timestamptz,
      signed_by uuid REFERENCES ${coreReferences.user},
      declined_reason text,
      declined_at timestamptz,
      next_report_due date,
      last_report_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX supervision_assignments_active ON supervision_assignments (item_id, unit_id) WHERE state <> 'declined';
    CREATE UNIQUE INDEX supervision_assignments_one_lead ON supervision_assignments (item_id) WHERE role = 'lead' AND state <> 'declined';
    CREATE INDEX supervision_assignments_unit ON supervision_assignments (unit_id, item_id);

    CREATE TABLE supervision_reports (
      id uuid PRIMARY KEY,
      item_id uuid NOT NULL REFERENCES supervision_items(id) ON DELETE CASCADE,
      assignment_id uuid NOT NULL REFERENCES supervision_assignments(id),
      unit_id uuid NOT NULL REFERENCES ${coreReferences.unit},
      kind text NOT NULL CHECK (kind IN ('progress','completion')),
      addressed_to text NOT NULL CHECK (addressed_to IN ('lead','office')),
      content text NOT NULL,
      progress integer CHECK (progress BETWEEN 0 AND 100),
      cycle_due date,
      round integer NOT NULL DEFAULT 1,
      reported_by uuid NOT NULL REFERENCES ${coreReferences.user},
      reported_at timestamptz NOT NULL DEFAULT now(),
      review_state text CHECK (review_state IN ('pending','returned','accepted')),
      review_note text,
      reviewed_by uuid REFERENCES ${coreReferences.user},
      reviewed_at timestamptz
    );
    CREATE INDEX supervision_reports_item ON supervision_reports (item_id, reported_at DESC);
    CREATE INDEX supervision_reports_unit ON supervision_reports (unit_id, reported_at DESC);

    CREATE TABLE supervision_extensions (
      id uuid PRIMARY KEY,
      item_id uuid NOT NULL REFERENCES supervision_items(id) ON DELETE CASCADE,
      unit_id uuid NOT NULL REFERENCES ${coreReferences.unit},
      requested_by uuid NOT NULL REFERENCES ${coreReferences.user},
      reason text NOT NULL,
      requested_due_on date NOT NULL,
      previous_due_on date NOT NULL,
      state text NOT NULL CHECK (state IN ('pending','approved','refused')),
      decided_by uuid REFERENCES ${coreReferences.user},
      decided_at timestamptz,
      decision_note text,
      instance_id uuid,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX supervision_extensions_item ON supervision_extensions (item_id, created_at);
    CREATE UNIQUE INDEX supervision_extensions_one_pending ON supervision_extensions (item_id) WHERE state = 'pending';

    CREATE TABLE supervision_urges (
      id uuid PRIMARY KEY,
      item_id uuid REFERENCES supervision_items(id) ON DELETE CASCADE,
      unit_id uuid NOT NULL REFERENCES ${coreReferences.unit},
      kind text NOT NULL CHECK (kind IN ('manual','digest')),
      day date NOT NULL,
      note text,
      items integer NOT NULL DEFAULT 1,
      sent_by uuid REFERENCES ${coreReferences.user},
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX supervision_urges_one_digest ON supervision_urges (unit_id, day) WHERE kind = 'digest';
    CREATE INDEX supervision_urges_item ON supervision_urges (item_id, created_at) WHERE item_id IS NOT NULL;

    CREATE TABLE supervision_deadline_rules (
      source_kind text NOT NULL CHECK (source_kind IN ('instruction','meeting','document','superior','deputy','proposal','other')),
      urgency text NOT NULL CHECK (urgency IN ('urgent','normal','difficult')),
      days integer NOT NULL CHECK (days BETWEEN 1 AND 400),
      working_days boolean NOT NULL,
      updated_by uuid REFERENCES ${coreReferences.user},
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (source_kind, urgency)
    );
  `,
  );
}

export async function down(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    DROP TABLE supervision_deadline_rules;
    DROP TABLE supervision_urges;
    DROP TABLE supervision_extensions;
    DROP TABLE supervision_reports;
    DROP TABLE supervision_assignments;
    DROP TABLE supervision_items;
    DROP TABLE supervision_counters;
  `,
  );
}
