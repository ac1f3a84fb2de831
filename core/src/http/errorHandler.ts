import type { Middleware } from 'koa';
import { ApiError, fromDatabaseError } from './apiError.ts';
import { render, text } from '../i18n/text.ts';

/**
 * Turns every failure into `{ error: { code, message, details } }`. Never sends a stack:
 * unexpected errors are logged with the request id and answered with a plain 500.
 */
export function errorHandler(): Middleware {
  return async (ctx, next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined && ctx.path.startsWith('/api/')) {
        throw new ApiError(404, 'route_not_found', text('接口不存在', 'No such API route'), {
          method: ctx.method,
          path: ctx.path,
        });
      }
    } catch (err) {
      const apiError = err instanceof ApiError ? err : fromDatabaseError(err);
      if (apiError) {
        ctx.status = apiError.status;
        ctx.body = {
          error: { code: apiError.code, message: render(apiError.text, ctx.state.locale), details: apiError.details },
        };
        return;
      }
      const status = (err as { status?: number; expose?: boolean }).status;
      if (typeof status === 'number' && status >= 400 && status < 500) {
        // Errors raised by Koa or its helpers for what the client sent (e.g. a bad cookie header).
        ctx.status = status;
        ctx.body = { error: { code: 'bad_request', message: render(text('请求无效', 'Bad request'), ctx.state.locale), details: {} } };
        return;
      }
      ctx.state.log?.error({ err }, 'unhandled error');
      ctx.status = 500;
      ctx.body = {
        error: {
          code: 'internal_error',
          message: render(text('服务器内部错误，请稍后重试', 'Internal server error, please try again later'), ctx.state.locale),
          details: { requestId: ctx.state.requestId },
        },
      };
    }
  };
}
