import { http } from './client.ts';
import type { BodyOf, ResponseOf } from './routeTypes.ts';

/** A module enabled in this installation, as GET /api/modules lists it. */
export type EnabledModule = ResponseOf<'get', '/api/modules'>[number];
/** A module installed on the server, with whether it runs now and after the next restart. */
export type InstalledModule = ResponseOf<'get', '/api/system/modules'>[number];

export const modulesApi = {
  enabled: () => http.get<EnabledModule[]>('/api/modules'),
  installed: () => http.get<InstalledModule[]>('/api/system/modules'),
  /** Enables or disables a module from the next start; disabling keeps its data. */
  setEnabled: (name: string, enabled: boolean) =>
    http.put<ResponseOf<'put', '/api/system/modules/{name}'>>(`/api/system/modules/${encodeURIComponent(name)}`, { enabled } satisfies BodyOf<
      'put',
      '/api/system/modules/{name}'
    >),
};
