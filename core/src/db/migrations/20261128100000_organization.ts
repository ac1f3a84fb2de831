import type { Knex } from 'knex';
import { runSqlScript } from '../sqlScript.ts';

/**
 * The organization model: a tree of units (regions and the departments inside them),
 * people, and the posts people hold in units.
 */
export async function up(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    CREATE TABLE core_org_units (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      parent_id uuid REFERENCES core_org_units(id) ON DELETE RESTRICT,
      code text NOT NULL UNIQUE CHECK (code ~ '^[0-9]{6}([0-9]{3})?(-[0-9A-Za-z]{1,8})*$'),
      kind text NOT NULL CHECK (kind IN ('region', 'department')),
      level text NOT NULL CHECK (level IN ('province', 'prefecture', 'county', 'township')),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      short_name text NOT NULL CHECK (length(short_name) BETWEEN 1 AND 100),
      doc_prefix text CHECK (doc_prefix IS NULL OR length(doc_prefix) BETWEEN 1 AND 20),
      sort_order integer NOT NULL DEFAULT 0,
      path text NOT NULL,
      depth integer NOT NULL,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX core_org_units_parent ON core_org_units (parent_id, sort_order);
    CREATE INDEX core_org_units_path ON core_org_units (path text_pattern_ops);

    CREATE TABLE core_users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9_.-]{1,63}$'),
      display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
      account_kind text NOT NULL DEFAULT 'regular'
        CHECK (account_kind IN ('regular', 'system_admin', 'security_admin', 'audit_admin')),
      password_hash text NOT NULL,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
      gender text CHECK (gender IN ('male', 'female')),
      office_phone text,
      mobile text,
      email text,
      must_change_password boolean NOT NULL DEFAULT false,
      failed_attempts integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      last_login_at timestamptz,
      password_changed_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX core_users_display_name ON core_users (display_name);

    CREATE TABLE core_post_types (
      code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
      name_zh text NOT NULL,
      name_en text NOT NULL,
      is_leader boolean NOT NULL DEFAULT false,
      sort_order integer NOT NULL DEFAULT 0
    );

    CREATE TABLE core_posts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES core_users(id) ON DELETE CASCADE,
      unit_id uuid NOT NULL REFERENCES core_org_units(id) ON DELETE RESTRICT,
      post_type text NOT NULL REFERENCES core_post_types(code) ON DELETE RESTRICT,
      title text CHECK (title IS NULL OR length(title) <= 60),
      is_primary boolean NOT NULL DEFAULT false,
      sort_order integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (user_id, unit_id, post_type)
    );
    CREATE INDEX core_posts_unit ON core_posts (unit_id, post_type);

    CREATE TABLE core_post_charges (
      post_id uuid NOT NULL REFERENCES core_posts(id) ON DELETE CASCADE,
      unit_id uuid NOT NULL REFERENCES core_org_units(id) ON DELETE RESTRICT,
      PRIMARY KEY (post_id, unit_id)
    );
    CREATE INDEX core_post_charges_unit ON core_post_charges (unit_id);
  `,
  );

  await knex('core_post_types').insert([
    { code: 'principal_leader', name_zh: '主要领导', name_en: 'Principal leader', is_leader: true, sort_order: 10 },
    { code: 'leader_in_charge', name_zh: '分管领导', name_en: 'Leader in charge', is_leader: true, sort_order: 20 },
    { code: 'dept_head', name_zh: '部门负责人', name_en: 'Department head', is_leader: false, sort_order: 30 },
    { code: 'office_director', name_zh: '办公室主任', name_en: 'Office director', is_leader: false, sort_order: 40 },
    { code: 'secretary', name_zh: '秘书', name_en: 'Secretary', is_leader: false, sort_order: 50 },
    { code: 'registrar', name_zh: '收发员', name_en: 'Document registrar', is_leader: false, sort_order: 60 },
    { code: 'staff', name_zh: '工作人员', name_en: 'Staff', is_leader: false, sort_order: 70 },
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    DROP TABLE core_post_charges;
    DROP TABLE core_posts;
    DROP TABLE core_post_types;
    DROP TABLE core_users;
    DROP TABLE core_org_units;
  `,
  );
}
