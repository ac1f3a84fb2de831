import { z } from 'zod';
import { defineRoute, text, type ModuleContext } from '@kunlun/core';
import { receivingSettings, receivingUnitsOf, setReceivingUnit } from '../receivingUnits.ts';

/**
 * 代收单位 (administrator): which unit's registrars receive for a unit that has none of its own —
 * by default a government's office. Reading answers, for any units, who receives for each and
 * the registrars who would sign.
 */
const unitRef = z.object({ id: z.string(), name: z.string() });
const receiving = z.object({
  unit: unitRef,
  receivingUnit: unitRef.nullable(),
  configured: z.boolean(),
  registrars: z.array(z.object({ id: z.string(), name: z.string() })),
});
const receivingQuery = z.strictObject({
  unitIds: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').filter(Boolean) : []))
    .pipe(z.array(z.uuid()).max(200)),
});

export function receivingRoutes(ctx: ModuleContext) {
  const { db, org } = ctx;

  async function describe(unitIds: readonly string[], configured: ReadonlySet<string>) {
    const receivers = await receivingUnitsOf(db, org, unitIds);
    const receiverIds = [...new Set([...receivers.values()].filter((id): id is string => Boolean(id)))];
    const [units, holders] = await Promise.all([org.units([...unitIds, ...receiverIds]), org.postHolders(receiverIds, 'registrar')]);
    const ref = (id: string) => ({ id, name: units.get(id)?.name ?? '' });
    return unitIds.map((id) => {
      const receiver = receivers.get(id) ?? null;
      return {
        unit: ref(id),
        receivingUnit: receiver ? ref(receiver) : null,
        configured: configured.has(id),
        registrars: holders.filter((h) => h.unitId === receiver).map((h) => ({ id: h.person.id, name: h.person.displayName })),
      };
    });
  }

  return [
    defineRoute({
      method: 'GET',
      path: '/receiving-units',
      summary: '代收单位：各单位由哪个单位的收发员签收（未给 unitIds 时列出已设置的单位）Who receives for each unit',
      access: { permission: 'documents.receiving.manage' },
      query: receivingQuery,
      response: z.object({ items: z.array(receiving) }),
      async handler({ query }) {
        const settings = await receivingSettings(db);
        const configured = new Set(settings.map((s) => s.unitId));
        return { items: await describe(query.unitIds.length ? query.unitIds : [...configured], configured) };
      },
    }),
    defineRoute({
      method: 'PUT',
      path: '/receiving-units/:unitId',
      audit: {
        action: 'documents.receivingUnit.set',
        label: text('设置代收单位', 'Set receiving unit'),
        target: ({ params }) => ({ type: 'org_unit', id: params.unitId }),
      },
      summary: '设置代收单位（null 恢复默认：政府由其办公室代收）Name the unit that receives for a unit (null: the default)',
      access: { permission: 'documents.receiving.manage' },
      params: z.strictObject({ unitId: z.uuid() }),
      body: z.strictObject({ receivingUnitId: z.uuid().nullable() }),
      response: receiving,
      async handler({ params, body, auth }) {
        await ctx.engine.transaction((trx) => setReceivingUnit(org, trx, params.unitId, body.receivingUnitId, auth.user.id));
        const [answer] = await describe([params.unitId], new Set(body.receivingUnitId ? [params.unitId] : []));
        return answer!;
      },
    }),
  ];
}
