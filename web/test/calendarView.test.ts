import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import CalendarView from '@/views/admin/CalendarView.vue';
import { applyLocale, i18n } from '@/i18n/i18n.ts';
import { jsonResponse } from './jsonResponse.ts';

/** The page opens on the current year; what the server answers for it is shown as it is. */
const year = new Date().getFullYear();
const listed = [
  { day: `${year}-10-01`, kind: 'holiday', name: '国庆节' },
  { day: `${year}-10-02`, kind: 'holiday', name: '国庆节' },
];

let wrapper: VueWrapper | undefined;

describe('the working calendar page (工作日历)', () => {
  beforeEach(() => applyLocale('zh-CN'));
  afterEach(() => {
    wrapper?.unmount();
    wrapper = undefined;
  });

  it('shows the listed days of the year in the list and the month grid, and saves the year without a removed day', async () => {
    const fetchMock = vi.fn<typeof fetch>(async (url, init) => {
      if (init?.method === 'PUT') return jsonResponse(200, { year, items: JSON.parse(String(init.body)).days });
      return jsonResponse(200, { year, items: listed });
    });
    vi.stubGlobal('fetch', fetchMock);
    const pinia = createPinia();
    setActivePinia(pinia);
    wrapper = mount(CalendarView, { global: { plugins: [pinia, i18n] }, attachTo: document.body });
    await flushPromises();

    expect(String(fetchMock.mock.calls[0]![0])).toContain(`/api/calendar/days?year=${year}`);
    expect(wrapper.find('[data-test="calendar-days"]').text()).toContain('国庆节');
    expect(wrapper.find(`[data-test="calendar-months"] [data-day="${listed[0]!.day}"]`).classes()).toContain('calendar-admin__cell--holiday');
    expect(wrapper.find('[data-test="calendar-save"]').attributes('disabled')).toBeDefined();

    await wrapper.find(`[data-test="calendar-days"] button[data-day="${listed[0]!.day}"]`).trigger('click');
    expect(wrapper.text()).toContain('有未保存的修改');
    await wrapper.find('[data-test="calendar-save"]').trigger('click');
    await flushPromises();

    const [url, init] = fetchMock.mock.calls.at(-1)!;
    expect(String(url)).toContain(`/api/calendar/years/${year}`);
    expect(JSON.parse(String(init!.body))).toEqual({ days: listed.slice(1) });
    expect(wrapper.text()).not.toContain('有未保存的修改');
  });
});
