import type { OrgUnit } from '@kunlun/core';

/**
 * What the documents module looks at in a unit of the organization (read through ctx.org):
 * its tree path, kind and 机关代字. The organization model is core's.
 */
export type UnitInfo = Pick<OrgUnit, 'id' | 'code' | 'name' | 'shortName' | 'kind' | 'level' | 'path' | 'parentId' | 'docPrefix' | 'status'>;

/** The ids on a unit's path, root first (the unit itself last). */
export const pathIdsOf = (unit: Pick<UnitInfo, 'path'>): string[] => unit.path.split('/').filter(Boolean);

/** The region (people's government) a unit belongs to: itself when it is one. */
export function regionPathOf(unit: UnitInfo, ancestors: ReadonlyMap<string, UnitInfo>): string {
  if (unit.kind === 'region') return unit.path;
  const ids = pathIdsOf(unit).reverse();
  for (const id of ids) {
    const u = ancestors.get(id);
    if (u?.kind === 'region') return u.path;
  }
  return unit.path;
}
