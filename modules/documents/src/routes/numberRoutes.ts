import { z } from 'zod';
import { auditSourceOf, defineRoute, entryFrom, forbidden, notFound, text, type AuthContext, type ModuleContext, type OrgService } from '@kunlun/core';
import { numberRegister, voidDocumentNumber, voidNextNumber } from '../documentNumbering.ts';
import { idParams, numberRegisterSchema, reasonBody, voidedSchema } from './documentSchemas.ts';

/**
 * The number register of a 机关代字 and the two audited voids: the number of a cancelled
 * document, or the next number (跳号). Only the 办公室主任 of the unit that owns the prefix may
 * void; every void is written to the audit log with its reason.
 */
async function requirePrefixOwner(org: OrgService, auth: AuthContext, prefix: string): Promise<void> {
  const units = await org.unitsWithDocPrefix(prefix);
  if (!units.length) throw notFound('documents.unknown_prefix', text('没有使用该机关代字的机关', 'No unit uses this prefix'));
  for (const unit of units) if (await org.holdsPost(auth.user.id, unit.id, ['office_director'])) return;
  throw forbidden('documents.not_prefix_owner', text('只有该机关的办公室主任可以作废文号', "Only the unit's office director may void its numbers"));
}

export function numberRoutes(ctx: ModuleContext) {
  const { db } = ctx;
  const prefixParam = z.string().trim().min(1).max(20);
  return [
    defineRoute({
      method: 'GET',
      path: '/numbers/:prefix/:year',
      summary: '发文字号登记簿 The register of a prefix’s numbers in a year (gaps listed; there should be none)',
      access: { permission: 'documents.number.read' },
      params: z.strictObject({ prefix: prefixParam, year: z.coerce.number().int().min(1949).max(2999) }),
      response: numberRegisterSchema,
      async handler({ params }) {
        return { prefix: params.prefix, year: params.year, ...(await numberRegister(db, params.prefix, params.year)) };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/:id/void-number',
      audit: { by: 'service', because: 'the route records documents.number.void in the transaction of the change' },
      summary: '作废已撤销公文的文号（记入审计日志）Void the number of a cancelled document',
      access: { permission: 'documents.number.void' },
      params: idParams,
      body: reasonBody,
      response: voidedSchema,
      async handler(input) {
        const doc = await db('documents_documents').where({ id: input.params.id }).first('number_prefix');
        if (!doc?.number_prefix) throw notFound('documents.not_numbered', text('公文不存在或尚未编号', 'No such numbered document'));
        await requirePrefixOwner(ctx.org, input.auth, doc.number_prefix);
        return ctx.engine.transaction(async (trx) => {
          const voided = await voidDocumentNumber(trx, input.params.id, input.body.reason, input.auth.user.id);
          await ctx.audit.record(
            entryFrom(auditSourceOf(input), {
              action: 'documents.number.void',
              target: { type: 'document', id: input.params.id },
              details: { ...voided, reason: input.body.reason },
            }),
            trx,
          );
          return voided;
        });
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/numbers/void-next',
      audit: { by: 'service', because: 'the route records documents.number.void in the transaction of the change' },
      summary: '跳号作废：作废某机关代字的下一个文号（记入审计日志）Void the next number of a prefix',
      access: { permission: 'documents.number.void' },
      body: reasonBody.extend({ prefix: prefixParam }),
      response: voidedSchema,
      status: 201,
      async handler(input) {
        await requirePrefixOwner(ctx.org, input.auth, input.body.prefix);
        return ctx.engine.transaction(async (trx) => {
          const voided = await voidNextNumber(trx, input.body.prefix, input.body.reason, input.auth.user.id);
          await ctx.audit.record(
            entryFrom(auditSourceOf(input), {
              action: 'documents.number.void',
              target: { type: 'number', id: voided.docNumber },
              details: { ...voided, reason: input.body.reason },
            }),
            trx,
          );
          return voided;
        });
      },
    }),
  ];
}
