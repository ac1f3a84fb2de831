import { z } from 'zod';

/**
 * A process form as modules declare it (src/forms/<id>.json): its fields, and per step (BPMN
 * element id, or "*" for every other step) which fields are editable and which are hidden;
 * every other field is read-only. The web renders it; the engine accepts submissions with it.
 */
const bilingual = z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) });

export const FIELD_TYPES = ['text', 'textarea', 'richtext', 'number', 'date', 'select', 'radio', 'checkbox', 'users', 'unit', 'files'] as const;

/** Field types that can hold several values (`multiple`): options, people, units, files. */
export const SEVERAL_VALUES: readonly (typeof FIELD_TYPES)[number][] = ['select', 'users', 'unit', 'files'];

export const fieldSchema = z.strictObject({
  key: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a field key is camelCase letters and digits'),
  type: z.enum(FIELD_TYPES),
  label: bilingual,
  help: bilingual.optional(),
  required: z.boolean().default(false),
  maxLength: z.number().int().positive().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  options: z.array(z.strictObject({ value: z.string(), label: bilingual })).optional(),
  multiple: z.boolean().optional(),
  /** The most values a field holding several may take (files, people, units). */
  maxFiles: z.number().int().positive().optional(),
  default: z.union([z.string(), z.number(), z.boolean()]).optional(),
});

const stepSchema = z.strictObject({
  editable: z.array(z.string()).default([]),
  hidden: z.array(z.string()).default([]),
});

export const formSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9]*(\.[A-Za-z][A-Za-z0-9_-]*)+$/),
    title: bilingual,
    fields: z.array(fieldSchema).min(1),
    steps: z.record(z.string(), stepSchema),
  })
  .superRefine((form, ctx) => {
    const keys = form.fields.map((f) => f.key);
    keys.forEach((k, i) => {
      if (keys.indexOf(k) !== i) ctx.addIssue({ code: 'custom', path: ['fields', i, 'key'], message: `field "${k}" is declared twice` });
    });
    form.fields.forEach((f, i) => {
      if ((f.type === 'select' || f.type === 'radio') && !f.options?.length)
        ctx.addIssue({ code: 'custom', path: ['fields', i, 'options'], message: `${f.type} field "${f.key}" needs options` });
      if (f.multiple !== undefined && !SEVERAL_VALUES.includes(f.type))
        ctx.addIssue({
          code: 'custom',
          path: ['fields', i, 'multiple'],
          message: `a ${f.type} field ("${f.key}") holds one value; "multiple" is for ${SEVERAL_VALUES.join(', ')}`,
        });
    });
    for (const [step, perms] of Object.entries(form.steps)) {
      for (const key of [...perms.editable, ...perms.hidden]) {
        if (key !== '*' && !keys.includes(key)) ctx.addIssue({ code: 'custom', path: ['steps', step], message: `unknown field "${key}"` });
      }
    }
  });

export type FormField = z.output<typeof fieldSchema>;
export type FormDefinition = z.output<typeof formSchema>;
export type FieldAccess = 'editable' | 'readonly' | 'hidden';

/** How each field shows at a step. */
export function fieldAccess(form: FormDefinition, step: string): Record<string, FieldAccess> {
  const perms = form.steps[step] ?? form.steps['*'] ?? { editable: [], hidden: [] };
  const has = (list: string[], key: string) => list.includes('*') || list.includes(key);
  return Object.fromEntries(
    form.fields.map((f) => [f.key, has(perms.hidden, f.key) ? 'hidden' : has(perms.editable, f.key) ? 'editable' : 'readonly'] as const),
  );
}
