import { z } from 'zod';
import type { Knex } from 'knex';
import { defineRoute } from '../http/route.ts';
import { text } from '../i18n/text.ts';
import { pageSchema, pagingQuery, queryBool } from '../http/validation.ts';
import { countRows } from '../db/database.ts';

const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

/** The notification bell: a person's notifications, unread first, and marking them read. */
export function notificationRoutes(db: Knex) {
  return [
    defineRoute({
      method: 'GET',
      path: '/api/notifications',
      summary: '通知 My notifications',
      tags: ['notifications'],
      access: 'authenticated',
      query: z.strictObject({ unread: queryBool(), ...pagingQuery }),
      response: pageSchema(notificationSchema).extend({ unread: z.number().int() }),
      async handler({ query, auth }) {
        const q = db('core_notifications').where({ user_id: auth.user.id });
        if (query.unread) q.whereNull('read_at');
        const [total, unread, rows] = await Promise.all([
          countRows(q),
          countRows(db('core_notifications').where({ user_id: auth.user.id }).whereNull('read_at')),
          q
            .clone()
            .orderBy('created_at', 'desc')
            .limit(query.pageSize)
            .offset((query.page - 1) * query.pageSize),
        ]);
        return {
          items: rows.map((r) => ({
            id: r.id,
            kind: r.kind,
            title: r.title,
            body: r.body,
            link: r.link,
            createdAt: new Date(r.created_at).toISOString(),
            readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
          })),
          total,
          unread,
          page: query.page,
          pageSize: query.pageSize,
        };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/api/notifications/read',
      audit: { action: 'notifications.read', label: text('消息已读', 'Mark notifications read') },
      summary: '标为已读 Mark notifications read (all, or the ids given)',
      tags: ['notifications'],
      access: 'authenticated',
      body: z.strictObject({ ids: z.array(z.uuid()).max(500).optional() }),
      response: z.object({ marked: z.number().int() }),
      async handler({ body, auth }) {
        const q = db('core_notifications').where({ user_id: auth.user.id }).whereNull('read_at');
        if (body.ids) q.whereIn('id', body.ids);
        return { marked: await q.update({ read_at: db.fn.now() }) };
      },
    }),
  ];
}
