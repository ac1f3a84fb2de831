import { ApiError } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import { fieldAccess, type FormDefinition, type FormField } from './formSchema.ts';
import { sanitizeRichText } from './richTextPolicy.ts';

/**
 * Accepting what a person submits at a step: only the fields editable at that step, each of
 * the right type and within its limits, required fields filled (now or before); rich text is
 * sanitized. Anything else is refused with every problem listed (400) and nothing is stored.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface FieldProblem {
  field: string;
  message: string;
}

export function acceptSubmission(
  form: FormDefinition,
  step: string,
  values: Record<string, unknown>,
  existing: Record<string, unknown>,
): Record<string, unknown> {
  const access = fieldAccess(form, step);
  const problems: FieldProblem[] = [];
  const accepted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const field = form.fields.find((f) => f.key === key);
    if (!field) {
      problems.push({ field: key, message: `表单中没有字段“${key}”` });
      continue;
    }
    if (access[key] !== 'editable') {
      problems.push({ field: key, message: `“${field.label['zh-CN']}”在此环节不可修改` });
      continue;
    }
    const checked = checkValue(field, value);
    if (isProblem(checked)) problems.push({ field: key, message: checked.problem });
    else accepted[key] = checked;
  }
  for (const field of form.fields) {
    if (!field.required || access[field.key] !== 'editable') continue;
    const value = field.key in accepted ? accepted[field.key] : existing[field.key];
    if (isEmpty(value)) problems.push({ field: field.key, message: `请填写“${field.label['zh-CN']}”` });
  }
  if (problems.length) {
    throw new ApiError(400, 'validation_failed', text('表单填写不符合要求', 'The form is not filled in correctly'), {
      issues: problems.map((p) => ({ location: 'body', path: `variables.${p.field}`, code: 'form', message: p.message })),
    });
  }
  return accepted;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

type Checked = unknown;

const isProblem = (v: unknown): v is { problem: string } => typeof v === 'object' && v !== null && !Array.isArray(v) && 'problem' in v;

function checkValue(field: FormField, value: unknown): Checked {
  const label = field.label['zh-CN'];
  if (value === null) return null;
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'richtext': {
      if (typeof value !== 'string') return { problem: `“${label}”应为文字` };
      const clean = field.type === 'richtext' ? sanitizeRichText(value) : value;
      if (field.maxLength && clean.length > field.maxLength) return { problem: `“${label}”不能超过 ${field.maxLength} 字` };
      return clean;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { problem: `“${label}”应为数字` };
      if (field.min !== undefined && value < field.min) return { problem: `“${label}”不能小于 ${field.min}` };
      if (field.max !== undefined && value > field.max) return { problem: `“${label}”不能大于 ${field.max}` };
      return value;
    }
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
        ? value
        : { problem: `“${label}”应为日期（如 2026-12-01）` };
    case 'checkbox':
      return typeof value === 'boolean' ? value : { problem: `“${label}”应为是或否` };
    case 'select':
    case 'radio': {
      const allowed = (field.options ?? []).map((o) => o.value);
      const list = field.multiple ? value : [value];
      if (!Array.isArray(list) || !list.every((v) => typeof v === 'string' && allowed.includes(v))) return { problem: `“${label}”的选项无效` };
      return value;
    }
    case 'users':
    case 'files': {
      const list = field.multiple === false && field.type === 'users' ? [value] : value;
      if (!Array.isArray(list) || !list.every((v) => typeof v === 'string' && UUID.test(v))) return { problem: `“${label}”的值无效` };
      if (field.maxFiles && list.length > field.maxFiles) return { problem: `“${label}”最多 ${field.maxFiles} 个` };
      return value;
    }
    case 'unit': {
      if (!field.multiple) return typeof value === 'string' && UUID.test(value) ? value : { problem: `“${label}”应为一个机构` };
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && UUID.test(v))) return { problem: `“${label}”应为机构列表` };
      const units = [...new Set(value as string[])];
      if (field.maxFiles && units.length > field.maxFiles) return { problem: `“${label}”最多 ${field.maxFiles} 个` };
      return units;
    }
  }
}
