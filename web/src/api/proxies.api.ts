import { http } from './client.ts';

/** 委托: while away, one's new tasks go to a proxy (for every process, or some). */
export interface OutOfOfficeProxy {
  id: string;
  proxy: { id: string; name: string };
  startsAt: string;
  endsAt: string;
  processKeys: string[] | null;
  reason: string | null;
  active: boolean;
}

export interface ProxyRequest {
  proxyId: string;
  startsAt: string;
  endsAt: string;
  processKeys?: string[];
  reason?: string;
}

export const proxiesApi = {
  list: () => http.get<OutOfOfficeProxy[]>('/api/me/proxies'),
  create: (request: ProxyRequest) => http.post<OutOfOfficeProxy>('/api/me/proxies', request),
  revoke: (id: string) => http.delete<void>(`/api/me/proxies/${encodeURIComponent(id)}`),
};
