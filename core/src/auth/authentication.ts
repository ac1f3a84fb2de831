import type { Context, Middleware } from 'koa';
import type { Knex } from 'knex';
import type { AuthContext } from '../access/authContext.ts';
import { resolveAuthContext } from '../access/grantResolver.ts';
import type { PermissionCatalog } from '../access/permissionCatalog.ts';
import type { SessionEndReason, SessionStore } from './sessionStore.ts';

export const SESSION_COOKIE = 'kunlun_session';
export const CSRF_COOKIE = 'kunlun_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

declare module 'koa' {
  interface DefaultState {
    auth: AuthContext | null;
    /** Set when the request carried a session cookie that is no longer valid. */
    sessionEnded?: SessionEndReason | 'unknown';
    csrfToken?: string;
  }
}

/** Resolves the session cookie of API requests into `ctx.state.auth` (null when signed out). */
export function authentication(deps: { db: Knex; sessions: SessionStore; catalog: PermissionCatalog }): Middleware {
  return async (ctx, next) => {
    ctx.state.auth = null;
    const token = ctx.cookies.get(SESSION_COOKIE);
    if (token && ctx.path.startsWith('/api/')) {
      const found = await deps.sessions.resolve(token);
      if ('ended' in found) {
        ctx.state.sessionEnded = found.ended;
      } else {
        const { session } = found;
        const user = await deps.db('core_users').where({ id: session.userId }).first('id', 'username', 'display_name', 'account_kind', 'status');
        if (!user || user.status !== 'active') {
          await deps.sessions.end(session.id, 'disabled');
          ctx.state.sessionEnded = 'disabled';
        } else {
          ctx.state.csrfToken = session.csrfToken;
          ctx.state.auth = await resolveAuthContext(
            deps.db,
            deps.catalog,
            session.id,
            { id: user.id, username: user.username, displayName: user.display_name, accountKind: user.account_kind },
            session.actingUnitId,
          );
        }
      }
    }
    await next();
  };
}

export interface CookieOptions {
  secure: boolean;
}

export function setSessionCookies(ctx: Context, token: string, csrfToken: string, expiresAt: Date, opts: CookieOptions): void {
  ctx.cookies.set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: opts.secure, expires: expiresAt, path: '/', overwrite: true });
  ctx.cookies.set(CSRF_COOKIE, csrfToken, { httpOnly: false, sameSite: 'lax', secure: opts.secure, expires: expiresAt, path: '/', overwrite: true });
}

export function clearSessionCookies(ctx: Context, opts: CookieOptions): void {
  ctx.cookies.set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure: opts.secure, maxAge: 0, path: '/', overwrite: true });
  ctx.cookies.set(CSRF_COOKIE, '', { httpOnly: false, sameSite: 'lax', secure: opts.secure, maxAge: 0, path: '/', overwrite: true });
}
