import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent } from 'vue';
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { http, onSignedOut } from '@/api/client.ts';
import { CSRF_COOKIE } from '@/api/csrfCookie.ts';
import { installAccessGuard } from '@/router/accessGuard.ts';
import { installSignedOutRedirect } from '@/router/signedOutRedirect.ts';
import { useAuthStore } from '@/stores/auth.ts';
import type { Me } from '@/api/auth.api.ts';
import { errorResponse, jsonResponse } from './jsonResponse.ts';

const Page = defineComponent({ render: () => null });

const me: Me = {
  user: { id: 'u1', username: 'hb_head', displayName: '李海北', accountKind: 'regular', mustChangePassword: false },
  actingUnit: null,
  posts: [],
  roles: [],
  permissions: ['org.directory.read'],
};

function makeRouter(): Router {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', name: 'login', component: Page, meta: { public: true } },
      { path: '/', component: Page },
      { path: '/directory', component: Page, meta: { permission: 'org.directory.read' } },
      { path: '/admin/org', component: Page, meta: { permission: 'org.unit.manage' } },
      { path: '/forbidden', name: 'forbidden', component: Page },
    ],
  });
  installAccessGuard(router);
  installSignedOutRedirect(router);
  return router;
}

/** The readable cookie the server sets beside the session at sign-in (expired: none). */
function sessionCookie(present: boolean): void {
  document.cookie = present ? `${CSRF_COOKIE}=t0ken; path=/` : `${CSRF_COOKIE}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
}

describe('signing out and the router', () => {
  afterEach(() => {
    onSignedOut(undefined);
    sessionCookie(false);
  });

  it('sends a visitor whose session the server no longer knows to the sign-in page, keeping where they wanted to go', async () => {
    // given a browser still holding a session's cookie, and a server that knows no session
    sessionCookie(true);
    setActivePinia(createPinia());
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(async () => errorResponse(401, 'unauthenticated', '请先登录')),
    );
    const router = makeRouter();
    // when the visitor opens the directory
    await router.push('/directory?q=1');
    // then the sign-in page opens with the redirect, and /api/me was asked once
    expect(router.currentRoute.value.name).toBe('login');
    expect(router.currentRoute.value.query.redirect).toBe('/directory?q=1');
    await router.push('/');
    expect(vi.mocked(fetch)).toHaveBeenCalledTimes(1);
  });

  it('opens the sign-in page for a visitor who never signed in without asking the server (no 401 in the console)', async () => {
    // given a browser without a session's cookie
    setActivePinia(createPinia());
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(async () => jsonResponse(200, me)),
    );
    const router = makeRouter();
    // when the visitor opens the directory
    await router.push('/directory');
    // then the sign-in page opens with the redirect, and nothing was asked
    expect(router.currentRoute.value.name).toBe('login');
    expect(router.currentRoute.value.query.redirect).toBe('/directory');
    expect(vi.mocked(fetch)).not.toHaveBeenCalled();
  });

  it('opens the sign-in page with the current route when the session expires while working', async () => {
    // given a signed-in person on the directory page
    sessionCookie(true);
    setActivePinia(createPinia());
    const fetchMock = vi.fn<typeof fetch>(async () => jsonResponse(200, me));
    vi.stubGlobal('fetch', fetchMock);
    const router = makeRouter();
    await router.push('/directory');
    expect(router.currentRoute.value.fullPath).toBe('/directory');
    // when the server says the session expired
    fetchMock.mockImplementation(async () => errorResponse(401, 'session_expired', '会话已超时，请重新登录'));
    await http.get('/api/org/units').catch(() => undefined);
    // then the sign-in page opens with the way back and the server's reason
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'), { timeout: 2000 });
    expect(router.currentRoute.value.query.redirect).toBe('/directory');
    expect(useAuthStore().notice).toBe('会话已超时，请重新登录');
    expect(useAuthStore().signedIn).toBe(false);
  });

  it('refuses a page whose permission the person lacks', async () => {
    // given a signed-in person without org.unit.manage
    sessionCookie(true);
    setActivePinia(createPinia());
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(async () => jsonResponse(200, me)),
    );
    const router = makeRouter();
    // when they open the organization administration
    await router.push('/admin/org');
    // then they see the forbidden page
    expect(router.currentRoute.value.name).toBe('forbidden');
  });
});
