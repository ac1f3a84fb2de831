import type { Knex } from 'knex';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../runtime/move.ts';

/**
 * A form whose values a module keeps in a record of its own (a document, a meeting), not in the
 * process's variables. The module says how to read the record's values for a form (shown on the
 * task, instance and print pages) and takes what a person submits when they complete a task of
 * the form — checked against the form at that step first, inside the move's transaction, so the
 * record and the move commit together or not at all.
 */
export interface FormSubmission {
  trx: Knex.Transaction;
  formId: string;
  processKey: string;
  instanceId: string;
  businessKey: string | null;
  /** The step (BPMN element id) whose task is being completed, and the task. */
  elementId: string;
  taskId: string;
  /** The fields sent, each editable at this step and valid for its type (rich text sanitized). */
  values: Readonly<Record<string, unknown>>;
  variables: Readonly<Record<string, unknown>>;
  actor: Actor;
}

/** Variables to merge into the instance (what the process routes on); nothing leaves them unchanged. */
export type FormSubmitResult = { variables?: Record<string, unknown> } | void;
export type FormSubmitHandler = (submission: FormSubmission) => Promise<FormSubmitResult>;

export interface FormRead {
  /** The database, or the transaction the read runs in. */
  db: Queryable;
  formId: string;
  processKey: string;
  instanceId: string;
  businessKey: string | null;
  variables: Readonly<Record<string, unknown>>;
}

/** The form's values from the module's record; null when the record is not (or no longer) there. */
export type FormValuesReader = (read: FormRead) => Promise<Record<string, unknown> | null>;
