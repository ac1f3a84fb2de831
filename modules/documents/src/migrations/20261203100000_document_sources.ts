import type { Knex } from 'knex';
import { runSqlScript } from '@kunlun/core';

/**
 * Where a document was drafted from, when another module asked for it (据此拟文 from an approved
 * 签报): the module, what the record is, its id and its title then, so the document's page links
 * back. At most one document that is not cancelled per source.
 */
export async function up(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    ALTER TABLE documents_documents
      ADD COLUMN source_module text,
      ADD COLUMN source_kind text,
      ADD COLUMN source_id text,
      ADD COLUMN source_title text,
      ADD CONSTRAINT documents_documents_source_whole CHECK (
        (source_module IS NULL AND source_kind IS NULL AND source_id IS NULL AND source_title IS NULL)
        OR (source_module IS NOT NULL AND source_kind IS NOT NULL AND source_id IS NOT NULL AND source_title IS NOT NULL)
      );
    CREATE UNIQUE INDEX documents_documents_source ON documents_documents (source_module, source_kind, source_id)
      WHERE source_id IS NOT NULL AND state <> 'cancelled';
  `,
  );
}

export async function down(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    DROP INDEX documents_documents_source;
    ALTER TABLE documents_documents
      DROP CONSTRAINT documents_documents_source_whole,
      DROP COLUMN source_title,
      DROP COLUMN source_id,
      DROP COLUMN source_kind,
      DROP COLUMN source_module;
  `,
  );
}
