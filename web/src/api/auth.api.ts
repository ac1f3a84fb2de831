import { http } from './client.ts';

export type AccountKind = 'regular' | 'system_admin' | 'security_admin' | 'audit_admin';

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  shortName: string;
}

export interface MyPost {
  id: string;
  unit: UnitRef;
  postType: string;
  postTypeName: string;
  title: string | null;
  isPrimary: boolean;
  chargeUnits: { id: string; code: string; name: string }[];
}

/** The signed-in person as GET /api/me describes them. */
export interface Me {
  user: {
    id: string;
    username: string;
    displayName: string;
    accountKind: AccountKind;
    mustChangePassword: boolean;
  };
  actingUnit: UnitRef | null;
  posts: MyPost[];
  roles: { code: string; name: string }[];
  permissions: string[];
}

export interface Credentials {
  username: string;
  password: string;
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

export const authApi = {
  login: (credentials: Credentials) => http.post<Me>('/api/auth/login', credentials),
  logout: () => http.post<{ ok: true }>('/api/auth/logout'),
  me: () => http.get<Me>('/api/me'),
  switchActingUnit: (unitId: string) => http.put<Me>('/api/me/acting-unit', { unitId }),
  changePassword: (change: PasswordChange) => http.post<{ ok: true }>('/api/me/password', change),
};
