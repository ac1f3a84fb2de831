import type { AppLocale } from '@/i18n/i18n.ts';

/**
 * A process form as the server hands it out (a module's src/forms/<id>.json): its fields, and
 * per step which fields are editable or hidden (every other field is read-only at that step).
 */
export type BilingualText = Readonly<Record<AppLocale, string>>;

export const FIELD_TYPES = ['text', 'textarea', 'richtext', 'number', 'date', 'select', 'radio', 'checkbox', 'users', 'unit', 'files'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldOption {
  value: string;
  label: BilingualText;
}

export interface FormField {
  key: string;
  type: FieldType;
  label: BilingualText;
  help?: BilingualText;
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  options?: FieldOption[];
  multiple?: boolean;
  maxFiles?: number;
  default?: string | number | boolean;
}

export interface FormStepAccess {
  editable?: string[];
  hidden?: string[];
}

export interface FormDefinition {
  id: string;
  title: BilingualText;
  fields: FormField[];
  steps: Record<string, FormStepAccess>;
}

export type FieldAccess = 'editable' | 'readonly' | 'hidden';
export type FieldAccessMap = Record<string, FieldAccess>;

/** The values of a form, by field key. */
export type FormValues = Record<string, unknown>;

function isBilingual(value: unknown): value is BilingualText {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)['zh-CN'] === 'string';
}

/** Whether what the server sent is a form this desktop can render (a form is data, so it is checked). */
export function isFormDefinition(value: unknown): value is FormDefinition {
  if (typeof value !== 'object' || value === null) return false;
  const form = value as Partial<FormDefinition>;
  return (
    typeof form.id === 'string' &&
    isBilingual(form.title) &&
    Array.isArray(form.fields) &&
    form.fields.every((f) => typeof f?.key === 'string' && (FIELD_TYPES as readonly string[]).includes(f.type) && isBilingual(f.label)) &&
    typeof form.steps === 'object' &&
    form.steps !== null
  );
}

/** A form from an answer of the server, or null when there is none (or it cannot be rendered). */
export function formOf(value: unknown): FormDefinition | null {
  return isFormDefinition(value) ? value : null;
}
