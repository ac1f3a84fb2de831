import { http } from './client.ts';
import type { BodyOf, ResponseOf } from './routeTypes.ts';

/** 委托: while away, one's new tasks go to a proxy (for every process, or some). */
export type OutOfOfficeProxy = ResponseOf<'get', '/api/me/proxies'>[number];
export type ProxyRequest = BodyOf<'post', '/api/me/proxies'>;

export const proxiesApi = {
  list: () => http.get<OutOfOfficeProxy[]>('/api/me/proxies'),
  create: (request: ProxyRequest) => http.post<ResponseOf<'post', '/api/me/proxies'>>('/api/me/proxies', request),
  revoke: (id: string) => http.delete<ResponseOf<'delete', '/api/me/proxies/{id}'>>(`/api/me/proxies/${encodeURIComponent(id)}`),
};
