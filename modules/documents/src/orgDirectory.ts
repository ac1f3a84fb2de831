import type { Queryable } from '@kunlun/core';

/**
 * What the documents module reads of the organization: units with their tree path and 机关代字,
 * and the posts people hold (收发员, 办公室主任 …). Read-only; the org model is core's.
 */
export interface UnitInfo {
  id: string;
  code: string;
  name: string;
  shortName: string;
  kind: 'region' | 'department';
  level: string;
  path: string;
  parentId: string | null;
  docPrefix: string | null;
  status: string;
}

const UNIT_COLUMNS = ['id', 'code', 'name', 'short_name', 'kind', 'level', 'path', 'parent_id', 'doc_prefix', 'status'];

const toUnit = (r: Record<string, unknown>): UnitInfo => ({
  id: r.id as string,
  code: r.code as string,
  name: r.name as string,
  shortName: r.short_name as string,
  kind: r.kind as UnitInfo['kind'],
  level: r.level as string,
  path: r.path as string,
  parentId: (r.parent_id as string | null) ?? null,
  docPrefix: (r.doc_prefix as string | null) ?? null,
  status: r.status as string,
});

export async function unitsByIds(db: Queryable, ids: readonly string[]): Promise<Map<string, UnitInfo>> {
  const found = new Map<string, UnitInfo>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 1000) {
    const rows = await db('core_org_units').whereIn('id', unique.slice(i, i + 1000)).select(UNIT_COLUMNS);
    for (const r of rows) found.set(r.id, toUnit(r));
  }
  return found;
}

export async function unitById(db: Queryable, id: string): Promise<UnitInfo | null> {
  const row = await db('core_org_units').where({ id }).first(UNIT_COLUMNS);
  return row ? toUnit(row) : null;
}

/** A unit and its ancestors, nearest first. */
export async function unitWithAncestors(db: Queryable, unitId: string): Promise<UnitInfo[]> {
  const unit = await unitById(db, unitId);
  if (!unit) return [];
  const ids = unit.path.split('/').filter(Boolean);
  const all = await unitsByIds(db, ids);
  return ids
    .reverse()
    .map((id) => all.get(id))
    .filter((u): u is UnitInfo => Boolean(u));
}

/** The region (people's government) a unit belongs to: itself when it is one. */
export function regionPathOf(unit: UnitInfo, ancestors: ReadonlyMap<string, UnitInfo>): string {
  if (unit.kind === 'region') return unit.path;
  const ids = unit.path.split('/').filter(Boolean).reverse();
  for (const id of ids) {
    const u = ancestors.get(id);
    if (u?.kind === 'region') return u.path;
  }
  return unit.path;
}

/** Units in which a person holds any post. */
export async function unitsOfUser(db: Queryable, userId: string): Promise<UnitInfo[]> {
  const rows = await db('core_posts as p').join('core_org_units as o', 'o.id', 'p.unit_id').where('p.user_id', userId).distinct(UNIT_COLUMNS.map((c) => `o.${c}`));
  return rows.map(toUnit);
}

/** Units in which a person holds one of these posts. */
export async function unitIdsWherePost(db: Queryable, userId: string, postTypes: readonly string[]): Promise<string[]> {
  return db('core_posts').where('user_id', userId).whereIn('post_type', postTypes).distinct('unit_id').pluck('unit_id');
}

export async function holdsPost(db: Queryable, userId: string, unitId: string, postTypes: readonly string[]): Promise<boolean> {
  return Boolean(await db('core_posts').where({ user_id: userId, unit_id: unitId }).whereIn('post_type', postTypes).first('id'));
}

/** Units among these without an active holder of the post. */
export async function unitsLackingPost(db: Queryable, unitIds: readonly string[], postType: string): Promise<string[]> {
  if (!unitIds.length) return [];
  const staffed: string[] = await db('core_posts as p')
    .join('core_users as u', 'u.id', 'p.user_id')
    .whereIn('p.unit_id', [...unitIds])
    .where({ 'p.post_type': postType, 'u.status': 'active' })
    .distinct('p.unit_id')
    .pluck('p.unit_id');
  return unitIds.filter((id) => !staffed.includes(id));
}

export async function displayNames(db: Queryable, userIds: readonly (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((x): x is string => Boolean(x)))];
  if (!ids.length) return new Map();
  const rows: { id: string; display_name: string }[] = await db('core_users').whereIn('id', ids).select('id', 'display_name');
  return new Map(rows.map((r) => [r.id, r.display_name]));
}


/** The active people holding a post in any of these units (the 收发员 of the recipient units …). */
export async function postHolders(db: Queryable, unitIds: readonly string[], postType: string): Promise<{ userId: string; unitId: string }[]> {
  if (!unitIds.length) return [];
  const rows: { user_id: string; unit_id: string }[] = await db('core_posts as p')
    .join('core_users as u', 'u.id', 'p.user_id')
    .whereIn('p.unit_id', [...unitIds])
    .where({ 'p.post_type': postType, 'u.status': 'active', 'u.account_kind': 'regular' })
    .select('p.user_id', 'p.unit_id');
  return rows.map((r) => ({ userId: r.user_id, unitId: r.unit_id }));
}
