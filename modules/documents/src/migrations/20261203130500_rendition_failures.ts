import type { Knex } from 'knex';
import { runSqlScript } from '@kunlun/core';

/**
 * Why a document's rendition (印制, the GB/T 9704 PDF) failed and when: the kind of failure
 * (the server lacks the document fonts, the layout or the seal image is wrong, anything else), so
 * the issuing office reads a reason it can act on and retries (重新生成) once it is fixed.
 */
export async function up(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    ALTER TABLE documents_documents
      ADD COLUMN rendition_failure text CHECK (rendition_failure IN ('fonts_missing', 'layout', 'seal', 'error')),
      ADD COLUMN rendition_failed_at timestamptz;
    UPDATE documents_documents SET rendition_failure = 'error', rendition_failed_at = updated_at WHERE rendition_state = 'failed';
    ALTER TABLE documents_documents ADD CONSTRAINT documents_documents_rendition_failure_whole CHECK (
      (rendition_state = 'failed') = (rendition_failure IS NOT NULL AND rendition_failed_at IS NOT NULL)
    );
  `,
  );
}

export async function down(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    ALTER TABLE documents_documents
      DROP CONSTRAINT documents_documents_rendition_failure_whole,
      DROP COLUMN rendition_failed_at,
      DROP COLUMN rendition_failure;
  `,
  );
}
