import type { FieldAccessMap, FormDefinition, FormField, FormValues } from './formSchema.ts';
import { shownAccess } from './fieldAccess.ts';

/** Users fields hold several people unless they say `multiple: false`; select and unit fields one value unless `multiple: true`. */
export function holdsList(field: FormField): boolean {
  if (field.type === 'users' || field.type === 'files') return field.multiple !== false;
  if (field.type === 'select' || field.type === 'unit') return field.multiple === true;
  return false;
}

/** The value of a field nobody has filled in yet. */
export function emptyValueOf(field: FormField): unknown {
  if (holdsList(field)) return [];
  switch (field.type) {
    case 'checkbox':
      return false;
    case 'number':
      return null;
    case 'text':
    case 'textarea':
    case 'richtext':
      return '';
    default:
      return null;
  }
}

/** What the form shows first: the instance's values, else each field's default, else empty. */
export function initialValues(form: FormDefinition, variables: Record<string, unknown> = {}): FormValues {
  const values: FormValues = {};
  for (const field of form.fields) {
    if (field.key in variables && variables[field.key] !== undefined) values[field.key] = variables[field.key];
    else if (field.default !== undefined) values[field.key] = holdsList(field) ? [field.default] : field.default;
    else values[field.key] = emptyValueOf(field);
  }
  return values;
}

/** What a read-only form shows: the values as they stand, empty where nothing was filled in (no defaults). */
export function shownValues(form: FormDefinition, values: Record<string, unknown>): FormValues {
  return Object.fromEntries(form.fields.map((field) => [field.key, values[field.key] !== undefined ? values[field.key] : emptyValueOf(field)]));
}

/** Whether a value counts as not filled in (as the server counts it). */
export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

function normalized(field: FormField, value: unknown): unknown {
  if (value === undefined) return null;
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'richtext':
      return typeof value === 'string' ? value : value === null ? '' : String(value);
    case 'unit':
      if (holdsList(field)) return Array.isArray(value) ? value : value ? [value] : [];
      return value === '' ? null : value;
    case 'select':
    case 'radio':
    case 'date':
      return value === '' ? null : value;
    case 'users':
      if (!holdsList(field)) return Array.isArray(value) ? (value[0] ?? null) : value;
      return value ?? [];
    case 'files':
      return Array.isArray(value) ? value : [];
    default:
      return value;
  }
}

/**
 * What is sent when the step is done: the fields editable at this step, normalized to what the
 * server accepts. Read-only and hidden fields are never sent.
 */
export function submissionOf(form: FormDefinition, access: FieldAccessMap, values: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of form.fields) {
    if (shownAccess(field, access) !== 'editable') continue;
    out[field.key] = normalized(field, values[field.key]);
  }
  return out;
}
