import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, http, onSignedOut } from '@/api/client.ts';
import { applyLocale } from '@/i18n/i18n.ts';
import { errorResponse, jsonResponse } from './jsonResponse.ts';

type FetchMock = ReturnType<typeof vi.fn<typeof fetch>>;

function stubFetch(answer: () => Response): FetchMock {
  const mock = vi.fn<typeof fetch>(async () => answer());
  vi.stubGlobal('fetch', mock);
  return mock;
}

function sentHeaders(mock: FetchMock): Record<string, string> {
  const init = mock.mock.calls[0]?.[1];
  return (init?.headers ?? {}) as Record<string, string>;
}

describe('the request client', () => {
  beforeEach(() => {
    document.cookie = 'kunlun_csrf=csrf-token-123; path=/';
    applyLocale('zh-CN');
  });
  afterEach(() => {
    document.cookie = 'kunlun_csrf=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
    onSignedOut(undefined);
  });

  it('sends the CSRF cookie as X-CSRF-Token on a POST, with JSON and the session cookie', async () => {
    // given a server that accepts the request
    const fetchMock = stubFetch(() => jsonResponse(200, { ok: true }));
    // when the client posts
    const answer = await http.post<{ ok: boolean }>('/api/auth/logout', { reason: 'done' });
    // then the double-submit header, JSON body and same-origin credentials went along
    expect(answer).toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/auth/logout');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe(JSON.stringify({ reason: 'done' }));
    expect(sentHeaders(fetchMock)['X-CSRF-Token']).toBe('csrf-token-123');
    expect(sentHeaders(fetchMock)['Content-Type']).toBe('application/json');
  });

  it('sends no CSRF header on a GET, and the interface language as Accept-Language', async () => {
    // given the interface in English
    applyLocale('en');
    const fetchMock = stubFetch(() => jsonResponse(200, { items: [], total: 0, page: 1, pageSize: 20 }));
    // when the client reads a list with a query
    await http.get('/api/org/units', { roots: true, parentId: undefined, page: 2 });
    // then the query skips empty values, the header carries the language, and no CSRF token is sent
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/org/units?roots=true&page=2');
    expect(sentHeaders(fetchMock)['Accept-Language']).toMatch(/^en/);
    expect(sentHeaders(fetchMock)).not.toHaveProperty('X-CSRF-Token');
  });

  it('throws an ApiError carrying the status, code, server message and details', async () => {
    // given a server that refuses the change
    stubFetch(() => errorResponse(422, 'weak_password', '密码不符合要求：密码至少 8 位', { problems: ['密码至少 8 位'] }));
    // when the client posts
    const failure = await http.post('/api/me/password', { currentPassword: 'a', newPassword: 'b' }).catch((err: unknown) => err);
    // then the error says what the server said
    expect(failure).toBeInstanceOf(ApiError);
    const error = failure as ApiError;
    expect(error.status).toBe(422);
    expect(error.code).toBe('weak_password');
    expect(error.message).toBe('密码不符合要求：密码至少 8 位');
    expect(error.details).toEqual({ problems: ['密码至少 8 位'] });
  });

  it('reports an unreachable server as an ApiError in the interface language', async () => {
    // given a network that fails
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    // when the client asks
    const failure = await http.get('/api/me').catch((err: unknown) => err);
    // then the error is ours, in Chinese
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(0);
    expect((failure as ApiError).message).toBe('无法连接服务器，请检查网络后重试');
  });

  it('tells the signed-out listener when the session expired', async () => {
    // given a listener and a server whose session ended
    const listener = vi.fn();
    onSignedOut(listener);
    stubFetch(() => errorResponse(401, 'session_expired', '会话已超时，请重新登录'));
    // when the client asks
    const failure = await http.get('/api/org/units').catch((err: unknown) => err);
    // then the listener heard it, with the error the caller also gets
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]![0]).toBe(failure);
    expect((failure as ApiError).code).toBe('session_expired');
  });

  it('does not sign out on a failed sign-in (401 invalid_credentials)', async () => {
    // given a listener and a refused sign-in
    const listener = vi.fn();
    onSignedOut(listener);
    stubFetch(() => errorResponse(401, 'invalid_credentials', '用户名或密码错误'));
    // when the client signs in
    const failure = await http.post('/api/auth/login', { username: 'x', password: 'y' }).catch((err: unknown) => err);
    // then only the caller hears about it
    expect((failure as ApiError).message).toBe('用户名或密码错误');
    expect(listener).not.toHaveBeenCalled();
  });
});
