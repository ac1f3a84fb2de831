import type { Knex } from 'knex';
import { coreReferences, runSqlScript } from '@kunlun/core';

/**
 * Who receives for a unit without a 收发员 of its own (代收单位): a people's government has only
 * leaders, so its office's registrars sign for it. The administrator may name the receiving unit
 * per unit (documents_receiving_units); each delivered copy records the unit whose registrars
 * sign for it (receiving_unit_id), and each incoming record the unit that signed for it, while the
 * copy and the record stay the addressed unit's.
 */
export async function up(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    CREATE TABLE documents_receiving_units (
      unit_id uuid PRIMARY KEY REFERENCES ${coreReferences.unit},
      receiving_unit_id uuid NOT NULL REFERENCES ${coreReferences.unit},
      updated_by uuid REFERENCES ${coreReferences.user},
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (receiving_unit_id <> unit_id)
    );
    CREATE INDEX documents_receiving_units_receiver ON documents_receiving_units (receiving_unit_id);
    ALTER TABLE documents_receipts ADD COLUMN receiving_unit_id uuid REFERENCES ${coreReferences.unit};
    CREATE INDEX documents_receipts_receiving_inbox ON documents_receipts (receiving_unit_id, state, delivered_at DESC) WHERE receiving_unit_id IS NOT NULL;
    ALTER TABLE documents_incoming ADD COLUMN receiving_unit_id uuid REFERENCES ${coreReferences.unit};
    CREATE INDEX documents_incoming_receiving ON documents_incoming (receiving_unit_id, received_at DESC) WHERE receiving_unit_id IS NOT NULL;
  `,
  );
}

export async function down(knex: Knex): Promise<void> {
  await runSqlScript(
    knex,
    `
    DROP INDEX documents_incoming_receiving;
    ALTER TABLE documents_incoming DROP COLUMN receiving_unit_id;
    DROP INDEX documents_receipts_receiving_inbox;
    ALTER TABLE documents_receipts DROP COLUMN receiving_unit_id;
    DROP TABLE documents_receiving_units;
  `,
  );
}
