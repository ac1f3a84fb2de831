import type { Knex } from 'knex';
import { coreReferences, runSqlScript } from '@kunlun/core';

/**
 * The documents module's tables. A document (公文) holds the GB/T 9704 elements; its recipient
 * units, attachments, number register, distributions, per-recipient receipts (the recipients'
 * inboxes and the sender's receipt table) and incoming records (收文) sit beside it. Nothing
 * classified is ever stored: the module refuses any 密级 before a row is written. Core's tables are
 * named only through coreReferences, for foreign keys.
 */
export async function up(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    CREATE TABLE documents_documents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      origin text NOT NULL CHECK (origin IN ('system', 'paper')),
      doc_type text NOT NULL CHECK (doc_type IN ('决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要')),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      urgency text NOT NULL DEFAULT 'normal' CHECK (urgency IN ('normal', 'urgent', 'very_urgent')),
      copy_number text CHECK (copy_number ~ '^[0-9]{1,6}$'),
      issuing_unit_id uuid REFERENCES ${coreReferences.unit},
      joint_unit_ids uuid[] NOT NULL DEFAULT '{}',
      issuer_name text NOT NULL CHECK (length(issuer_name) BETWEEN 1 AND 400),
      drafting_unit_id uuid REFERENCES ${coreReferences.unit},
      drafted_by uuid REFERENCES ${coreReferences.user},
      direction text NOT NULL DEFAULT 'down' CHECK (direction IN ('down', 'up', 'parallel')),
      doc_number text,
      number_prefix text,
      number_year integer,
      number_seq integer,
      external_number text,
      signers text[] NOT NULL DEFAULT '{}',
      signed_off_at timestamptz,
      main_to text[] NOT NULL DEFAULT '{}',
      copy_to text[] NOT NULL DEFAULT '{}',
      body_html text NOT NULL DEFAULT '',
      body_text text NOT NULL DEFAULT '',
      body_file_id uuid REFERENCES ${coreReferences.file},
      signature text NOT NULL DEFAULT '',
      written_date date,
      note text,
      printed_by text,
      printed_on date,
      countersign_unit_ids uuid[] NOT NULL DEFAULT '{}',
      sealed boolean NOT NULL DEFAULT false,
      seal_file_id uuid REFERENCES ${coreReferences.file},
      rendition_state text NOT NULL DEFAULT 'none' CHECK (rendition_state IN ('none', 'pending', 'ready', 'failed')),
      rendition_file_id uuid REFERENCES ${coreReferences.file},
      rendition_error text,
      retention text CHECK (retention IN ('永久', '定期30年', '定期10年')),
      state text NOT NULL CHECK (state IN ('drafting', 'numbered', 'printed', 'distributed', 'archived', 'cancelled', 'received')),
      instance_id uuid,
      search_terms text[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      numbered_at timestamptz,
      distributed_at timestamptz,
      archived_at timestamptz,
      UNIQUE (number_prefix, number_year, number_seq),
      CHECK ((number_seq IS NULL) = (doc_number IS NULL))
    );
    CREATE INDEX documents_documents_issuer ON documents_documents (issuing_unit_id, created_at DESC);
    CREATE INDEX documents_documents_drafter ON documents_documents (drafted_by, created_at DESC);
    CREATE INDEX documents_documents_instance ON documents_documents (instance_id);
    CREATE INDEX documents_documents_search ON documents_documents USING gin (search_terms);

    CREATE TABLE documents_recipients (
      document_id uuid NOT NULL REFERENCES documents_documents(id) ON DELETE CASCADE,
      unit_id uuid NOT NULL REFERENCES ${coreReferences.unit},
      role text NOT NULL CHECK (role IN ('main', 'copy')),
      sort_order integer NOT NULL,
      PRIMARY KEY (document_id, unit_id)
    );
    CREATE INDEX documents_recipients_order ON documents_recipients (document_id, sort_order);

    CREATE TABLE documents_attachments (
      document_id uuid NOT NULL REFERENCES documents_documents(id) ON DELETE CASCADE,
      file_id uuid NOT NULL REFERENCES ${coreReferences.file},
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      sort_order integer NOT NULL,
      PRIMARY KEY (document_id, file_id)
    );

    CREATE TABLE documents_counters (
      counter text NOT NULL,
      year integer NOT NULL,
      last_seq integer NOT NULL CHECK (last_seq > 0),
      PRIMARY KEY (counter, year)
    );

    CREATE TABLE documents_numbers (
      prefix text NOT NULL,
      year integer NOT NULL,
      seq integer NOT NULL CHECK (seq > 0),
      doc_number text NOT NULL,
      document_id uuid REFERENCES documents_documents(id),
      state text NOT NULL DEFAULT 'assigned' CHECK (state IN ('assigned', 'void')),
      assigned_at timestamptz NOT NULL DEFAULT now(),
      void_reason text,
      voided_by uuid REFERENCES ${coreReferences.user},
      voided_at timestamptz,
      PRIMARY KEY (prefix, year, seq),
      CHECK ((state = 'void') = (voided_at IS NOT NULL))
    );

    CREATE TABLE documents_distributions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      document_id uuid NOT NULL REFERENCES documents_documents(id),
      state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'delivering', 'done')),
      total integer NOT NULL CHECK (total >= 0),
      delivered integer NOT NULL DEFAULT 0,
      requested_by uuid REFERENCES ${coreReferences.user},
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    );
    CREATE INDEX documents_distributions_document ON documents_distributions (document_id);

    CREATE TABLE documents_distribution_batches (
      distribution_id uuid NOT NULL REFERENCES documents_distributions(id) ON DELETE CASCADE,
      from_sort integer NOT NULL,
      delivered_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (distribution_id, from_sort)
    );

    CREATE TABLE documents_receipts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      document_id uuid NOT NULL REFERENCES documents_documents(id),
      distribution_id uuid NOT NULL REFERENCES documents_distributions(id),
      unit_id uuid NOT NULL REFERENCES ${coreReferences.unit},
      role text NOT NULL CHECK (role IN ('main', 'copy')),
      state text NOT NULL DEFAULT 'delivered' CHECK (state IN ('delivered', 'signed', 'returned', 'recalled')),
      delivered_at timestamptz NOT NULL DEFAULT now(),
      signed_by uuid REFERENCES ${coreReferences.user},
      signed_at timestamptz,
      returned_by uuid REFERENCES ${coreReferences.user},
      returned_at timestamptz,
      return_reason text,
      recalled_by uuid REFERENCES ${coreReferences.user},
      recalled_at timestamptz,
      urge_count integer NOT NULL DEFAULT 0,
      last_urged_at timestamptz,
      incoming_id uuid,
      UNIQUE (document_id, unit_id)
    );
    CREATE INDEX documents_receipts_inbox ON documents_receipts (unit_id, state, delivered_at DESC);

    CREATE TABLE documents_incoming (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES ${coreReferences.unit},
      document_id uuid NOT NULL REFERENCES documents_documents(id),
      receipt_id uuid REFERENCES documents_receipts(id),
      origin text NOT NULL CHECK (origin IN ('system', 'paper')),
      incoming_number text,
      incoming_year integer,
      incoming_seq integer,
      received_at timestamptz NOT NULL DEFAULT now(),
      registered_by uuid REFERENCES ${coreReferences.user},
      copies integer CHECK (copies > 0),
      pages integer CHECK (pages > 0),
      state text NOT NULL DEFAULT 'handling' CHECK (state IN ('handling', 'returned', 'archived', 'cancelled')),
      instance_id uuid,
      return_reason text,
      proposal text,
      instruction text,
      lead_unit_id uuid REFERENCES ${coreReferences.unit},
      assist_unit_ids uuid[] NOT NULL DEFAULT '{}',
      due_on date,
      reader_ids uuid[] NOT NULL DEFAULT '{}',
      handling_result text,
      conclusion text,
      retention text CHECK (retention IN ('永久', '定期30年', '定期10年')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      archived_at timestamptz,
      UNIQUE (unit_id, incoming_year, incoming_seq),
      UNIQUE (receipt_id)
    );
    CREATE INDEX documents_incoming_unit ON documents_incoming (unit_id, received_at DESC);
    CREATE INDEX documents_incoming_document ON documents_incoming (document_id);
  `,
  );
}

export async function down(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    DROP TABLE documents_incoming;
    DROP TABLE documents_receipts;
    DROP TABLE documents_distribution_batches;
    DROP TABLE documents_distributions;
    DROP TABLE documents_numbers;
    DROP TABLE documents_counters;
    DROP TABLE documents_attachments;
    DROP TABLE documents_recipients;
    DROP TABLE documents_documents;
  `,
  );
}
