import { z } from 'zod';
import { defineRoute } from '../../http/route.ts';
import { text } from '../../i18n/text.ts';
import type { UnitGroups } from '../unitGroups.ts';
import { idParams } from './orgSchemas.ts';

/** Whoever reads the organization tree picks units from it, and may keep their usual selections. */
const pickUnits = { permission: ['org.directory.read', 'org.unit.manage', 'org.user.manage', 'security.grant.manage'] } as const;

const unitGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  units: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), shortName: z.string() })),
});

const unitGroupCreateSchema = z.strictObject({
  name: z.string().trim().min(1).max(40),
  unitIds: z.array(z.uuid()).min(1).max(500),
});

export function unitGroupRoutes(groups: UnitGroups) {
  return [
    defineRoute({
      method: 'GET',
      path: '/api/org/unit-groups',
      summary: '我的常用单位组 My saved unit groups (e.g. usual recipients of documents)',
      access: pickUnits,
      response: z.array(unitGroupSchema),
      handler: ({ auth }) => groups.list(auth.user.id),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/org/unit-groups',
      audit: {
        action: 'org.unitGroup.save',
        label: text('保存常用单位组', 'Save a unit group'),
        targetOfAnswer: (g) => ({ type: 'unit_group', id: g.id, name: g.name }),
      },
      summary: '保存常用单位组 Save the chosen units under a name',
      access: pickUnits,
      body: unitGroupCreateSchema,
      response: unitGroupSchema,
      status: 201,
      handler: ({ auth, body }) => groups.create(auth.user.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      path: '/api/org/unit-groups/:id',
      audit: {
        action: 'org.unitGroup.delete',
        label: text('删除常用单位组', 'Delete a unit group'),
        target: ({ params }) => ({ type: 'unit_group', id: params.id }),
      },
      summary: '删除常用单位组 Delete one of my saved unit groups',
      access: pickUnits,
      params: idParams,
      status: 204,
      async handler({ auth, params }) {
        await groups.remove(auth.user.id, params.id);
        return null;
      },
    }),
  ];
}
