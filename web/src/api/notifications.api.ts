import { http } from './client.ts';
import type { BodyOf, QueryOf, ResponseOf } from './routeTypes.ts';

export type NotificationPage = ResponseOf<'get', '/api/notifications'>;
/** One message of the notification bell; `link` is a desktop path (/tasks/…, /instances/…). */
export type AppNotification = NotificationPage['items'][number];

export const notificationsApi = {
  list: (query: QueryOf<'get', '/api/notifications'> = {}) => http.get<NotificationPage>('/api/notifications', { ...query }),
  /** Marks the given notifications read, or all of them when no ids are given. */
  markRead: (ids?: string[]) =>
    http.post<ResponseOf<'post', '/api/notifications/read'>>(
      '/api/notifications/read',
      (ids ? { ids } : {}) satisfies BodyOf<'post', '/api/notifications/read'>,
    ),
};
