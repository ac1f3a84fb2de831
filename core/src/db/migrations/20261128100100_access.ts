import type { Knex } from 'knex';
import { runSqlScript } from '../sqlScript.ts';

/**
 * Roles, grants, sessions, the module register and the audit trail.
 *
 * Duties (三员分立): every role has a duty — business, system, security or audit — and an
 * account can only hold roles of its own kind: a regular account only business roles, a
 * system-admin account only the system duty, and so on. The trigger below keeps that true
 * whatever code writes the grant.
 */
export async function up(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    CREATE TABLE core_roles (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_.-]{1,63}$'),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
      description text NOT NULL DEFAULT '',
      duty text NOT NULL DEFAULT 'business' CHECK (duty IN ('business', 'system', 'security', 'audit')),
      data_scope text NOT NULL DEFAULT 'own_unit' CHECK (data_scope IN ('own_unit', 'unit_subtree', 'all')),
      builtin boolean NOT NULL DEFAULT false,
      is_default boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE core_role_permissions (
      role_id uuid NOT NULL REFERENCES core_roles(id) ON DELETE CASCADE,
      permission text NOT NULL CHECK (permission ~ '^[a-z][a-z0-9_]*(\\.[a-zA-Z][a-zA-Z0-9_]*){2,}$'),
      PRIMARY KEY (role_id, permission)
    );

    CREATE TABLE core_user_roles (
      user_id uuid NOT NULL REFERENCES core_users(id) ON DELETE CASCADE,
      role_id uuid NOT NULL REFERENCES core_roles(id) ON DELETE CASCADE,
      anchor_unit_id uuid REFERENCES core_org_units(id) ON DELETE CASCADE,
      granted_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, role_id)
    );
    CREATE INDEX core_user_roles_role ON core_user_roles (role_id);

    CREATE FUNCTION core_check_role_duty() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      kind text;
      duty text;
    BEGIN
      SELECT account_kind INTO kind FROM core_users WHERE id = NEW.user_id;
      SELECT r.duty INTO duty FROM core_roles r WHERE r.id = NEW.role_id;
      IF (kind = 'regular' AND duty <> 'business')
         OR (kind = 'system_admin' AND duty <> 'system')
         OR (kind = 'security_admin' AND duty <> 'security')
         OR (kind = 'audit_admin' AND duty <> 'audit') THEN
        RAISE EXCEPTION 'a % account cannot hold a % role', kind, duty USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER core_user_roles_duty BEFORE INSERT OR UPDATE ON core_user_roles
      FOR EACH ROW EXECUTE FUNCTION core_check_role_duty();

    CREATE FUNCTION core_forbid_role_duty_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.duty <> OLD.duty AND EXISTS (SELECT 1 FROM core_user_roles WHERE role_id = NEW.id) THEN
        RAISE EXCEPTION 'the duty of a role held by users cannot change' USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER core_roles_duty_fixed BEFORE UPDATE OF duty ON core_roles
      FOR EACH ROW EXECUTE FUNCTION core_forbid_role_duty_change();

    CREATE FUNCTION core_forbid_account_kind_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.account_kind <> OLD.account_kind AND EXISTS (SELECT 1 FROM core_user_roles WHERE user_id = NEW.id) THEN
        RAISE EXCEPTION 'the kind of an account holding roles cannot change' USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER core_users_kind_fixed BEFORE UPDATE OF account_kind ON core_users
      FOR EACH ROW EXECUTE FUNCTION core_forbid_account_kind_change();

    CREATE TABLE core_sessions (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES core_users(id) ON DELETE CASCADE,
      acting_unit_id uuid REFERENCES core_org_units(id) ON DELETE SET NULL,
      csrf_token text NOT NULL,
      ip text,
      user_agent text,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      ended_at timestamptz,
      end_reason text CHECK (end_reason IN ('logout', 'idle', 'expired', 'revoked', 'disabled'))
    );
    CREATE INDEX core_sessions_user ON core_sessions (user_id) WHERE ended_at IS NULL;

    CREATE TABLE core_modules (
      name text PRIMARY KEY,
      version text NOT NULL,
      enabled boolean NOT NULL DEFAULT true,
      first_enabled_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE core_audit_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor_id uuid,
      actor_name text,
      actor_kind text,
      action text NOT NULL,
      outcome text NOT NULL DEFAULT 'success' CHECK (outcome IN ('success', 'denied', 'failure')),
      target_type text,
      target_id text,
      unit_id uuid,
      ip text,
      request_id text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb
    );
    CREATE INDEX core_audit_log_at ON core_audit_log (at DESC);
    CREATE INDEX core_audit_log_actor ON core_audit_log (actor_kind, at DESC);
    CREATE INDEX core_audit_log_action ON core_audit_log (action, at DESC);

    CREATE FUNCTION core_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER core_audit_log_no_change BEFORE UPDATE OR DELETE ON core_audit_log
      FOR EACH ROW EXECUTE FUNCTION core_audit_log_append_only();
  `,
  );
}

export async function down(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    DROP TABLE core_audit_log;
    DROP FUNCTION core_audit_log_append_only();
    DROP TABLE core_modules;
    DROP TABLE core_sessions;
    DROP TRIGGER core_users_kind_fixed ON core_users;
    DROP FUNCTION core_forbid_account_kind_change();
    DROP TABLE core_user_roles;
    DROP TABLE core_role_permissions;
    DROP TABLE core_roles;
    DROP FUNCTION core_forbid_role_duty_change();
    DROP FUNCTION core_check_role_duty();
  `,
  );
}
