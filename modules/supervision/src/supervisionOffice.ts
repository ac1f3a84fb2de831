import type { Knex } from 'knex';
import { unprocessable, text, type OrgService, type OrgUnit } from '@kunlun/core';

/**
 * 督查室: the unit that registers, issues, reviews and urges an item. Named, or else found for
 * the registrar: a unit of theirs whose name says 督查 (督查室, 督查股, 督查科, 督查处), then the
 * nearest such unit below the units above them (the government office's 督查室 for its
 * secretaries and registrars), and finally the registrar's own unit (a department supervising
 * its own work).
 */
const SUPERVISION_NAME = /督查/;

export async function supervisionOfficeOf(org: OrgService, db: Knex | Knex.Transaction, registrarId: string, officeUnitId?: string): Promise<OrgUnit> {
  if (officeUnitId) {
    const named = await org.unit(officeUnitId, { db });
    if (!named || named.status !== 'active')
      throw unprocessable('supervision.unknown_office', text('督查机构不存在或已停用', 'The supervision office does not exist'), { unitId: officeUnitId });
    return named;
  }
  const own = await org.unitsOf(registrarId, { db });
  if (!own.length)
    throw unprocessable('supervision.registrar_without_unit', text('登记人没有所在单位', 'The registrar belongs to no unit'), { personId: registrarId });
  const named = own.find((u) => SUPERVISION_NAME.test(u.name));
  if (named) return named;
  const posts = await org.postsOf(registrarId, { db });
  const primary = own.find((u) => u.id === posts.find((p) => p.isPrimary)?.unitId) ?? own[0]!;
  for (const above of await org.ancestors(primary.id, { db, includeSelf: true })) {
    const below = await org.descendants(above.id, { pageSize: 1000 }, { db });
    const office = below.items.find((u) => u.status === 'active' && SUPERVISION_NAME.test(u.name));
    if (office) return office;
  }
  return primary;
}
