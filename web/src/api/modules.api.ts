import { http } from './client.ts';

/** A module enabled in this installation, as GET /api/modules lists it. */
export interface EnabledModule {
  name: string;
  title: { 'zh-CN': string; en: string };
  version: string;
  dependsOn: string[];
  processes: string[];
  permissions: string[];
}

export const modulesApi = {
  enabled: () => http.get<EnabledModule[]>('/api/modules'),
};
