import { z } from 'zod';
import type { Knex } from 'knex';
import { defineRoute } from '../../http/route.ts';
import { text, type Text } from '../../i18n/text.ts';
import { pagingQuery, queryBool } from '../../http/validation.ts';
import type { Engine } from '../engine.ts';
import { boxCounts, readBox } from '../queries/taskBoxes.ts';
import { taskDetail } from '../queries/taskView.ts';
import { taskNotFound } from '../operations/taskGuard.ts';
import {
  boxItemSchema,
  circulateBody,
  completeBody,
  handOverBody,
  idParams,
  moveResultSchema,
  removeSignersBody,
  returnBody,
  signersBody,
  taskDetailSchema,
  urgeBody,
} from './engineSchemas.ts';

/** The task center and the operations on a task. Every operation checks that the caller holds the task. */
export function taskRoutes(deps: { db: Knex; engine: Engine }) {
  const { db, engine } = deps;
  const op = <B extends z.ZodType>(
    path: string,
    summary: string,
    label: Text,
    body: B,
    run: (id: string, body: z.output<B>, actor: ReturnType<Engine['actorOf']>) => Promise<unknown>,
  ) =>
    defineRoute({
      method: 'POST',
      path: `/api/tasks/:id/${path}`,
      summary,
      audit: { action: `tasks.${path}`, label, target: ({ params }) => ({ type: 'task', id: params.id }) },
      tags: ['engine'],
      access: 'authenticated',
      params: idParams,
      body,
      response: moveResultSchema,
      handler: async ({ params, body: input, auth }) => (await run(params.id, input as z.output<B>, engine.actorOf(auth))) as z.infer<typeof moveResultSchema>,
    });
  return [
    defineRoute({
      method: 'GET',
      path: '/api/tasks',
      summary: '待办/已办/我发起的/待阅 The four boxes, with filters and paging',
      tags: ['engine'],
      access: 'authenticated',
      query: z.strictObject({
        box: z.enum(['todo', 'done', 'started', 'cc']).default('todo'),
        module: z.string().max(40).optional(),
        overdue: queryBool(),
        keyword: z.string().trim().min(1).max(100).optional(),
        urgency: z.enum(['normal', 'urgent', 'very_urgent']).optional(),
        read: queryBool(),
        sort: z.enum(['created', 'due', 'urgency']).optional(),
        ...pagingQuery,
      }),
      response: z.object({
        items: z.array(boxItemSchema),
        total: z.number().int(),
        totalCapped: z.boolean(),
        page: z.number().int(),
        pageSize: z.number().int(),
      }),
      async handler({ query, auth }) {
        const { items, total, capped } = await readBox(db, auth.user.id, query);
        return { items, total, totalCapped: capped, page: query.page, pageSize: query.pageSize };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/api/tasks/counts',
      summary: '角标数字 Badge counts: todo, overdue, unread, running',
      tags: ['engine'],
      access: 'authenticated',
      response: z.object({ todo: z.number().int(), overdue: z.number().int(), unread: z.number().int(), running: z.number().int() }),
      handler: ({ auth }) => boxCounts(db, auth.user.id),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/tasks/:id',
      summary: '待办详情 A task with its form, allowed operations, returnable steps and history',
      tags: ['engine'],
      access: 'authenticated',
      params: idParams,
      response: taskDetailSchema,
      handler: ({ params, auth }) => taskDetail(db, engine.deps.definitions, engine.forms, auth, params.id),
    }),
    op('complete', '办理（同意/不同意） Complete with outcome and opinion', text('办理', 'Complete'), completeBody, (id, b, actor) =>
      engine.complete(id, b, actor),
    ),
    op('return', '退回 Return to an earlier step', text('退回', 'Return'), returnBody, (id, b, actor) => engine.returnTo(id, b, actor)),
    op('transfer', '转办 Transfer to another person', text('转办', 'Transfer'), handOverBody, (id, b, actor) => engine.transfer(id, b, actor)),
    op('delegate', '委派 Delegate (comes back to you)', text('委派', 'Delegate'), handOverBody, (id, b, actor) => engine.delegate(id, b, actor)),
    op(
      'claim',
      '认领 Claim a task offered to several people',
      text('认领', 'Claim'),
      z.strictObject({ version: z.number().int().positive().optional() }),
      (id, b, actor) => engine.claim(id, b, actor),
    ),
    op('add-signers', '加签 Add signers before, after or in parallel', text('加签', 'Add signers'), signersBody, (id, b, actor) =>
      engine.addSigners(id, b, actor),
    ),
    op('remove-signers', '减签 Remove pending signers', text('减签', 'Remove signers'), removeSignersBody, (id, b, actor) =>
      engine.removeSigners(id, b, actor),
    ),
    defineRoute({
      method: 'POST',
      path: '/api/tasks/:id/circulate',
      audit: { action: 'tasks.circulate', label: text('传阅', 'Circulate'), target: ({ params }) => ({ type: 'task', id: params.id }) },
      summary: '传阅 Circulate for reading',
      tags: ['engine'],
      access: 'authenticated',
      params: idParams,
      body: circulateBody,
      response: z.object({ circulated: z.number().int() }),
      handler: async ({ params, body, auth }) => ({ circulated: await engine.circulate(params.id, body, engine.actorOf(auth)) }),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/tasks/:id/urge',
      audit: { action: 'tasks.urge', label: text('催办', 'Urge'), target: ({ params }) => ({ type: 'task', id: params.id }) },
      summary: '催办 Urge the holder of a task',
      tags: ['engine'],
      access: 'authenticated',
      params: idParams,
      body: urgeBody.pick({ note: true }),
      response: z.object({ urged: z.number().int() }),
      async handler({ params, body, auth }) {
        const task = await db('engine_tasks').where({ id: params.id }).first('instance_id');
        if (!task) throw taskNotFound();
        return { urged: await engine.urge(task.instance_id, { taskIds: [params.id], note: body.note }, engine.actorOf(auth)) };
      },
    }),
  ];
}
