import type { Knex } from 'knex';
import { conflict, forbidden, notFound, unprocessable } from '../http/apiError.ts';
import { text } from '../i18n/text.ts';

/** A unit of a saved group, as a picker shows it. */
export interface UnitGroupMember {
  id: string;
  code: string;
  name: string;
  shortName: string;
}

/** A saved unit group (常用单位组) of one person: a name and the units in the order they were chosen. */
export interface UnitGroup {
  id: string;
  name: string;
  units: UnitGroupMember[];
  createdAt: string;
}

export interface UnitGroupInput {
  name: string;
  unitIds: string[];
}

const groupNotFound = () => notFound('org.unit_group_not_found', text('常用单位组不存在', 'No such saved unit group'));

/** Saved unit groups: each person lists, saves and removes their own. */
export class UnitGroups {
  constructor(private readonly db: Knex) {}

  async list(ownerId: string): Promise<UnitGroup[]> {
    const groups: { id: string; name: string; created_at: Date }[] = await this.db('core_org_unit_groups')
      .where({ owner_id: ownerId })
      .orderBy([{ column: 'name' }, { column: 'id' }])
      .select('id', 'name', 'created_at');
    if (!groups.length) return [];
    const members: (UnitGroupMember & { group_id: string })[] = await this.db('core_org_unit_group_members as m')
      .join('core_org_units as u', 'u.id', 'm.unit_id')
      .whereIn(
        'm.group_id',
        groups.map((g) => g.id),
      )
      .orderBy([{ column: 'm.group_id' }, { column: 'm.position' }])
      .select('m.group_id', 'u.id', 'u.code', 'u.name', 'u.short_name as shortName');
    return groups.map((g) => ({
      id: g.id,
      name: g.name,
      createdAt: g.created_at.toISOString(),
      units: members.filter((m) => m.group_id === g.id).map(({ id, code, name, shortName }) => ({ id, code, name, shortName })),
    }));
  }

  async create(ownerId: string, input: UnitGroupInput): Promise<UnitGroup> {
    const unitIds = [...new Set(input.unitIds)];
    const id = await this.db.transaction(async (trx) => {
      const known = new Set<string>(await trx('core_org_units').whereIn('id', unitIds).pluck('id'));
      const unknown = unitIds.filter((u) => !known.has(u));
      if (unknown.length)
        throw unprocessable('org.unit_group_unknown_units', text('所选机构中有已不存在的机构，请重新选择', 'Some chosen units no longer exist; choose again'), {
          unitIds: unknown,
        });
      const taken = await trx('core_org_unit_groups').where({ owner_id: ownerId, name: input.name }).first('id');
      if (taken)
        throw conflict('org.unit_group_name_taken', text(`已有名为“${input.name}”的常用单位组`, `You already have a group named “${input.name}”`), {
          name: input.name,
        });
      const [row] = await trx('core_org_unit_groups').insert({ owner_id: ownerId, name: input.name }).returning('id');
      await trx('core_org_unit_group_members').insert(unitIds.map((unitId, position) => ({ group_id: row.id, unit_id: unitId, position })));
      return row.id as string;
    });
    const saved = (await this.list(ownerId)).find((g) => g.id === id);
    if (!saved) throw groupNotFound();
    return saved;
  }

  async remove(ownerId: string, id: string): Promise<void> {
    const row: { owner_id: string } | undefined = await this.db('core_org_unit_groups').where({ id }).first('owner_id');
    if (!row) throw groupNotFound();
    if (row.owner_id !== ownerId)
      throw forbidden('org.unit_group_not_yours', text('只能删除自己保存的常用单位组', 'You can only delete the unit groups you saved'));
    await this.db('core_org_unit_groups').where({ id }).delete();
  }
}
