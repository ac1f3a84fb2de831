import { randomUUID } from 'node:crypto';
import type { Middleware } from 'koa';
import type { Logger } from '../log/logger.ts';
import { negotiateLocale, type Locale } from '../i18n/text.ts';

declare module 'koa' {
  interface DefaultState {
    requestId: string;
    locale: Locale;
    log: Logger;
  }
}

const INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Gives every request an id (kept from X-Request-Id when well-formed), a locale and a child logger; logs completion. */
export function requestContext(log: Logger): Middleware {
  return async (ctx, next) => {
    const incoming = ctx.get('X-Request-Id');
    const requestId = INCOMING_ID.test(incoming) ? incoming : randomUUID();
    ctx.state.requestId = requestId;
    ctx.state.locale = negotiateLocale(ctx.get('Accept-Language') || undefined);
    ctx.state.log = log.child({ requestId });
    ctx.set('X-Request-Id', requestId);
    const started = performance.now();
    try {
      await next();
    } finally {
      const ms = Math.round((performance.now() - started) * 10) / 10;
      const line = { method: ctx.method, path: ctx.path, status: ctx.status, ms };
      if (ctx.status >= 500) ctx.state.log.error(line, 'request failed');
      else if (ctx.path !== '/healthz') ctx.state.log.info(line, 'request');
    }
  };
}
