import { z } from 'zod';
import type { Knex } from 'knex';
import { defineRoute } from '../../http/route.ts';
import { text, type Text } from '../../i18n/text.ts';
import type { Engine } from '../engine.ts';
import { instanceDetail, mayManageInstance, visibleInstance } from '../queries/instanceView.ts';
import { idParams, instanceDetailSchema, moveResultSchema, urgeBody } from './engineSchemas.ts';

/** A process instance: its detail, and what its participants and managers do with it. */
export function instanceRoutes(deps: { db: Knex; engine: Engine }) {
  const { db, engine } = deps;
  const control = (action: 'suspend' | 'resume' | 'terminate', summary: string, label: Text) =>
    defineRoute({
      method: 'POST',
      path: `/api/instances/:id/${action}`,
      summary,
      audit: { action: `instances.${action}`, label, target: ({ params }) => ({ type: 'instance', id: params.id }) },
      tags: ['engine'],
      access: 'authenticated',
      params: idParams,
      body: z.strictObject({ reason: z.string().trim().max(500).optional() }),
      response: z.object({ ok: z.literal(true) }),
      async handler({ params, body, auth }) {
        const instance = await visibleInstance(db, auth, params.id);
        await engine.control(params.id, action, body.reason, engine.actorOf(auth), await mayManageInstance(db, auth, instance));
        return { ok: true as const };
      },
    });
  return [
    defineRoute({
      method: 'GET',
      path: '/api/instances/:id',
      summary: '流程详情 State, how it ended, its form (read-only), active and completed steps, history with opinions and names',
      tags: ['engine'],
      access: 'authenticated',
      params: idParams,
      response: instanceDetailSchema,
      handler: async ({ params, auth }) => instanceDetail(db, engine.deps.definitions, engine.forms, auth, await visibleInstance(db, auth, params.id)),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/instances/:id/withdraw',
      audit: { action: 'instances.withdraw', label: text('撤回', 'Withdraw'), target: ({ params }) => ({ type: 'instance', id: params.id }) },
      summary: '撤回 Take back one’s last move while nobody has acted since',
      tags: ['engine'],
      access: 'authenticated',
      params: idParams,
      response: moveResultSchema,
      async handler({ params, auth }) {
        await visibleInstance(db, auth, params.id);
        return engine.withdraw(params.id, engine.actorOf(auth));
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/api/instances/:id/urge',
      audit: { action: 'instances.urge', label: text('催办', 'Urge'), target: ({ params }) => ({ type: 'instance', id: params.id }) },
      summary: '催办 Urge the holders of the open tasks',
      tags: ['engine'],
      access: 'authenticated',
      params: idParams,
      body: urgeBody,
      response: z.object({ urged: z.number().int() }),
      async handler({ params, body, auth }) {
        await visibleInstance(db, auth, params.id);
        return { urged: await engine.urge(params.id, body, engine.actorOf(auth)) };
      },
    }),
    control('suspend', '挂起 Suspend (managers)', text('挂起', 'Suspend')),
    control('resume', '恢复 Resume (managers)', text('恢复', 'Resume')),
    control('terminate', '终止 Terminate (managers, or the initiator: 撤销)', text('终止', 'Terminate')),
    defineRoute({
      method: 'POST',
      path: '/api/circulations/:id/read',
      audit: { action: 'circulations.read', label: text('传阅已阅', 'Mark circulated read'), target: ({ params }) => ({ type: 'circulation', id: params.id }) },
      summary: '已阅 Mark a circulated item read (leaves a read record)',
      tags: ['engine'],
      access: 'authenticated',
      params: idParams,
      response: z.object({ instanceId: z.string(), readAt: z.string() }),
      async handler({ params, auth }) {
        const read = await engine.markRead(params.id, engine.actorOf(auth));
        return { instanceId: read.instanceId, readAt: new Date(read.readAt).toISOString() };
      },
    }),
  ];
}
