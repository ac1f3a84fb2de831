import { z } from 'zod';
import { defineRoute } from '../../http/route.ts';
import { text } from '../../i18n/text.ts';
import type { Engine } from '../engine.ts';

/** Messages from other systems or installations to waiting process instances. */
export function messageRoutes(engine: Engine) {
  return [
    defineRoute({
      method: 'POST',
      path: '/api/messages',
      audit: {
        action: 'processes.message',
        label: text('接收流程消息', 'Correlate a message'),
        targetOfAnswer: (result) => ({ type: 'instance', id: result.instanceId }),
      },
      summary: '发送消息 Deliver a message to the instance waiting for it (or start one)',
      tags: ['engine'],
      access: { permission: 'engine.message.send' },
      body: z.strictObject({
        name: z.string().min(1).max(200),
        correlationKey: z.string().max(200).nullable().optional(),
        variables: z.record(z.string(), z.unknown()).optional(),
      }),
      response: z.object({ instanceId: z.string(), started: z.boolean() }),
      handler: ({ body }) => engine.correlate(body),
    }),
  ];
}
