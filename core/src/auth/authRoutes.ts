import { z } from 'zod';
import { defineRoute } from '../http/route.ts';
import { auditSourceOf } from '../audit/auditLog.ts';
import { clearSessionCookies, setSessionCookies, type CookieOptions } from './authentication.ts';
import { resolveAuthContext } from '../access/grantResolver.ts';
import type { PermissionCatalog } from '../access/permissionCatalog.ts';
import type { Knex } from 'knex';
import { meSchema, type CurrentUser } from './currentUser.ts';
import type { SignIn } from './signIn.ts';
import { badRequest } from '../http/apiError.ts';
import { text } from '../i18n/text.ts';

const credentials = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

const okSchema = z.object({ ok: z.literal(true) });

export function authRoutes(deps: { db: Knex; signIn: SignIn; currentUser: CurrentUser; catalog: PermissionCatalog; cookies: CookieOptions }) {
  return [
    defineRoute({
      method: 'POST',
      path: '/api/auth/login',
      audit: { by: 'auth', because: 'signIn records every attempt, denied ones included' },
      summary: '登录 Sign in',
      tags: ['auth'],
      access: 'public',
      body: credentials,
      response: meSchema,
      async handler({ body, ctx, ip, requestId }) {
        if (deps.cookies.secure && !ctx.secure) {
          throw badRequest(
            'auth.https_required',
            text(
              '本系统只能通过 HTTPS 登录；若已在反向代理上启用 HTTPS，请设置 KUNLUN_TRUST_PROXY=1 并转发 X-Forwarded-Proto',
              'Sign-in needs HTTPS; behind a TLS proxy set KUNLUN_TRUST_PROXY=1 and forward X-Forwarded-Proto',
            ),
          );
        }
        const signed = await deps.signIn.signIn(body.username, body.password, { ip, requestId, userAgent: ctx.get('User-Agent') });
        setSessionCookies(ctx, signed.token, signed.csrfToken, signed.expiresAt, deps.cookies);
        const auth = await resolveAuthContext(deps.db, deps.catalog, signed.sessionId, signed.user, signed.actingUnitId);
        return deps.currentUser.describe(auth);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/api/auth/logout',
      audit: { by: 'auth', because: 'signOut records auth.logout' },
      summary: '退出登录 Sign out',
      tags: ['auth'],
      access: 'authenticated',
      response: okSchema,
      async handler(input) {
        await deps.signIn.signOut(input.auth.sessionId, auditSourceOf(input));
        clearSessionCookies(input.ctx, deps.cookies);
        return { ok: true as const };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/api/me',
      summary: '当前用户 The signed-in person: posts, acting unit, permissions',
      tags: ['auth'],
      access: 'authenticated',
      response: meSchema,
      handler: ({ auth }) => deps.currentUser.describe(auth),
    }),
    defineRoute({
      method: 'PUT',
      path: '/api/me/acting-unit',
      audit: { by: 'auth', because: 'currentUser.switchUnit records auth.switchUnit' },
      summary: '切换当前所代表的单位 Act for another unit where one holds a post',
      tags: ['auth'],
      access: 'authenticated',
      body: z.strictObject({ unitId: z.uuid() }),
      response: meSchema,
      async handler(input) {
        await deps.currentUser.switchUnit(input.auth, input.body.unitId, auditSourceOf(input));
        const auth = await resolveAuthContext(deps.db, deps.catalog, input.auth.sessionId, input.auth.user, input.body.unitId);
        return deps.currentUser.describe(auth);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/api/me/password',
      audit: { by: 'auth', because: 'currentUser.changePassword records auth.changePassword in its transaction' },
      summary: '修改密码 Change one’s own password',
      tags: ['auth'],
      access: 'authenticated',
      body: z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }),
      response: okSchema,
      async handler(input) {
        await deps.currentUser.changePassword(input.auth, input.body.currentPassword, input.body.newPassword, auditSourceOf(input));
        return { ok: true as const };
      },
    }),
  ];
}
