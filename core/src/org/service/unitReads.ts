import type { Queryable } from '../../db/database.ts';
import { countRows } from '../../db/database.ts';
import type { UnitRow } from '../orgUnits.ts';
import type { OrgPage, OrgUnit, OrgUnitQuery } from './orgService.ts';
import { pageOf } from './orgPaging.ts';
import { orderUnits } from '../unitOrder.ts';

/**
 * The queries behind the unit reads of the organization service. Units are listed the way the
 * organization API lists them (see unitOrder.ts).
 */
const UNIT_COLUMNS = ['id', 'parent_id', 'code', 'kind', 'level', 'name', 'short_name', 'doc_prefix', 'sort_order', 'depth', 'path', 'status'] as const;
/** PostgreSQL takes many more, but an IN list this long plans quickly. */
const IDS_PER_QUERY = 1000;

type UnitColumns = Pick<UnitRow, (typeof UNIT_COLUMNS)[number]>;

const columns = (alias: string) => UNIT_COLUMNS.map((c) => `${alias}.${c}`);

export function toOrgUnit(row: UnitColumns): OrgUnit {
  return Object.freeze({
    id: row.id,
    parentId: row.parent_id,
    code: row.code,
    kind: row.kind,
    level: row.level,
    name: row.name,
    shortName: row.short_name,
    docPrefix: row.doc_prefix,
    sortOrder: Number(row.sort_order),
    depth: Number(row.depth),
    path: row.path,
    status: row.status,
  });
}

/** The ids of a unit's path, root first (the unit itself last). */
export const pathIds = (path: string): string[] => path.split('/').filter(Boolean);

export async function loadUnitsByIds(db: Queryable, ids: readonly string[]): Promise<Map<string, OrgUnit>> {
  const found = new Map<string, OrgUnit>();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const rows: UnitColumns[] = await db('core_org_units as u')
      .whereIn('u.id', ids.slice(i, i + IDS_PER_QUERY))
      .select(columns('u'));
    for (const row of rows) found.set(row.id, toOrgUnit(row));
  }
  return found;
}

export async function loadUnitByCode(db: Queryable, code: string): Promise<OrgUnit | null> {
  const row: UnitColumns | undefined = await db('core_org_units as u').where('u.code', code).first(columns('u'));
  return row ? toOrgUnit(row) : null;
}

export async function loadUnitsWithDocPrefix(db: Queryable, docPrefix: string): Promise<readonly OrgUnit[]> {
  const rows: UnitColumns[] = await orderUnits(db('core_org_units as u').where('u.doc_prefix', docPrefix).select(columns('u')));
  return Object.freeze(rows.map(toOrgUnit));
}

/** Units below the one with this path (or the whole tree for null), filtered and paged. */
export async function loadUnitPage(
  db: Queryable,
  under: string | null,
  query: Required<Pick<OrgUnitQuery, 'page' | 'pageSize'>> & OrgUnitQuery,
): Promise<OrgPage<OrgUnit>> {
  const q = db('core_org_units as u');
  if (under !== null) q.where('u.path', 'like', `${under.replace(/[\\%_]/g, (c) => `\\${c}`)}%`).whereNot('u.path', under);
  if (query.kind) q.where('u.kind', query.kind);
  if (query.level) q.where('u.level', query.level);
  if (query.status) q.where('u.status', query.status);
  const total = await countRows(q);
  const rows: UnitColumns[] = total
    ? await orderUnits(q.clone().select(columns('u')))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
    : [];
  return pageOf(rows.map(toOrgUnit), total, query);
}
