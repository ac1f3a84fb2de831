import type { Knex } from 'knex';
import { text, unprocessable, type OrgReadOptions, type OrgService, type OrgUnit } from '@kunlun/core';

/**
 * Who receives for a unit (代收): the registrars (收发员) who sign for and return what is delivered
 * to it. A unit with registrars of its own receives for itself. A unit without them is received
 * for by the unit the administrator named for it (documents_receiving_units) or, by default:
 * - a people's government (a region unit, which has only leaders): its office — the child
 *   department named 办公室/办公厅 that has registrars, else its first child department that has;
 * - a department or section without registrars: whoever receives for its parent.
 * The same answer decides the 待签收 box, the bells, who may 签收/退文, and the unit named on the
 * incoming record as having signed for the addressed unit.
 */
type Org = Pick<OrgService, 'units' | 'descendants' | 'unitsLackingPost'>;

const OFFICE_NAME = /办公(室|厅)$/;
const MAX_CLIMB = 8;

async function configuredFor(db: Knex, unitIds: readonly string[]): Promise<Map<string, string>> {
  if (!unitIds.length) return new Map();
  const rows: { unit_id: string; receiving_unit_id: string }[] = await db('documents_receiving_units')
    .whereIn('unit_id', [...unitIds])
    .select('unit_id', 'receiving_unit_id');
  return new Map(rows.map((r) => [r.unit_id, r.receiving_unit_id]));
}

/** The default for governments: each one's office, else its first child department with registrars. */
async function officesOf(org: Org, regions: readonly OrgUnit[], opts: OrgReadOptions): Promise<Map<string, string | null>> {
  const childrenOf = new Map<string, OrgUnit[]>();
  for (const region of regions) {
    const below = await org.descendants(region.id, { kind: 'department', pageSize: 1000 }, opts);
    childrenOf.set(
      region.id,
      below.items.filter((u) => u.parentId === region.id && u.status === 'active').sort((a, b) => a.sortOrder - b.sortOrder),
    );
  }
  const lacking = new Set(
    await org.unitsLackingPost(
      [...childrenOf.values()].flat().map((u) => u.id),
      'registrar',
      opts,
    ),
  );
  const answer = new Map<string, string | null>();
  for (const [regionId, children] of childrenOf) {
    const staffed = children.filter((u) => !lacking.has(u.id));
    answer.set(regionId, (staffed.find((u) => OFFICE_NAME.test(u.name)) ?? staffed[0])?.id ?? null);
  }
  return answer;
}

/**
 * For each unit, the unit whose registrars receive for it (itself when it has registrars); null
 * when nobody can. Units are answered together, a level of the tree at a time, so a batch of
 * thousands of copies costs a few reads, not a few per copy.
 */
export async function receivingUnitsOf(
  db: Knex,
  org: Org,
  unitIds: readonly string[],
  opts: OrgReadOptions = {},
  climbed = 0,
): Promise<Map<string, string | null>> {
  const ids = [...new Set(unitIds)];
  const answer = new Map<string, string | null>(ids.map((id) => [id, id]));
  const lacking = await org.unitsLackingPost(ids, 'registrar', opts);
  if (!lacking.length) return answer;
  const configured = await configuredFor(db, lacking);
  const open = lacking.filter((id) => !configured.has(id));
  for (const [id, receiver] of configured) answer.set(id, receiver);
  const units = await org.units(open, opts);
  const regions = open.map((id) => units.get(id)).filter((u): u is OrgUnit => u?.kind === 'region');
  for (const [id, office] of await officesOf(org, regions, opts)) answer.set(id, office);
  const climbing = open.map((id) => units.get(id)).filter((u): u is OrgUnit => !!u && u.kind !== 'region' && !!u.parentId);
  const parents =
    climbed < MAX_CLIMB && climbing.length
      ? await receivingUnitsOf(
          db,
          org,
          climbing.map((u) => u.parentId!),
          opts,
          climbed + 1,
        )
      : new Map();
  for (const id of open) {
    const unit = units.get(id);
    if (!unit) answer.set(id, null);
    else if (unit.kind !== 'region') answer.set(id, (unit.parentId && parents.get(unit.parentId)) ?? null);
  }
  return answer;
}

/** The receiving unit of a copy: the one recorded at delivery, else the addressed unit (copies delivered before 代收 existed). */
export const receivingUnitOfReceipt = (receipt: { unit_id: string; receiving_unit_id?: string | null }): string => receipt.receiving_unit_id ?? receipt.unit_id;

/** Records on freshly delivered copies who receives for them, in one statement however many there are. */
export async function recordReceivingUnits(
  org: Org,
  trx: Knex.Transaction,
  documentId: string,
  unitIds: readonly string[],
): Promise<Map<string, string | null>> {
  const receivers = await receivingUnitsOf(trx, org, unitIds, { db: trx });
  const known = [...receivers].filter((pair): pair is [string, string] => pair[1] !== null);
  if (known.length) {
    await trx.raw(
      `UPDATE documents_receipts r SET receiving_unit_id = v.receiver
         FROM unnest(?::uuid[], ?::uuid[]) AS v(unit_id, receiver)
        WHERE r.document_id = ? AND r.unit_id = v.unit_id`,
      [known.map(([unit]) => unit), known.map(([, receiver]) => receiver), documentId],
    );
  }
  return receivers;
}

export interface ReceivingSetting {
  unitId: string;
  receivingUnitId: string;
}

/** The administrator's settings, by unit. */
export async function receivingSettings(db: Knex): Promise<ReceivingSetting[]> {
  const rows: { unit_id: string; receiving_unit_id: string }[] = await db('documents_receiving_units')
    .orderBy('updated_at')
    .select('unit_id', 'receiving_unit_id');
  return rows.map((r) => ({ unitId: r.unit_id, receivingUnitId: r.receiving_unit_id }));
}

/**
 * Names (or, with null, clears) the unit that receives for a unit; copies not yet signed for move
 * to the new receivers' 待签收 at once. The receiving unit must have registrars.
 */
export async function setReceivingUnit(
  org: Org,
  trx: Knex.Transaction,
  unitId: string,
  receivingUnitId: string | null,
  by: string,
): Promise<Map<string, string | null>> {
  const units = await org.units([unitId, ...(receivingUnitId ? [receivingUnitId] : [])], { db: trx });
  if (!units.has(unitId) || (receivingUnitId && !units.has(receivingUnitId))) {
    throw unprocessable('documents.unknown_unit', text('单位不存在', 'No such unit'));
  }
  if (receivingUnitId === unitId) throw unprocessable('documents.receiving_self', text('代收单位不能是本单位', 'A unit cannot receive for itself'));
  if (receivingUnitId && (await org.unitsLackingPost([receivingUnitId], 'registrar', { db: trx })).length) {
    throw unprocessable('documents.receiver_without_registrar', text('代收单位没有收发员', 'The receiving unit has no registrar'));
  }
  if (receivingUnitId) {
    await trx('documents_receiving_units')
      .insert({ unit_id: unitId, receiving_unit_id: receivingUnitId, updated_by: by })
      .onConflict('unit_id')
      .merge({ receiving_unit_id: receivingUnitId, updated_by: by, updated_at: trx.fn.now() });
  } else {
    await trx('documents_receiving_units').where({ unit_id: unitId }).delete();
  }
  const receivers = await receivingUnitsOf(trx, org, [unitId], { db: trx });
  await trx('documents_receipts')
    .where({ unit_id: unitId, state: 'delivered' })
    .update({ receiving_unit_id: receivers.get(unitId) ?? null });
  return receivers;
}
