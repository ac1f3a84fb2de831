import { z } from 'zod';
import type { Knex } from 'knex';
import { defineRoute } from '../../http/route.ts';
import { notFound, unprocessable } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import { activeRegularUser } from '../operations/reassign.ts';
import type { AssigneeResolver } from '../assignment/assigneeResolver.ts';

const proxySchema = z.object({
  id: z.string(),
  proxy: z.object({ id: z.string(), name: z.string() }),
  startsAt: z.string(),
  endsAt: z.string(),
  processKeys: z.array(z.string()).nullable(),
  reason: z.string().nullable(),
  active: z.boolean(),
});

/** 委托: while away, one's new tasks go to a proxy (for all processes or some), recorded as such. */
export function proxyRoutes(db: Knex, resolver: AssigneeResolver) {
  const list = async (userId: string) => {
    const rows = await db('engine_proxies as p')
      .join('core_users as u', 'u.id', 'p.proxy_id')
      .where('p.user_id', userId)
      .whereNull('p.revoked_at')
      .orderBy('p.starts_at', 'desc')
      .select('p.*', 'u.display_name');
    const now = Date.now();
    return rows.map((r) => ({
      id: r.id,
      proxy: { id: r.proxy_id, name: r.display_name },
      startsAt: new Date(r.starts_at).toISOString(),
      endsAt: new Date(r.ends_at).toISOString(),
      processKeys: r.process_keys,
      reason: r.reason,
      active: new Date(r.starts_at).getTime() <= now && new Date(r.ends_at).getTime() > now,
    }));
  };
  return [
    defineRoute({
      method: 'GET',
      path: '/api/me/proxies',
      summary: '我的委托 My out-of-office proxies',
      tags: ['engine'],
      access: 'authenticated',
      response: z.array(proxySchema),
      handler: ({ auth }) => list(auth.user.id),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/me/proxies',
      audit: { action: 'proxies.create', label: text('设置委托', 'Set up a proxy'), targetOfAnswer: (result) => ({ type: 'proxy', id: result.id }) },
      summary: '设置委托 Set an out-of-office proxy',
      tags: ['engine'],
      access: 'authenticated',
      body: z.strictObject({
        proxyId: z.uuid(),
        startsAt: z.coerce.date(),
        endsAt: z.coerce.date(),
        processKeys: z.array(z.string().max(100)).max(50).optional(),
        reason: z.string().trim().max(200).optional(),
      }),
      response: proxySchema,
      status: 201,
      async handler({ body, auth }) {
        if (body.proxyId === auth.user.id) throw unprocessable('engine.proxy_self', text('不能委托给自己', 'You cannot be your own proxy'));
        if (body.endsAt <= body.startsAt) throw unprocessable('engine.proxy_period', text('结束时间应晚于开始时间', 'The end must be after the start'));
        await activeRegularUser(db, body.proxyId);
        const [row] = await db('engine_proxies')
          .insert({
            user_id: auth.user.id,
            proxy_id: body.proxyId,
            starts_at: body.startsAt,
            ends_at: body.endsAt,
            process_keys: body.processKeys ?? null,
            reason: body.reason ?? null,
          })
          .returning('id');
        resolver.forgetProxies();
        return (await list(auth.user.id)).find((p) => p.id === row.id)!;
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: '/api/me/proxies/:id',
      audit: { action: 'proxies.delete', label: text('取消委托', 'Cancel a proxy'), target: ({ params }) => ({ type: 'proxy', id: params.id }) },
      summary: '取消委托 Revoke a proxy',
      tags: ['engine'],
      access: 'authenticated',
      params: z.strictObject({ id: z.uuid() }),
      status: 204,
      async handler({ params, auth }) {
        const n = await db('engine_proxies').where({ id: params.id, user_id: auth.user.id }).whereNull('revoked_at').update({ revoked_at: db.fn.now() });
        if (!n) throw notFound('engine.proxy_not_found', text('委托不存在', 'No such proxy'));
        resolver.forgetProxies();
        return null;
      },
    }),
  ];
}
