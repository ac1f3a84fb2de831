import type { Knex } from 'knex';
import type { Token } from './token.ts';

/** An instance as a move sees it: the row, with tokens and variables parsed. */
export interface InstanceRow {
  id: string;
  definition_id: string;
  process_key: string;
  module: string | null;
  business_key: string | null;
  title: string;
  urgency: 'normal' | 'urgent' | 'very_urgent';
  initiator_id: string | null;
  initiator_unit_id: string | null;
  state: 'active' | 'suspended' | 'completed' | 'terminated';
  end_reason: string | null;
  variables: Record<string, unknown>;
  tokens: Token[];
  completed_elements: string[];
  seq: number;
  parent_instance_id: string | null;
  parent_token_id: string | null;
  started_at: Date;
  ended_at: Date | null;
}

const parseJson = <T>(v: unknown, fallback: T): T => (typeof v === 'string' ? (JSON.parse(v) as T) : ((v as T) ?? fallback));

export function readInstanceRow(row: Record<string, unknown>): InstanceRow {
  return {
    ...(row as unknown as InstanceRow),
    variables: parseJson(row.variables, {}),
    tokens: parseJson(row.tokens, []),
    completed_elements: (row.completed_elements as string[] | null) ?? [],
  };
}

/** Locks an instance for a move; a second move of the same instance waits here. */
export async function lockInstance(trx: Knex.Transaction, id: string): Promise<InstanceRow | undefined> {
  const row = await trx('engine_instances').where({ id }).forUpdate().first();
  return row ? readInstanceRow(row) : undefined;
}
