import type { Queryable } from '../../db/database.ts';
import type { InstanceRow } from '../runtime/instanceRow.ts';
import type { FormRegistry } from './formRegistry.ts';
import type { FormDefinition } from './formSchema.ts';

/**
 * The values a form shows for an instance: from the module's record when the module keeps the
 * form there, otherwise from the instance's variables — in both cases only the form's fields.
 */
export async function formValuesOf(
  db: Queryable,
  forms: FormRegistry,
  form: FormDefinition,
  instance: Pick<InstanceRow, 'id' | 'process_key' | 'business_key' | 'variables'>,
): Promise<Record<string, unknown>> {
  const reader = forms.reader(form.id);
  const kept = reader
    ? await reader({
        db,
        formId: form.id,
        processKey: instance.process_key,
        instanceId: instance.id,
        businessKey: instance.business_key,
        variables: instance.variables,
      })
    : null;
  const source = kept ?? instance.variables;
  return Object.fromEntries(form.fields.filter((f) => f.key in source && source[f.key] !== undefined).map((f) => [f.key, source[f.key]]));
}
