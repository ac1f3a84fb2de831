import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import SignInForm from '@/components/auth/SignInForm.vue';
import { applyLocale, i18n } from '@/i18n/i18n.ts';
import type { Me } from '@/api/auth.api.ts';
import { errorResponse, jsonResponse } from './jsonResponse.ts';

const me: Me = {
  user: { id: 'u1', username: 'hb_head', displayName: '李海北', accountKind: 'regular', mustChangePassword: false },
  actingUnit: { id: 'unit-1', code: '632200000000', name: '海北州政府办公室', shortName: '州政府办' },
  posts: [],
  roles: [],
  permissions: ['org.directory.read'],
};

function mountForm(): VueWrapper {
  const pinia = createPinia();
  setActivePinia(pinia);
  return mount(SignInForm, { global: { plugins: [pinia, i18n] }, attachTo: document.body });
}

async function fill(wrapper: VueWrapper, username: string, password: string): Promise<void> {
  await wrapper.find('input[name="username"]').setValue(username);
  await wrapper.find('input[name="password"]').setValue(password);
}

const errorTexts = (wrapper: VueWrapper) => wrapper.findAll('.el-form-item__error').map((e) => e.text());

describe('the sign-in form', () => {
  let wrapper: VueWrapper | undefined;
  beforeEach(() => applyLocale('zh-CN'));
  afterEach(() => {
    wrapper?.unmount();
    wrapper = undefined;
  });

  it('asks in Chinese for the username and password when both are empty, without calling the server', async () => {
    // given an empty form and a server that must not be asked
    const fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    wrapper = mountForm();
    // when it is submitted
    await wrapper.find('form').trigger('submit');
    // then both fields say what is missing, in Chinese
    await vi.waitFor(() => expect(errorTexts(wrapper!)).toEqual(['请输入用户名', '请输入密码']), { timeout: 2000 });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('treats a username of blanks as missing', async () => {
    // given a username of spaces
    vi.stubGlobal('fetch', vi.fn<typeof fetch>());
    wrapper = mountForm();
    await fill(wrapper, '   ', 'Kunlun@2026');
    // when the form is submitted
    await wrapper.find('form').trigger('submit');
    // then the username is asked for
    await vi.waitFor(() => expect(errorTexts(wrapper!)).toEqual(['请输入用户名']), { timeout: 2000 });
  });

  it("shows the server's message when the sign-in is refused, and clears the password", async () => {
    // given a server that refuses the credentials
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(async () => errorResponse(401, 'invalid_credentials', '用户名或密码错误')),
    );
    wrapper = mountForm();
    await fill(wrapper, 'hb_head', 'wrong-password');
    // when the form is submitted
    await wrapper.find('form').trigger('submit');
    // then the message appears and the password field is empty again
    await vi.waitFor(() => expect(wrapper!.find('[data-test="sign-in-error"]').text()).toContain('用户名或密码错误'), { timeout: 2000 });
    expect((wrapper.find('input[name="password"]').element as HTMLInputElement).value).toBe('');
    expect(wrapper.emitted('signed-in')).toBeUndefined();
  });

  it('shows until when a locked account stays locked', async () => {
    // given a locked account
    const message = '登录失败次数过多，账号已锁定至 2026/5/1 10:30:00';
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(async () => errorResponse(401, 'account_locked', message, { lockedUntil: '2026-05-01T02:30:00.000Z' })),
    );
    wrapper = mountForm();
    await fill(wrapper, 'hb_head', 'Kunlun@2026');
    // when the form is submitted
    await wrapper.find('form').trigger('submit');
    // then the server's words are shown
    await vi.waitFor(() => expect(wrapper!.find('[data-test="sign-in-error"]').text()).toContain('账号已锁定至 2026/5/1 10:30:00'), { timeout: 2000 });
  });

  it('disables the button while signing in, then reports who signed in', async () => {
    // given a server that answers only when told to
    let answer: (response: Response) => void = () => {};
    const fetchMock = vi.fn<typeof fetch>(() => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal('fetch', fetchMock);
    wrapper = mountForm();
    await fill(wrapper, ' hb_head ', 'Kunlun@2026');
    // when the form is submitted
    await wrapper.find('form').trigger('submit');
    // then the button is disabled while the server thinks
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1), { timeout: 2000 });
    await flushPromises();
    expect(wrapper.find('button[type="submit"]').attributes('disabled')).toBeDefined();
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]?.body))).toEqual({ username: 'hb_head', password: 'Kunlun@2026' });
    // and when the server accepts, the form reports the signed-in person
    answer(jsonResponse(200, me));
    await vi.waitFor(() => expect(wrapper!.emitted('signed-in')).toEqual([[me]]), { timeout: 2000 });
    expect(wrapper.find('button[type="submit"]').attributes('disabled')).toBeUndefined();
  });
});
