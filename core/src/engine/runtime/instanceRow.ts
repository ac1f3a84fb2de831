import type { Knex } from 'knex';
import type { Token } from './token.ts';
import { noteOrgVersion, ORG_VERSION_COLUMN } from '../assignment/orgVersion.ts';

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
  /** The process-level end event reached, once completed. */
  end_event_id: string | null;
  end_event_name: string | null;
  variables: Record<string, unknown>;
  tokens: Token[];
  completed_elements: string[];
  seq: number;
  parent_instance_id: string | null;
  parent_token_id: string | null;
  started_at: Date;
  ended_at: Date | null;
}

const parseJson = <T>(value: unknown, fallback: T): T => (typeof value === 'string' ? (JSON.parse(value) as T) : ((value as T) ?? fallback));

export function readInstanceRow(row: Record<string, unknown>): InstanceRow {
  return {
    ...(row as unknown as InstanceRow),
    variables: parseJson(row.variables, {}),
    tokens: parseJson(row.tokens, []),
    completed_elements: (row.completed_elements as string[] | null) ?? [],
  };
}

// Every move starts with one of these: fixed SQL, prepared once per connection (`name`), so
// PostgreSQL does not plan the join again for each move — planning cost more than running it.
// The columns are named: a prepared `SELECT *` fails once a migration adds a column.
const COLUMNS = [
  'id',
  'definition_id',
  'process_key',
  'module',
  'business_key',
  'title',
  'urgency',
  'initiator_id',
  'initiator_unit_id',
  'state',
  'end_reason',
  'end_event_id',
  'end_event_name',
  'variables',
  'tokens',
  'completed_elements',
  'seq',
  'parent_instance_id',
  'parent_token_id',
  'started_at',
  'ended_at',
] as const satisfies readonly (keyof InstanceRow)[];
/** Every field of InstanceRow is read: one left out of COLUMNS is a compile error here. */
export const columnsCoverInstanceRow: Record<Exclude<keyof InstanceRow, (typeof COLUMNS)[number]>, never> = {};
const LOCK_INSTANCE = `SELECT ${COLUMNS.join(', ')}, ${ORG_VERSION_COLUMN} FROM engine_instances WHERE id = ? FOR UPDATE`;
const LOCK_INSTANCE_AND_TASK = `SELECT ${COLUMNS.map((column) => `i.${column}`).join(', ')}, row_to_json(t.*) AS locked_task, ${ORG_VERSION_COLUMN}
  FROM engine_instances AS i JOIN engine_tasks AS t ON t.instance_id = i.id
  WHERE t.id = ? FOR UPDATE OF i, t`;

/** Locks an instance for a move; a second move of the same instance waits here. The org version comes along (see orgVersion.ts). */
export async function lockInstance(trx: Knex.Transaction, id: string): Promise<InstanceRow | undefined> {
  const row = (await trx.raw(LOCK_INSTANCE, [id]).options({ name: 'kunlun_lock_instance' })).rows[0];
  if (!row) return undefined;
  const { org_version, ...instance } = row;
  noteOrgVersion(trx, org_version);
  return readInstanceRow(instance);
}

/**
 * Locks the instance a task belongs to and the task itself, in one statement, instance first
 * (the order every move locks in). A move that changed either row meanwhile is seen: PostgreSQL
 * re-reads locked rows after waiting for them.
 */
export async function lockInstanceAndTask(
  trx: Knex.Transaction,
  taskId: string,
): Promise<{ instance: InstanceRow; task: Record<string, unknown> } | undefined> {
  const row = (await trx.raw(LOCK_INSTANCE_AND_TASK, [taskId]).options({ name: 'kunlun_lock_instance_and_task' })).rows[0];
  if (!row) return undefined;
  const { locked_task, org_version, ...instance } = row;
  noteOrgVersion(trx, org_version);
  return { instance: readInstanceRow(instance), task: typeof locked_task === 'string' ? JSON.parse(locked_task) : locked_task };
}
