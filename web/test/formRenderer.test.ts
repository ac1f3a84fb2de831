import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import FormRenderer from '@/components/form/FormRenderer.vue';
import { applyLocale, i18n } from '@/i18n/i18n.ts';
import type { FieldAccessMap, FormDefinition, FormValues } from '@/forms/formSchema.ts';
import { initialValues, submissionOf } from '@/forms/formValues.ts';
import { jsonResponse } from './jsonResponse.ts';

/** A 签报-like form with a field of every kind the renderer must treat differently. */
const form: FormDefinition = {
  id: 'general.approval',
  title: { 'zh-CN': '签报', en: 'Request' },
  fields: [
    { key: 'title', type: 'text', label: { 'zh-CN': '标题', en: 'Title' }, required: true, maxLength: 10 },
    { key: 'content', type: 'textarea', label: { 'zh-CN': '正文', en: 'Content' }, required: true },
    {
      key: 'urgency',
      type: 'select',
      label: { 'zh-CN': '紧急程度', en: 'Urgency' },
      required: true,
      options: [
        { value: 'normal', label: { 'zh-CN': '普通', en: 'Normal' } },
        { value: 'urgent', label: { 'zh-CN': '加急', en: 'Urgent' } },
      ],
    },
    { key: 'amount', type: 'number', label: { 'zh-CN': '金额', en: 'Amount' }, min: 1, max: 100 },
    { key: 'remark', type: 'text', label: { 'zh-CN': '内部备注', en: 'Internal remark' } },
    { key: 'attachments', type: 'files', label: { 'zh-CN': '附件', en: 'Attachments' }, maxFiles: 5 },
  ],
  steps: {},
};

interface Exposed {
  validate(): Promise<boolean>;
}

let wrapper: VueWrapper | undefined;

function render(access: FieldAccessMap, values: FormValues): VueWrapper {
  const pinia = createPinia();
  setActivePinia(pinia);
  const mounted: VueWrapper = mount(FormRenderer, {
    props: { form, access, modelValue: values, 'onUpdate:modelValue': (next: FormValues) => mounted.setProps({ modelValue: next }) },
    global: { plugins: [pinia, i18n] },
    attachTo: document.body,
  });
  wrapper = mounted;
  return mounted;
}

const item = (w: VueWrapper, key: string) => w.find(`[data-field="${key}"]`);
const errorOf = (w: VueWrapper, key: string) => item(w, key).find('.el-form-item__error');
const errorTexts = (w: VueWrapper) => w.findAll('.el-form-item__error').map((e) => e.text());
const validate = (w: VueWrapper) => (w.vm as unknown as Exposed).validate();

describe('the form renderer', () => {
  beforeEach(() => applyLocale('zh-CN'));
  afterEach(() => {
    wrapper?.unmount();
    wrapper = undefined;
  });

  it('shows each field as the step allows: inputs where editable, plain values where read-only, nothing where hidden', async () => {
    // given a step where the title and urgency are editable, the content read-only and the remark hidden
    const w = render(
      { title: 'editable', content: 'readonly', urgency: 'editable', amount: 'readonly', remark: 'hidden', attachments: 'editable' },
      initialValues(form, { title: '关于购置档案柜的请示', content: '拟购置 4 组。', urgency: 'urgent' }),
    );
    await flushPromises();
    // then the title is an input holding its value
    expect((item(w, 'title').find('input[name="title"]').element as HTMLInputElement).value).toBe('关于购置档案柜的请示');
    expect(item(w, 'title').attributes('data-access')).toBe('editable');
    // and the content is text without an input
    expect(item(w, 'content').attributes('data-access')).toBe('readonly');
    expect(item(w, 'content').find('textarea').exists()).toBe(false);
    expect(item(w, 'content').text()).toContain('拟购置 4 组。');
    // and an empty read-only field says so
    expect(item(w, 'amount').text()).toContain('未填写');
    // and the hidden remark is not on the page at all
    expect(item(w, 'remark').exists()).toBe(false);
    expect(w.text()).not.toContain('内部备注');
    // and the editable files field offers an upload
    expect(item(w, 'attachments').find('input[type="file"][name="attachments"]').exists()).toBe(true);
    // and the labels are Chinese
    expect(item(w, 'urgency').find('label').text()).toBe('紧急程度');
  });

  it('shows a read-only choice by its label, not its value', async () => {
    const w = render({ urgency: 'readonly' }, { urgency: 'urgent' });
    await flushPromises();
    expect(item(w, 'urgency').text()).toContain('加急');
    expect(item(w, 'urgency').text()).not.toContain('urgent');
  });

  it('asks in Chinese for every required editable field that is empty, and for none that is read-only', async () => {
    // given an empty form where the content is read-only (and empty)
    const w = render({ title: 'editable', content: 'readonly', urgency: 'editable', amount: 'editable', remark: 'editable' }, initialValues(form));
    // when it is checked
    const ok = await validate(w);
    await flushPromises();
    // then it is refused with a message under each required editable field
    expect(ok).toBe(false);
    await vi.waitFor(() => expect(errorTexts(w)).toHaveLength(2), { timeout: 2000 });
    expect(errorOf(w, 'title').text()).toBe('请填写“标题”');
    expect(errorOf(w, 'urgency').text()).toBe('请选择“紧急程度”');
    expect(errorOf(w, 'content').exists()).toBe(false);
    expect(errorOf(w, 'remark').exists()).toBe(false);
  });

  it('checks the length with the limit in the message', async () => {
    // given a title over its 10 characters (as pasted or kept from an older version of the form)
    const w = render({ title: 'editable', urgency: 'editable' }, { title: '一二三四五六七八九十十一', urgency: 'normal' });
    // when the form is checked
    const ok = await validate(w);
    // then the limit is named, and the complete urgency is accepted
    expect(ok).toBe(false);
    await vi.waitFor(() => expect(errorOf(w, 'title').text()).toBe('“标题”不能超过 10 字'), { timeout: 2000 });
    expect(errorOf(w, 'urgency').exists()).toBe(false);
  });

  it('keeps numbers within their range while typing', async () => {
    // given an amount field from 1 to 100
    const w = render({ amount: 'editable' }, { amount: null });
    // when 500 is typed
    const input = item(w, 'amount').find('input');
    await input.setValue('500');
    await input.trigger('blur');
    // then the amount reported is the maximum
    await vi.waitFor(() => expect((w.emitted('update:modelValue') as FormValues[][]).at(-1)?.[0]).toEqual({ amount: 100 }), { timeout: 2000 });
  });

  it('accepts a correctly filled form, and reports what is typed', async () => {
    // given a complete form
    const w = render({ title: 'editable', urgency: 'editable', amount: 'editable' }, { title: '请示', urgency: 'normal', amount: 5 });
    // when the title is changed
    await item(w, 'title').find('input').setValue('关于请示');
    // then the new values are reported and the form is acceptable
    const emitted = w.emitted('update:modelValue') as FormValues[][];
    expect(emitted.at(-1)?.[0]).toMatchObject({ title: '关于请示', urgency: 'normal', amount: 5 });
    expect(await validate(w)).toBe(true);
    expect(errorTexts(w)).toEqual([]);
  });

  it('speaks English when the interface does', async () => {
    applyLocale('en');
    const w = render({ title: 'editable', urgency: 'editable' }, initialValues(form));
    await validate(w);
    await vi.waitFor(() => expect(errorTexts(w)).toHaveLength(2), { timeout: 2000 });
    expect(errorOf(w, 'title').text()).toBe('Please fill in "Title"');
    expect(errorOf(w, 'urgency').text()).toBe('Please choose "Urgency"');
  });
});

describe('a field of several units', () => {
  const units: FormDefinition = {
    id: 'documents.incoming',
    title: { 'zh-CN': '收文处理笺', en: 'Incoming sheet' },
    fields: [{ key: 'assistUnits', type: 'unit', multiple: true, maxFiles: 2, label: { 'zh-CN': '协办单位', en: 'Assisting departments' } }],
    steps: {},
  };
  const names: Record<string, string> = { u1: '海北州教育局', u2: '门源县政府办公室' };

  beforeEach(() => {
    applyLocale('zh-CN');
    // given a server that names units by id
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(async (url) => jsonResponse(200, { id: String(url).split('/').pop(), name: names[String(url).split('/').pop()!] })),
    );
  });
  afterEach(() => {
    wrapper?.unmount();
    wrapper = undefined;
  });

  function mountUnits(access: FieldAccessMap, values: FormValues): VueWrapper {
    const pinia = createPinia();
    setActivePinia(pinia);
    const mounted: VueWrapper = mount(FormRenderer, {
      props: { form: units, access, modelValue: values, 'onUpdate:modelValue': (next: FormValues) => mounted.setProps({ modelValue: next }) },
      global: { plugins: [pinia, i18n] },
      attachTo: document.body,
    });
    wrapper = mounted;
    return mounted;
  }

  it('lists the units by name, lets one be taken off, and is sent as a list; adding stops at its maximum', async () => {
    // given two assisting units, editable
    const w = mountUnits({ assistUnits: 'editable' }, initialValues(units, { assistUnits: ['u1', 'u2'] }));
    await vi.waitFor(() => expect(item(w, 'assistUnits').text()).toContain('门源县政府办公室'));
    expect(item(w, 'assistUnits').text()).toContain('海北州教育局');
    // then no more can be added (the maximum is 2)
    expect(item(w, 'assistUnits').find('[data-test="units-add"]').attributes('disabled')).toBeDefined();
    // when one is taken off
    await item(w, 'assistUnits').find('[data-unit="u1"] .el-tag__close').trigger('click');
    // then the form holds the other, and sends it as a list
    const last = (w.emitted('update:modelValue') as FormValues[][]).at(-1)![0]!;
    expect(last).toEqual({ assistUnits: ['u2'] });
    expect(submissionOf(units, { assistUnits: 'editable' }, last)).toEqual({ assistUnits: ['u2'] });
    expect(submissionOf(units, { assistUnits: 'editable' }, { assistUnits: null })).toEqual({ assistUnits: [] });
  });

  it('shows them read-only as names', async () => {
    const w = mountUnits({ assistUnits: 'readonly' }, { assistUnits: ['u1', 'u2'] });
    await vi.waitFor(() => expect(item(w, 'assistUnits').find('[data-value-of="assistUnits"]').text()).toBe('海北州教育局、门源县政府办公室'));
  });
});
