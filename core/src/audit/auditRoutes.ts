import { z } from 'zod';
import type { Knex } from 'knex';
import { defineRoute } from '../http/route.ts';
import { pageSchema, pagingQuery } from '../http/validation.ts';
import { render } from '../i18n/text.ts';
import type { AuditLog } from './auditLog.ts';
import { readAuditTrail } from './auditTrail.ts';

const reviewers = { permission: ['audit.adminAudit.read', 'security.userAudit.read'] };

export function auditRoutes(db: Knex, audit: AuditLog) {
  return [
    defineRoute({
      method: 'GET',
      path: '/api/audit/entries',
      summary: '审计记录 The audit trail the caller may review',
      access: reviewers,
      query: z.strictObject({
        action: z.string().trim().max(80).optional(),
        actorId: z.uuid().optional(),
        actor: z.string().trim().min(1).max(64).optional(),
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
          actorDisplayName: z.string().nullable(),
          action: z.string(),
          actionLabel: z.string(),
          outcome: z.string(),
          targetType: z.string().nullable(),
          targetTypeLabel: z.string().nullable(),
          targetId: z.string().nullable(),
          targetName: z.string().nullable(),
          unitId: z.string().nullable(),
          ip: z.string().nullable(),
          requestId: z.string().nullable(),
          details: z.record(z.string(), z.unknown()),
        }),
      ),
      async handler({ query, auth, locale }) {
        const { items, total } = await readAuditTrail(db, audit.actions, locale, auth, query);
        return { items, total, page: query.page, pageSize: query.pageSize };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/api/audit/actions',
      summary: '审计操作类型 The audited actions in words, for filtering',
      access: reviewers,
      response: z.array(z.object({ action: z.string(), label: z.string() })),
      handler: async ({ locale }) => audit.actions.list().map((a) => ({ action: a.action, label: render(a.label, locale) })),
    }),
  ];
}
