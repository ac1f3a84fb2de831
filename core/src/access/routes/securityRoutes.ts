import { z } from 'zod';
import { defineRoute } from '../../http/route.ts';
import { pageSchema, pagingQuery, queryBool } from '../../http/validation.ts';
import { auditSourceOf } from '../../audit/auditLog.ts';
import { DATA_SCOPES, DUTIES } from '../duties.ts';
import type { PermissionCatalog } from '../permissionCatalog.ts';
import type { Roles } from '../roles.ts';
import type { SessionAdmin } from '../sessionAdmin.ts';

const idParams = z.strictObject({ id: z.uuid() });
const roleSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string(),
  duty: z.enum(DUTIES),
  dataScope: z.enum(DATA_SCOPES),
  builtin: z.boolean(),
  isDefault: z.boolean(),
  permissions: z.array(z.string()),
  holders: z.number().int(),
});
const roleInput = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_.-]{1,63}$/),
  name: z.string().trim().min(1).max(60),
  description: z.string().trim().max(500).optional(),
  dataScope: z.enum(DATA_SCOPES),
  isDefault: z.boolean().optional(),
  permissions: z.array(z.string()).max(1000),
});
const grantSchema = z.object({ roleId: z.string(), roleCode: z.string(), roleName: z.string(), anchorUnitId: z.string().nullable() });

const manageRoles = { permission: 'security.role.manage' } as const;
const manageGrants = { permission: 'security.grant.manage' } as const;
const manageSessions = { permission: 'security.session.manage' } as const;

export function securityRoutes(deps: { roles: Roles; sessions: SessionAdmin; catalog: PermissionCatalog }) {
  return [
    defineRoute({
      method: 'GET',
      path: '/api/security/permissions',
      summary: '权限目录 Every permission declared by core and the enabled modules',
      access: { permission: ['security.role.manage', 'security.grant.manage'] },
      response: z.array(z.object({ id: z.string(), title: z.object({ 'zh-CN': z.string(), en: z.string() }), duty: z.enum(DUTIES), source: z.string() })),
      handler: async () => deps.catalog.list().map(({ id, title, duty, source }) => ({ id, title, duty, source })),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/security/roles',
      summary: '角色列表 Roles with their permissions',
      access: { permission: ['security.role.manage', 'security.grant.manage'] },
      response: z.array(roleSchema),
      handler: () => deps.roles.list(),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/security/roles',
      audit: { by: 'service', because: 'roles records security.role.create in its transaction' },
      summary: '新建业务角色 Create a business role',
      access: manageRoles,
      body: roleInput,
      response: roleSchema,
      status: 201,
      handler: (input) => deps.roles.create(input.body, auditSourceOf(input)),
    }),
    defineRoute({
      method: 'PATCH',
      path: '/api/security/roles/:id',
      audit: { by: 'service', because: 'roles records security.role.update in its transaction' },
      summary: '修改业务角色 Change a business role',
      access: manageRoles,
      params: idParams,
      body: roleInput.omit({ code: true }).partial(),
      response: roleSchema,
      handler: (input) => deps.roles.update(input.params.id, input.body, auditSourceOf(input)),
    }),
    defineRoute({
      method: 'DELETE',
      path: '/api/security/roles/:id',
      audit: { by: 'service', because: 'roles records security.role.delete in its transaction' },
      summary: '删除自定义角色 Delete a custom role',
      access: manageRoles,
      params: idParams,
      status: 204,
      async handler(input) {
        await deps.roles.remove(input.params.id, auditSourceOf(input));
        return null;
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/api/security/users/:id/roles',
      summary: '人员的角色 Roles a person holds',
      access: manageGrants,
      params: idParams,
      response: z.array(grantSchema),
      handler: ({ params }) => deps.roles.grantsOf(params.id),
    }),
    defineRoute({
      method: 'PUT',
      path: '/api/security/users/:id/roles',
      audit: { by: 'service', because: 'roles records security.grant.set in its transaction' },
      summary: '设置人员的角色 Set the roles of a person',
      access: manageGrants,
      params: idParams,
      body: z.strictObject({ grants: z.array(z.strictObject({ roleId: z.uuid(), anchorUnitId: z.uuid().nullable().optional() })).max(100) }),
      response: z.array(grantSchema),
      handler: (input) => deps.roles.setGrants(input.params.id, input.body.grants, auditSourceOf(input)),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/security/sessions',
      summary: '会话列表 Sessions',
      access: manageSessions,
      query: z.strictObject({ userId: z.uuid().optional(), active: queryBool(), ...pagingQuery }),
      response: pageSchema(
        z.object({
          id: z.string(),
          userId: z.string(),
          username: z.string(),
          displayName: z.string(),
          ip: z.string().nullable(),
          userAgent: z.string().nullable(),
          createdAt: z.string(),
          lastSeenAt: z.string(),
          endedAt: z.string().nullable(),
          endReason: z.string().nullable(),
        }),
      ),
      async handler({ query }) {
        const { items, total } = await deps.sessions.list(query);
        return { items, total, page: query.page, pageSize: query.pageSize };
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: '/api/security/sessions/:id',
      audit: { by: 'service', because: 'sessionAdmin records security.session.revoke in its transaction' },
      summary: '强制下线 End a session',
      access: manageSessions,
      params: z.strictObject({ id: z.string().regex(/^[0-9a-f]{16}$/) }),
      status: 204,
      async handler(input) {
        await deps.sessions.revoke(input.params.id, auditSourceOf(input));
        return null;
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/api/security/lockouts',
      summary: '被锁定的账号 Accounts locked after failed sign-ins',
      access: manageSessions,
      response: z.array(
        z.object({ userId: z.string(), username: z.string(), displayName: z.string(), failedAttempts: z.number().int(), lockedUntil: z.string() }),
      ),
      handler: () => deps.sessions.lockedAccounts(),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/security/users/:id/unlock',
      audit: { by: 'service', because: 'sessionAdmin records security.account.unlock in its transaction' },
      summary: '解除锁定 Unlock an account',
      access: manageSessions,
      params: idParams,
      response: z.object({ ok: z.literal(true) }),
      async handler(input) {
        await deps.sessions.unlock(input.params.id, auditSourceOf(input));
        return { ok: true as const };
      },
    }),
  ];
}
