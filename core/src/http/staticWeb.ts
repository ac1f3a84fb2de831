import fs from 'node:fs';
import path from 'node:path';
import type { Middleware } from 'koa';
import serve from 'koa-static';

/**
 * Serves the built web desktop. Hashed assets are cached for a year; every other GET that
 * is not an API call gets index.html, so the browser's router handles deep links.
 */
export function staticWeb(dir: string): Middleware | null {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) return null;
  const assets = serve(dir, {
    index: false,
    setHeaders(res, filePath) {
      if (filePath.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  return async (ctx, next) => {
    if (ctx.path.startsWith('/api/') || ctx.path === '/healthz') return next();
    await assets(ctx, async () => {});
    if (ctx.body !== undefined || ctx.status !== 404) return;
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    if (path.extname(ctx.path)) return next();
    ctx.type = 'html';
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = fs.createReadStream(index);
  };
}
