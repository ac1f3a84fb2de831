import { http } from './client.ts';
import type { BodyOf, ResponseOf } from './routeTypes.ts';

/** The signed-in person as GET /api/me describes them. */
export type Me = ResponseOf<'get', '/api/me'>;
export type AccountKind = Me['user']['accountKind'];
export type UnitRef = NonNullable<Me['actingUnit']>;
export type MyPost = Me['posts'][number];

export type Credentials = BodyOf<'post', '/api/auth/login'>;
export type PasswordChange = BodyOf<'post', '/api/me/password'>;

export const authApi = {
  login: (credentials: Credentials) => http.post<Me>('/api/auth/login', credentials),
  logout: () => http.post<ResponseOf<'post', '/api/auth/logout'>>('/api/auth/logout'),
  me: () => http.get<Me>('/api/me'),
  switchActingUnit: (unitId: string) =>
    http.put<ResponseOf<'put', '/api/me/acting-unit'>>('/api/me/acting-unit', { unitId } satisfies BodyOf<'put', '/api/me/acting-unit'>),
  changePassword: (change: PasswordChange) => http.post<ResponseOf<'post', '/api/me/password'>>('/api/me/password', change),
};
