import { ApiError, isApiErrorBody } from './apiError.ts';
import { CSRF_HEADER, readCsrfToken } from './csrfCookie.ts';
import { currentLocale, i18n } from '@/i18n/i18n.ts';

export { ApiError } from './apiError.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** JSON, or a FormData for a multipart upload. */
  body?: unknown;
  signal?: AbortSignal;
  /** Read the answer as text (e.g. BPMN XML) instead of JSON. */
  responseType?: 'json' | 'text';
}

type SignedOutListener = (error: ApiError) => void;

const UNSAFE_METHODS: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const ACCEPT_LANGUAGE = { 'zh-CN': 'zh-CN,zh;q=0.9', en: 'en,zh-CN;q=0.5' } as const;

let signedOutListener: SignedOutListener | undefined;

/** Who hears that the server no longer knows this session (401 unauthenticated / session_expired). */
export function onSignedOut(listener: SignedOutListener | undefined): void {
  signedOutListener = listener;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function readBody(response: Response, responseType: 'json' | 'text'): Promise<unknown> {
  if (response.status === 204) return undefined;
  if (responseType === 'text' && response.ok) return response.text();
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function errorOf(response: Response, body: unknown): ApiError {
  if (isApiErrorBody(body)) {
    const { code, message, details } = body.error;
    return new ApiError(response.status, code, message, details ?? {});
  }
  return new ApiError(response.status, `http_${response.status}`, i18n.global.t('errors.server', { status: response.status }));
}

/**
 * The one way the web desktop talks to the server: JSON in and out, the session cookie, the CSRF
 * double-submit header on unsafe methods and the interface language. Failures throw ApiError.
 */
export async function request<T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: options.responseType === 'json' || options.responseType === undefined ? 'application/json' : '*/*',
    'Accept-Language': ACCEPT_LANGUAGE[currentLocale()],
  };
  const multipart = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (UNSAFE_METHODS.has(method)) {
    const token = readCsrfToken();
    if (token) headers[CSRF_HEADER] = token;
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network_unreachable', i18n.global.t('errors.network'));
  }
  const body = await readBody(response, options.responseType ?? 'json');
  if (response.ok) return body as T;
  const error = errorOf(response, body);
  if (error.signedOut) signedOutListener?.(error);
  throw error;
}

export const http = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** A multipart/form-data upload (files and fields). */
  upload: <T>(path: string, form: FormData, query?: Record<string, QueryValue>) => request<T>('POST', path, { body: form, query }),
  /** A GET whose answer is text, not JSON. */
  text: (path: string, signal?: AbortSignal) => request<string>('GET', path, { responseType: 'text', signal }),
};
