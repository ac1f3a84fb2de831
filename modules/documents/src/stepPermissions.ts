import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { forbidden, text } from '@kunlun/core';

/**
 * Which fields of a document may be changed at which step: the steps of the module's process
 * forms (src/forms/<id>.json) — the same per-step editable/hidden lists the engine shows on the
 * task page — applied here to the module's own records.
 */
const formFile = z.object({
  id: z.string(),
  fields: z.array(z.object({ key: z.string(), label: z.object({ 'zh-CN': z.string(), en: z.string() }) })),
  steps: z.record(z.string(), z.object({ editable: z.array(z.string()).default([]), hidden: z.array(z.string()).default([]) })),
});
export type StepForm = z.output<typeof formFile>;

export function loadStepForm(id: string): StepForm {
  const file = path.join(import.meta.dirname, 'forms', `${id}.json`);
  return formFile.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export type FieldAccess = 'editable' | 'readonly' | 'hidden';

/** How each field shows at a step (a field is read-only unless the step lists it). */
export function fieldAccessAt(form: StepForm, step: string): Record<string, FieldAccess> {
  const perms = form.steps[step] ?? form.steps['*'] ?? { editable: [], hidden: [] };
  const has = (list: string[], key: string) => list.includes('*') || list.includes(key);
  return Object.fromEntries(
    form.fields.map((f) => [f.key, has(perms.hidden, f.key) ? 'hidden' : has(perms.editable, f.key) ? 'editable' : 'readonly'] as const),
  );
}

/** Field access for someone holding several steps at once: editable at any of them is editable. */
export function fieldAccessAtSteps(form: StepForm, steps: readonly string[]): Record<string, FieldAccess> {
  const all = steps.map((s) => fieldAccessAt(form, s));
  return Object.fromEntries(
    form.fields.map((f) => {
      const seen = all.map((a) => a[f.key]);
      return [f.key, seen.includes('editable') ? 'editable' : seen.length && seen.every((x) => x === 'hidden') ? 'hidden' : 'readonly'] as const;
    }),
  );
}

/** Refuses (403) a change to any field not editable at the steps the caller holds. */
export function requireEditable(form: StepForm, steps: readonly string[], fields: readonly string[]): void {
  if (!steps.length) {
    throw forbidden('documents.no_open_step', text('您在此公文上没有待办环节，不能修改', 'You hold no open step of this document and cannot change it'));
  }
  const access = fieldAccessAtSteps(form, steps);
  const refused = fields.filter((f) => access[f] !== 'editable');
  if (refused.length) {
    const labels = refused.map((f) => form.fields.find((x) => x.key === f)?.label['zh-CN'] ?? f);
    throw forbidden(
      'documents.field_not_editable',
      text(`此环节不能修改：${labels.join('、')}`, `These fields cannot be changed at this step: ${refused.join(', ')}`),
      { fields: refused, steps },
    );
  }
}
