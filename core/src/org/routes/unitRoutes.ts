import { z } from 'zod';
import { defineRoute } from '../../http/route.ts';
import { pageSchema, pagingQuery, queryBool } from '../../http/validation.ts';
import { auditSourceOf } from '../../audit/auditLog.ts';
import { UNIT_KINDS, UNIT_LEVELS } from '../unitRules.ts';
import type { OrgUnits } from '../orgUnits.ts';
import { idParams, unitCreateSchema, unitDetailSchema, unitPatchSchema, unitSchema } from './orgSchemas.ts';

/** Everybody who works with the tree reads it: staff for the directory, administrators to manage it. */
const readUnits = { permission: ['org.directory.read', 'org.unit.manage', 'org.user.manage', 'security.grant.manage'] } as const;
const manageUnits = { permission: 'org.unit.manage' } as const;

export function unitRoutes(units: OrgUnits) {
  return [
    defineRoute({
      method: 'GET',
      path: '/api/org/units',
      summary: '组织机构列表 List units (children of a unit, a subtree, or a search)',
      access: readUnits,
      query: z.strictObject({
        parentId: z.uuid().optional(),
        roots: queryBool(),
        under: z.uuid().optional(),
        keyword: z.string().trim().min(1).max(50).optional(),
        level: z.enum(UNIT_LEVELS).optional(),
        kind: z.enum(UNIT_KINDS).optional(),
        status: z.enum(['active', 'disabled']).optional(),
        ...pagingQuery,
      }),
      response: pageSchema(unitSchema),
      async handler({ query }) {
        const { items, total } = await units.list({ ...query, rootsOnly: query.roots });
        return { items, total, page: query.page, pageSize: query.pageSize };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/api/org/units/:id',
      summary: '机构详情 One unit with its ancestors',
      access: readUnits,
      params: idParams,
      response: unitDetailSchema,
      handler: ({ params }) => units.get(params.id),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/org/units',
      audit: { by: 'service', because: 'orgUnits records org.unit.create in its transaction' },
      summary: '新建机构 Create a unit',
      access: manageUnits,
      body: unitCreateSchema,
      response: unitSchema,
      status: 201,
      handler: (input) => units.create(input.body, input.auth.scopeOf('org.unit.manage'), auditSourceOf(input)),
    }),
    defineRoute({
      method: 'PATCH',
      path: '/api/org/units/:id',
      audit: { by: 'service', because: 'orgUnits records org.unit.update/move in its transaction' },
      summary: '修改或移动机构 Change or move a unit',
      access: manageUnits,
      params: idParams,
      body: unitPatchSchema,
      response: unitSchema,
      handler: (input) => units.update(input.params.id, input.body, input.auth.scopeOf('org.unit.manage'), auditSourceOf(input)),
    }),
    defineRoute({
      method: 'DELETE',
      path: '/api/org/units/:id',
      audit: { by: 'service', because: 'orgUnits records org.unit.delete in its transaction' },
      summary: '删除机构（无下级机构和人员时）Delete an empty unit',
      access: manageUnits,
      params: idParams,
      status: 204,
      async handler(input) {
        await units.remove(input.params.id, input.auth.scopeOf('org.unit.manage'), auditSourceOf(input));
        return null;
      },
    }),
  ];
}
