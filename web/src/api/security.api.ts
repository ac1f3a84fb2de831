import { http } from './client.ts';
import type { BodyOf, QueryOf, ResponseOf } from './routeTypes.ts';

export type Permission = ResponseOf<'get', '/api/security/permissions'>[number];
export type Duty = Permission['duty'];
export type Role = ResponseOf<'get', '/api/security/roles'>[number];
export type DataScope = Role['dataScope'];
export type RoleInput = BodyOf<'post', '/api/security/roles'>;
export type RolePatch = BodyOf<'patch', '/api/security/roles/{id}'>;
export type Grant = ResponseOf<'get', '/api/security/users/{id}/roles'>[number];
export type SessionRecord = ResponseOf<'get', '/api/security/sessions'>['items'][number];
export type Lockout = ResponseOf<'get', '/api/security/lockouts'>[number];

const role = (id: string) => `/api/security/roles/${encodeURIComponent(id)}`;

export const securityApi = {
  permissions: () => http.get<Permission[]>('/api/security/permissions'),
  roles: () => http.get<Role[]>('/api/security/roles'),
  createRole: (input: RoleInput) => http.post<ResponseOf<'post', '/api/security/roles'>>('/api/security/roles', input),
  updateRole: (id: string, patch: RolePatch) => http.patch<ResponseOf<'patch', '/api/security/roles/{id}'>>(role(id), patch),
  deleteRole: (id: string) => http.delete<ResponseOf<'delete', '/api/security/roles/{id}'>>(role(id)),
  grantsOf: (userId: string) => http.get<Grant[]>(`/api/security/users/${encodeURIComponent(userId)}/roles`),
  setGrants: (userId: string, grants: BodyOf<'put', '/api/security/users/{id}/roles'>['grants']) =>
    http.put<ResponseOf<'put', '/api/security/users/{id}/roles'>>(`/api/security/users/${encodeURIComponent(userId)}/roles`, { grants }),
  sessions: (query: QueryOf<'get', '/api/security/sessions'>) => http.get<ResponseOf<'get', '/api/security/sessions'>>('/api/security/sessions', { ...query }),
  endSession: (id: string) => http.delete<ResponseOf<'delete', '/api/security/sessions/{id}'>>(`/api/security/sessions/${encodeURIComponent(id)}`),
  lockouts: () => http.get<Lockout[]>('/api/security/lockouts'),
  unlock: (userId: string) => http.post<ResponseOf<'post', '/api/security/users/{id}/unlock'>>(`/api/security/users/${encodeURIComponent(userId)}/unlock`),
};
