import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@/forms/formSchema.ts';
import { accessAtStep, startAccess, hasEditableFields } from '@/forms/fieldAccess.ts';
import { initialValues, submissionOf } from '@/forms/formValues.ts';
import { fieldProblem } from '@/forms/formValidation.ts';

const form: FormDefinition = {
  id: 'test.form',
  title: { 'zh-CN': '测试', en: 'Test' },
  fields: [
    { key: 'title', type: 'text', label: { 'zh-CN': '标题', en: 'Title' }, required: true },
    { key: 'kind', type: 'select', label: { 'zh-CN': '类别', en: 'Kind' }, options: [{ value: 'a', label: { 'zh-CN': '甲', en: 'A' } }], default: 'a' },
    { key: 'reviewers', type: 'users', label: { 'zh-CN': '审核人', en: 'Reviewers' }, maxFiles: 2 },
    { key: 'leader', type: 'users', label: { 'zh-CN': '领导', en: 'Leader' }, multiple: false },
    { key: 'note', type: 'textarea', label: { 'zh-CN': '备注', en: 'Note' } },
    { key: 'files', type: 'files', label: { 'zh-CN': '附件', en: 'Files' } },
  ],
  steps: {
    start: { editable: ['*'], hidden: ['note'] },
    review: { editable: ['note'] },
    '*': { hidden: ['reviewers'] },
  },
};

describe('field access of a step, as the server reads the form', () => {
  it('applies "*" to every field and lets hidden win over editable', () => {
    expect(accessAtStep(form, 'start')).toEqual({
      title: 'editable',
      kind: 'editable',
      reviewers: 'editable',
      leader: 'editable',
      note: 'hidden',
      files: 'editable',
    });
  });

  it('makes unlisted fields read-only, and uses "*" for steps without an entry of their own', () => {
    expect(accessAtStep(form, 'review')).toMatchObject({ title: 'readonly', note: 'editable', reviewers: 'readonly' });
    expect(accessAtStep(form, 'archive')).toMatchObject({ title: 'readonly', reviewers: 'hidden' });
  });

  it('reads the start form at the "start" step', () => {
    expect(startAccess(form).title).toBe('editable');
    expect(hasEditableFields(form, accessAtStep(form, 'archive'))).toBe(false);
  });
});

describe('what is sent when a step is done', () => {
  it('sends only the editable fields, normalized for the server', () => {
    // given the start step and a form touched only in the title
    const values = { ...initialValues(form), title: '请示' };
    // when the submission is built
    const sent = submissionOf(form, startAccess(form), values);
    // then the hidden field is left out, empty single choices become null, lists stay lists
    expect(sent).toEqual({ title: '请示', kind: 'a', reviewers: [], leader: null, files: [] });
  });

  it('never sends read-only fields', () => {
    expect(submissionOf(form, accessAtStep(form, 'review'), { title: '改了也不发', note: '意见' })).toEqual({ note: '意见' });
  });
});

describe('the checks of a field', () => {
  const [title, kind, reviewers] = form.fields;
  it('names what is missing and what is too many', () => {
    expect(fieldProblem(title!, '  ', '标题')).toEqual({ key: 'required', params: { label: '标题' } });
    expect(fieldProblem(kind!, 'b', '类别')).toEqual({ key: 'badOption', params: { label: '类别' } });
    expect(fieldProblem(reviewers!, ['u1', 'u2', 'u3'], '审核人')).toEqual({ key: 'tooMany', params: { label: '审核人', max: 2 } });
    expect(fieldProblem(kind!, null, '类别')).toBeNull();
  });
});
