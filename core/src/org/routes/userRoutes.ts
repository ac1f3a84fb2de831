import { z } from 'zod';
import { defineRoute } from '../../http/route.ts';
import { pageSchema, pagingQuery, queryBool } from '../../http/validation.ts';
import { auditSourceOf } from '../../audit/auditLog.ts';
import { unionScopes } from '../../access/dataScope.ts';
import type { AuthContext } from '../../access/authContext.ts';
import type { OrgUsers } from '../orgUsers.ts';
import type { OrgPosts } from '../orgPosts.ts';
import { idParams, postInputSchema, postPatchSchema, postSchema, userCreateSchema, userPatchSchema, userSchema } from './orgSchemas.ts';

const readPeople = { permission: ['org.directory.read', 'org.user.manage', 'security.grant.manage'] } as const;
const managePeople = { permission: 'org.user.manage' } as const;

/** Whose private contact details the caller sees: through readPrivate, or as their manager. */
const privateScopeOf = (auth: AuthContext) => unionScopes([auth.scopeOf('org.user.readPrivate'), auth.scopeOf('org.user.manage')]);

export function userRoutes(users: OrgUsers, posts: OrgPosts) {
  return [
    defineRoute({
      method: 'GET',
      path: '/api/org/users',
      summary: '人员列表 List people (by unit, post type, keyword)',
      access: readPeople,
      query: z.strictObject({
        unitId: z.uuid().optional(),
        includeSubunits: queryBool(),
        keyword: z.string().trim().min(1).max(50).optional(),
        postType: z.string().max(40).optional(),
        status: z.enum(['active', 'disabled']).optional(),
        ...pagingQuery,
      }),
      response: pageSchema(userSchema),
      async handler({ query, auth }) {
        const { items, total } = await users.list(query, privateScopeOf(auth));
        return { items, total, page: query.page, pageSize: query.pageSize };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/api/org/users/:id',
      summary: '人员详情 One person',
      access: readPeople,
      params: idParams,
      response: userSchema,
      handler: ({ params, auth }) => users.get(params.id, privateScopeOf(auth)),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/org/users',
      audit: { by: 'service', because: 'orgUsers records org.user.create in its transaction' },
      summary: '新建人员账号 Create an account, with posts',
      access: managePeople,
      body: userCreateSchema,
      response: userSchema,
      status: 201,
      handler: (input) => users.create(input.body, input.auth.scopeOf('org.user.manage'), auditSourceOf(input)),
    }),
    defineRoute({
      method: 'PATCH',
      path: '/api/org/users/:id',
      audit: { by: 'service', because: 'orgUsers records org.user.update in its transaction' },
      summary: '修改人员信息或停用账号 Change a person or disable the account',
      access: managePeople,
      params: idParams,
      body: userPatchSchema,
      response: userSchema,
      handler: (input) => users.update(input.params.id, input.body, input.auth.scopeOf('org.user.manage'), auditSourceOf(input)),
    }),
    defineRoute({
      method: 'DELETE',
      path: '/api/org/users/:id',
      audit: { by: 'service', because: 'orgUsers records org.user.delete in its transaction' },
      summary: '删除从未使用过的账号 Delete an account never used',
      access: managePeople,
      params: idParams,
      status: 204,
      async handler(input) {
        await users.remove(input.params.id, input.auth.scopeOf('org.user.manage'), auditSourceOf(input));
        return null;
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/api/org/users/:id/password',
      audit: { by: 'service', because: 'orgUsers records org.user.resetPassword in its transaction' },
      summary: '重置密码 Reset a password (must be changed at next sign-in)',
      access: managePeople,
      params: idParams,
      body: z.strictObject({ password: z.string().min(1).max(128) }),
      response: z.object({ ok: z.literal(true) }),
      async handler(input) {
        await users.resetPassword(input.params.id, input.body.password, input.auth.scopeOf('org.user.manage'), auditSourceOf(input));
        return { ok: true as const };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/api/org/post-types',
      summary: '岗位类型 Post types',
      access: readPeople,
      response: z.array(z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), isLeader: z.boolean() })),
      handler: () => posts.types(),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/org/users/:id/posts',
      audit: { by: 'service', because: 'orgPosts records org.post.create in its transaction' },
      summary: '添加岗位 Give a person a post in a unit',
      access: managePeople,
      params: idParams,
      body: postInputSchema,
      response: postSchema,
      status: 201,
      handler: (input) => posts.add(input.params.id, input.body, input.auth.scopeOf('org.user.manage'), auditSourceOf(input)),
    }),
    defineRoute({
      method: 'PATCH',
      path: '/api/org/posts/:id',
      audit: { by: 'service', because: 'orgPosts records org.post.update in its transaction' },
      summary: '修改岗位 Change a post (title, primary, units in charge)',
      access: managePeople,
      params: idParams,
      body: postPatchSchema,
      response: postSchema,
      handler: (input) => posts.update(input.params.id, input.body, input.auth.scopeOf('org.user.manage'), auditSourceOf(input)),
    }),
    defineRoute({
      method: 'DELETE',
      path: '/api/org/posts/:id',
      audit: { by: 'service', because: 'orgPosts records org.post.delete in its transaction' },
      summary: '撤销岗位 Remove a post',
      access: managePeople,
      params: idParams,
      status: 204,
      async handler(input) {
        await posts.remove(input.params.id, input.auth.scopeOf('org.user.manage'), auditSourceOf(input));
        return null;
      },
    }),
  ];
}
