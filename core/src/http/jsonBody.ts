import getRawBody from 'raw-body';
import type { Context } from 'koa';
import { ApiError } from './apiError.ts';
import { text } from '../i18n/text.ts';

const JSON_TYPE = /^application\/([a-z0-9.+-]+\+)?json$/i;

/**
 * Reads a JSON request body with a size limit. Malformed JSON → 400, too large → 413,
 * anything but JSON → 415. An empty body reads as `undefined`.
 */
export async function readJsonBody(ctx: Context, limitBytes: number): Promise<unknown> {
  const length = ctx.get('Content-Length');
  if (length && Number(length) > limitBytes) throw tooLarge(limitBytes);
  const hasBody = length ? Number(length) > 0 : ctx.req.headers['transfer-encoding'] !== undefined;
  if (!hasBody) return undefined;
  const type = (ctx.get('Content-Type').split(';')[0] ?? '').trim();
  if (!JSON_TYPE.test(type)) {
    ctx.req.resume();
    throw new ApiError(415, 'unsupported_media_type', text('请求体必须是 JSON', 'The request body must be JSON'), {
      contentType: type || null,
    });
  }
  let raw: string;
  try {
    raw = await getRawBody(ctx.req, { limit: limitBytes, encoding: 'utf8' });
  } catch (err) {
    if ((err as { type?: string }).type === 'entity.too.large') throw tooLarge(limitBytes);
    throw new ApiError(400, 'invalid_body', text('请求体无法读取', 'The request body could not be read'));
  }
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new ApiError(400, 'invalid_json', text('请求体不是有效的 JSON', 'The request body is not valid JSON'), {
      reason: (err as Error).message,
    });
  }
}

function tooLarge(limitBytes: number) {
  return new ApiError(413, 'payload_too_large', text('请求体过大', 'The request body is too large'), {
    limitBytes,
  });
}
