import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../../src/modules/manifest.ts';
import { formSchema } from '../../src/engine/forms/formSchema.ts';
import { acceptSubmission } from '../../src/engine/forms/formSubmission.ts';
import type { ApiError } from '../../src/http/apiError.ts';

const base = { name: 'documents', title: { 'zh-CN': '公文', en: 'Documents' }, version: '1.0.0' };

describe('a module’s declared processes', () => {
  it('are keys, or keys a module alone may start (not from the process catalogue)', () => {
    // given a manifest with one plain process and one started by the module only
    const parsed = manifestSchema.parse({ ...base, processes: ['documents.notice', { key: 'documents.outgoing', startableFromCatalogue: false }] });
    // then the keys read as before, and how each may be started is declared beside them
    expect(parsed.processes).toEqual(['documents.notice', 'documents.outgoing']);
    expect(parsed.processDeclarations).toEqual([
      { key: 'documents.notice', startableFromCatalogue: true },
      { key: 'documents.outgoing', startableFromCatalogue: false },
    ]);
  });

  it('refuses a process outside the module’s namespace, declared twice, or with an unknown flag', () => {
    const problems = (processes: unknown[]) => manifestSchema.safeParse({ ...base, processes }).error?.issues.map((i) => i.message) ?? [];
    expect(problems([{ key: 'general.approval', startableFromCatalogue: false }])).toEqual(['"general.approval" must start with "documents."']);
    expect(problems(['documents.outgoing', { key: 'documents.outgoing' }])).toEqual(['"documents.outgoing" is declared twice']);
    expect(problems([{ key: 'documents.outgoing', hidden: true }])).not.toEqual([]);
  });
});

describe('a form field holding several units', () => {
  const form = formSchema.parse({
    id: 'documents.incoming',
    title: { 'zh-CN': '收文处理笺', en: 'Incoming sheet' },
    fields: [{ key: 'assistUnits', type: 'unit', multiple: true, maxFiles: 2, label: { 'zh-CN': '协办单位', en: 'Assisting' } }],
    steps: { propose: { editable: ['assistUnits'] } },
  });
  const a = '0b6f2f4e-0d5e-4c41-9d4f-1f6b2d0f6a01';
  const b = '0b6f2f4e-0d5e-4c41-9d4f-1f6b2d0f6a02';

  const problemOf = (value: unknown) => {
    try {
      acceptSubmission(form, 'propose', { assistUnits: value }, {});
      return null;
    } catch (err) {
      return ((err as ApiError).details.issues as { message: string }[])[0]!.message;
    }
  };

  it('takes a list of units (each once), refuses anything else or more than its maximum', () => {
    expect(acceptSubmission(form, 'propose', { assistUnits: [a, b, a] }, {})).toEqual({ assistUnits: [a, b] });
    expect(problemOf(a)).toBe('“协办单位”应为机构列表');
    expect(problemOf([a, b, '0b6f2f4e-0d5e-4c41-9d4f-1f6b2d0f6a03'])).toBe('“协办单位”最多 2 个');
  });

  it('is declared only on fields that can hold several values', () => {
    const text = formSchema.safeParse({
      id: 'documents.x',
      title: { 'zh-CN': '甲', en: 'A' },
      fields: [{ key: 'title', type: 'text', multiple: true, label: { 'zh-CN': '标题', en: 'Title' } }],
      steps: {},
    });
    expect(text.error?.issues[0]?.message).toContain('a text field ("title") holds one value');
  });
});
