import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import AssigneeRuleBuilder from '@/components/designer/AssigneeRuleBuilder.vue';
import { applyLocale, i18n } from '@/i18n/i18n.ts';
import { installDesignerMessages } from '@/locales/designerMessages.ts';
import { jsonResponse } from './jsonResponse.ts';

const POST_TYPES = [
  { code: 'dept_head', nameZh: '部门负责人', nameEn: 'Head of department', isLeader: true },
  { code: 'office_director', nameZh: '办公室主任', nameEn: 'Office director', isLeader: true },
];

let wrapper: VueWrapper | undefined;
let written: (string | undefined)[] = [];

function render(modelValue: string | undefined): VueWrapper {
  const pinia = createPinia();
  setActivePinia(pinia);
  written = [];
  const mounted: VueWrapper = mount(AssigneeRuleBuilder, {
    props: {
      field: 'assignee',
      modelValue,
      'onUpdate:modelValue': (next: string | undefined) => {
        written.push(next);
        void mounted.setProps({ modelValue: next });
      },
    },
    global: { plugins: [pinia, i18n] },
    attachTo: document.body,
  });
  wrapper = mounted;
  return mounted;
}

describe('the assignee rule builder', () => {
  beforeEach(() => {
    installDesignerMessages();
    applyLocale('zh-CN');
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(async () => jsonResponse(200, POST_TYPES)),
    );
  });
  afterEach(() => {
    wrapper?.unmount();
    wrapper = undefined;
  });

  it('given a rule of the vocabulary, then it shows one row per item and the rule it writes', async () => {
    const w = render('[post("dept_head", initiator.unit), "hb_head"]');
    await flushPromises();
    expect(w.findAll('[data-test="rule-item"]').map((i) => i.attributes('data-kind'))).toEqual(['post', 'user']);
    expect(w.find('[data-test="rule-preview"]').text()).toBe('[post("dept_head", initiator.unit), "hb_head"]');
    expect(w.text()).toContain('发起人所在单位');
  });

  it('when an item is removed, then the rule is written without it; when the last goes, the attribute is unset', async () => {
    const w = render('[post("dept_head", initiator.unit), "hb_head"]');
    await flushPromises();
    await w.findAll('[data-action="remove-rule-item"]')[1]!.trigger('click');
    expect(written.at(-1)).toBe('post("dept_head", initiator.unit)');
    await w.find('[data-action="remove-rule-item"]').trigger('click');
    expect(written.at(-1)).toBeUndefined();
    expect(w.text()).toContain('尚未指定办理人');
  });

  it('when an item is added, then it stays on screen but is not written until it is complete', async () => {
    const w = render('initiator');
    await flushPromises();
    await w.find('[data-action="add-rule-item"]').trigger('click');
    expect(w.findAll('[data-test="rule-item"]')).toHaveLength(2);
    expect(written.at(-1)).toBe('initiator');
    expect(w.text()).toContain('尚未填完的规则暂不生效');
  });

  it('given FEEL it cannot show as items, then it opens in the FEEL mode and reports syntax errors', async () => {
    const w = render('if amount > 10000 then principalLeader(initiator.unit) else leaderInCharge(initiator.unit)');
    await flushPromises();
    const textarea = w.find('textarea[name="assignee-feel"]');
    expect((textarea.element as HTMLTextAreaElement).value).toContain('if amount > 10000');
    await textarea.setValue('post("dept_head", ');
    expect(w.text()).toContain('表达式有语法错误');
    expect(written.at(-1)).toBe('post("dept_head",');
    expect(w.text()).toContain('表达式有语法错误');
  });
});
