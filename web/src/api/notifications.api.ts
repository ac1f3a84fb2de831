import { http } from './client.ts';
import type { Page } from './page.ts';

/** One message of the notification bell; `link` is a desktop path (/tasks/…, /instances/…). */
export interface AppNotification {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage extends Page<AppNotification> {
  unread: number;
}

export const notificationsApi = {
  list: (query: { unread?: boolean; page?: number; pageSize?: number } = {}) => http.get<NotificationPage>('/api/notifications', { ...query }),
  /** Marks the given notifications read, or all of them when no ids are given. */
  markRead: (ids?: string[]) => http.post<{ marked: number }>('/api/notifications/read', ids ? { ids } : {}),
};
