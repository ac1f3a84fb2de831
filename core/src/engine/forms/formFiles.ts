import type { Knex } from 'knex';
import type { Files } from '../../files/files.ts';
import type { FormDefinition } from './formSchema.ts';

/** Files named in a form's "files" fields become attachments of the process instance (readable by its participants). */
export async function linkFormFiles(
  trx: Knex.Transaction,
  files: Files,
  form: FormDefinition,
  values: Record<string, unknown>,
  instanceId: string,
  actorId: string,
): Promise<void> {
  const ids = form.fields.filter((f) => f.type === 'files' && Array.isArray(values[f.key])).flatMap((f) => values[f.key] as string[]);
  await files.link(trx, ids, 'engine.instance', instanceId, actorId);
}
