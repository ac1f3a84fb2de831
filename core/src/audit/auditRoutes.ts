import { z } from 'zod';
import type { Knex } from 'knex';
import { defineRoute } from '../http/route.ts';
import { pageSchema, pagingQuery } from '../http/validation.ts';
import { readAuditTrail } from './auditTrail.ts';

export function auditRoutes(db: Knex) {
  return [
    defineRoute({
      method: 'GET',
      path: '/api/audit/entries',
      summary: '审计记录 The audit trail the caller may review',
      access: { permission: ['audit.adminAudit.read', 'security.userAudit.read'] },
      query: z.strictObject({
        action: z.string().trim().max(80).optional(),
        actorId: z.uuid().optional(),
        outcome: z.enum(['success', 'denied', 'failure']).optional(),
        from: z.coerce.date().optional(),
        to: z.coerce.date().optional(),
        ...pagingQuery,
      }),
      response: pageSchema(
        z.object({
          id: z.number().int(),
          at: z.string(),
          actorId: z.string().nullable(),
          actorName: z.string().nullable(),
          actorKind: z.string().nullable(),
          action: z.string(),
          outcome: z.string(),
          targetType: z.string().nullable(),
          targetId: z.string().nullable(),
          unitId: z.string().nullable(),
          ip: z.string().nullable(),
          requestId: z.string().nullable(),
          details: z.record(z.string(), z.unknown()),
        }),
      ),
      async handler({ query, auth }) {
        const { items, total } = await readAuditTrail(db, auth, query);
        return { items, total, page: query.page, pageSize: query.pageSize };
      },
    }),
  ];
}
