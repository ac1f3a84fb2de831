import { http } from './client.ts';
import type { Page } from './page.ts';
import type { BilingualText } from '@/forms/formSchema.ts';

export type Duty = 'business' | 'system' | 'security' | 'audit';
export type DataScope = 'own_unit' | 'unit_subtree' | 'all';

export interface Permission {
  id: string;
  title: BilingualText;
  duty: Duty;
  /** `core`, or the module that declares it. */
  source: string;
}

export interface Role {
  id: string;
  code: string;
  name: string;
  description: string;
  duty: Duty;
  dataScope: DataScope;
  builtin: boolean;
  isDefault: boolean;
  permissions: string[];
  holders: number;
}

export interface RoleInput {
  code: string;
  name: string;
  description?: string;
  dataScope: DataScope;
  isDefault?: boolean;
  permissions: string[];
}

export interface Grant {
  roleId: string;
  roleCode: string;
  roleName: string;
  anchorUnitId: string | null;
}

export interface SessionRecord {
  id: string;
  userId: string;
  username: string;
  displayName: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
  endedAt: string | null;
  endReason: string | null;
}

export interface Lockout {
  userId: string;
  username: string;
  displayName: string;
  failedAttempts: number;
  lockedUntil: string;
}

const role = (id: string) => `/api/security/roles/${encodeURIComponent(id)}`;

export const securityApi = {
  permissions: () => http.get<Permission[]>('/api/security/permissions'),
  roles: () => http.get<Role[]>('/api/security/roles'),
  createRole: (input: RoleInput) => http.post<Role>('/api/security/roles', input),
  updateRole: (id: string, patch: Partial<Omit<RoleInput, 'code'>>) => http.patch<Role>(role(id), patch),
  deleteRole: (id: string) => http.delete<void>(role(id)),
  grantsOf: (userId: string) => http.get<Grant[]>(`/api/security/users/${encodeURIComponent(userId)}/roles`),
  setGrants: (userId: string, grants: { roleId: string; anchorUnitId?: string | null }[]) =>
    http.put<Grant[]>(`/api/security/users/${encodeURIComponent(userId)}/roles`, { grants }),
  sessions: (query: { active?: boolean; userId?: string; page: number; pageSize: number }) => http.get<Page<SessionRecord>>('/api/security/sessions', { ...query }),
  endSession: (id: string) => http.delete<void>(`/api/security/sessions/${encodeURIComponent(id)}`),
  lockouts: () => http.get<Lockout[]>('/api/security/lockouts'),
  unlock: (userId: string) => http.post<{ ok: true }>(`/api/security/users/${encodeURIComponent(userId)}/unlock`),
};
