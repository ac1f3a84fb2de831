import { PassThrough } from 'node:stream';
import { defineRoute, RESPONSE_SENT } from '../http/route.ts';
import type { LiveHub } from './liveHub.ts';

/**
 * GET /api/events/stream: a server-sent-event stream of one's live events (new tasks,
 * notifications), with a heartbeat every 25 s so proxies keep it open.
 */
export function liveRoutes(hub: LiveHub | null) {
  return [
    defineRoute({
      method: 'GET',
      path: '/api/events/stream',
      summary: '实时事件 Server-sent events: new tasks, notifications',
      tags: ['live'],
      access: 'authenticated',
      async handler({ ctx, auth }) {
        const stream = new PassThrough();
        ctx.req.socket.setTimeout(0);
        ctx.req.socket.setKeepAlive(true);
        ctx.set({
          'Content-Type': 'text/event-stream; charset=utf-8',
          'Cache-Control': 'no-cache, no-transform',
          Connection: 'keep-alive',
          'X-Accel-Buffering': 'no',
        });
        ctx.status = 200;
        ctx.body = stream;
        stream.write(`retry: 5000\nevent: ready\ndata: {}\n\n`);
        const detach = hub?.attach(auth.user.id, (event) => stream.write(`event: ${event.kind}\ndata: ${JSON.stringify(event)}\n\n`)) ?? (() => {});
        const heartbeat = setInterval(() => stream.write(': heartbeat\n\n'), 25_000);
        const close = () => {
          clearInterval(heartbeat);
          detach();
          stream.end();
        };
        ctx.req.on('close', close);
        ctx.req.on('error', close);
        return RESPONSE_SENT;
      },
    }),
  ];
}
