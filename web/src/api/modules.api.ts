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

/** A module installed on the server, with whether it runs now and after the next restart. */
export interface InstalledModule extends EnabledModule {
  running: boolean;
  enabledAfterRestart: boolean;
}

export const modulesApi = {
  enabled: () => http.get<EnabledModule[]>('/api/modules'),
  installed: () => http.get<InstalledModule[]>('/api/system/modules'),
  /** Enables or disables a module from the next start; disabling keeps its data. */
  setEnabled: (name: string, enabled: boolean) =>
    http.put<{ name: string; enabledAfterRestart: boolean }>(`/api/system/modules/${encodeURIComponent(name)}`, { enabled }),
};
