import type { Knex } from 'knex';
import { runSqlScript } from '../sqlScript.ts';

/**
 * Uploaded files: the bytes live in a file store (a directory by default), the table keeps
 * name, type, size and SHA-256, and links say what each file belongs to (a process instance, a
 * document…) — which is what decides who may download it.
 */
export async function up(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    CREATE TABLE core_files (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
      mime text NOT NULL,
      size bigint NOT NULL CHECK (size >= 0),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      storage_key text NOT NULL UNIQUE,
      uploaded_by uuid REFERENCES core_users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX core_files_uploader ON core_files (uploaded_by, created_at DESC);

    CREATE TABLE core_file_links (
      file_id uuid NOT NULL REFERENCES core_files(id) ON DELETE CASCADE,
      owner_kind text NOT NULL CHECK (owner_kind ~ '^[a-z][a-z0-9]*(\\.[A-Za-z][A-Za-z0-9_-]*)*$'),
      owner_id text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (file_id, owner_kind, owner_id)
    );
    CREATE INDEX core_file_links_owner ON core_file_links (owner_kind, owner_id);
  `,
  );
}

export async function down(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    DROP TABLE core_file_links;
    DROP TABLE core_files;
  `,
  );
}
