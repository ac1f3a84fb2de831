import type { FormField } from './formSchema.ts';
import { holdsList, isEmptyValue } from './formValues.ts';
import { plainTextOf } from './richText.ts';

/** Why a value cannot be accepted: an i18n key under `form.problems` and its parameters. */
export interface FieldProblem {
  key: 'required' | 'choose' | 'upload' | 'tooLong' | 'notNumber' | 'tooSmall' | 'tooLarge' | 'notDate' | 'tooMany' | 'badOption';
  params: Record<string, string | number>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CHOSEN_TYPES: ReadonlySet<string> = new Set(['select', 'radio', 'date', 'users', 'unit']);

/**
 * Checks one editable field's value against its declaration, the way the server will: required,
 * length, range, options, dates, number of people. Returns the first problem, or null.
 */
export function fieldProblem(field: FormField, value: unknown, label: string): FieldProblem | null {
  const empty = field.type === 'richtext' ? isEmptyValue(plainTextOf(typeof value === 'string' ? value : '')) : isEmptyValue(value);
  if (empty) {
    if (!field.required || field.type === 'checkbox') return null;
    return { key: field.type === 'files' ? 'upload' : CHOSEN_TYPES.has(field.type) ? 'choose' : 'required', params: { label } };
  }
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'richtext': {
      const length = typeof value === 'string' ? value.length : String(value).length;
      if (field.maxLength !== undefined && length > field.maxLength) return { key: 'tooLong', params: { label, max: field.maxLength } };
      return null;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { key: 'notNumber', params: { label } };
      if (field.min !== undefined && value < field.min) return { key: 'tooSmall', params: { label, min: field.min } };
      if (field.max !== undefined && value > field.max) return { key: 'tooLarge', params: { label, max: field.max } };
      return null;
    }
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? null : { key: 'notDate', params: { label } };
    case 'select':
    case 'radio': {
      const allowed = new Set((field.options ?? []).map((o) => o.value));
      const list = Array.isArray(value) ? value : [value];
      return list.every((v) => typeof v === 'string' && allowed.has(v)) ? null : { key: 'badOption', params: { label } };
    }
    case 'users':
    case 'files':
    case 'unit': {
      const count = Array.isArray(value) ? value.length : 1;
      if (holdsList(field) && field.maxFiles !== undefined && count > field.maxFiles) return { key: 'tooMany', params: { label, max: field.maxFiles } };
      return null;
    }
    default:
      return null;
  }
}
