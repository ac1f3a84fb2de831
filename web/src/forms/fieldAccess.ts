import type { FieldAccess, FieldAccessMap, FormDefinition, FormField } from './formSchema.ts';

/**
 * How each field shows at a step, read from the form itself the way the server reads it: the
 * step's own entry (or "*" for any other step); hidden wins over editable; "*" in a list means
 * every field. Used for the start form, whose step the server does not describe separately.
 */
export function accessAtStep(form: FormDefinition, step: string): FieldAccessMap {
  const perms = form.steps[step] ?? form.steps['*'] ?? {};
  const has = (list: string[] | undefined, key: string) => Boolean(list?.includes('*') || list?.includes(key));
  return Object.fromEntries(
    form.fields.map((f) => [f.key, has(perms.hidden, f.key) ? 'hidden' : has(perms.editable, f.key) ? 'editable' : 'readonly'] as const),
  );
}

/** The access of the start form: the "start" step, else the start event's id, else "*". */
export function startAccess(form: FormDefinition, startEventId?: string): FieldAccessMap {
  const step = form.steps.start ? 'start' : startEventId && form.steps[startEventId] ? startEventId : 'start';
  return accessAtStep(form, step);
}

/** How a field is shown: as the server says, read-only when it says nothing about the field. */
export function shownAccess(field: FormField, access: FieldAccessMap): FieldAccess {
  return access[field.key] ?? 'readonly';
}

/** The fields that show at all, in the form's order, each with its access. */
export function visibleFields(form: FormDefinition, access: FieldAccessMap): { field: FormField; access: Exclude<FieldAccess, 'hidden'> }[] {
  return form.fields.flatMap((field) => {
    const shown = shownAccess(field, access);
    return shown === 'hidden' ? [] : [{ field, access: shown }];
  });
}

/** Whether anything can be filled in at this step. */
export function hasEditableFields(form: FormDefinition | null, access: FieldAccessMap): boolean {
  return Boolean(form?.fields.some((f) => shownAccess(f, access) === 'editable'));
}
