import type { Knex } from 'knex';
import { unprocessable, text, type OrgService } from '@kunlun/core';
import type { HandlingUnitRequest } from './contract.ts';
import type { AssignmentRole } from './itemVocabulary.ts';

/**
 * The units that handle an item (承办单位): one lead (牵头) and any co-units (协办), each with
 * its contact — the unit's person for the item, who signs for it and reports on it. A unit
 * named without a contact gets its first 收发员, or its head where it has none.
 */
export interface HandlingUnit {
  unitId: string;
  unitName: string;
  role: AssignmentRole;
  contactId: string;
  contactName: string;
  contactPhone: string;
}

const CONTACT_POSTS = ['registrar', 'dept_head', 'office_director', 'staff'];

/** Checks the units and their contacts and fills in the missing contacts; 422 naming the unit when one cannot be used. */
export async function resolveHandlingUnits(
  org: OrgService,
  db: Knex | Knex.Transaction,
  lead: HandlingUnitRequest,
  coUnits: readonly HandlingUnitRequest[],
): Promise<HandlingUnit[]> {
  const requests = [{ ...lead, role: 'lead' as const }, ...coUnits.map((c) => ({ ...c, role: 'co' as const }))];
  const ids = requests.map((r) => r.unitId);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice)
    throw unprocessable('supervision.unit_twice', text('同一单位不能既牵头又协办，也不能重复协办', 'A unit may lead or assist once'), { unitId: twice });
  const units = await org.units(ids, { db });
  const resolved: HandlingUnit[] = [];
  for (const r of requests) {
    const unit = units.get(r.unitId);
    if (!unit || unit.status !== 'active')
      throw unprocessable('supervision.unknown_unit', text('承办单位不存在或已停用', 'The handling unit does not exist or is disabled'), { unitId: r.unitId });
    const contact = r.contactId ? await namedContact(org, db, r.unitId, r.contactId) : await defaultContact(org, db, r.unitId);
    if (!contact)
      throw unprocessable(
        'supervision.no_contact',
        text(`「${unit.name}」没有可以签收的人员，请指定联系人`, `${unit.name} has no one to sign for it; name a contact`),
        {
          unitId: r.unitId,
        },
      );
    resolved.push({
      unitId: r.unitId,
      unitName: unit.name,
      role: r.role,
      contactId: contact.id,
      contactName: contact.displayName,
      contactPhone: r.contactPhone ?? '',
    });
  }
  return resolved;
}

async function namedContact(org: OrgService, db: Knex | Knex.Transaction, unitId: string, contactId: string) {
  if (!(await org.holdsPost(contactId, unitId, CONTACT_POSTS, { db })))
    throw unprocessable('supervision.contact_not_in_unit', text('联系人不在该承办单位', 'The contact does not work in that unit'), { unitId, contactId });
  return (await org.people([contactId], { db })).get(contactId) ?? null;
}

async function defaultContact(org: OrgService, db: Knex | Knex.Transaction, unitId: string) {
  for (const post of CONTACT_POSTS) {
    const [holder] = await org.postHolders([unitId], post, { db });
    if (holder) return holder.person;
  }
  return null;
}

/** Who hears about an item in a unit: its contact and the unit's 收发员. */
export async function unitListeners(
  org: OrgService,
  db: Knex | Knex.Transaction,
  unitIds: readonly string[],
  contactIds: readonly (string | null)[],
): Promise<string[]> {
  const registrars = unitIds.length ? await org.postHolders(unitIds, 'registrar', { db }) : [];
  return [...new Set([...contactIds.filter((c): c is string => Boolean(c)), ...registrars.map((h) => h.person.id)])];
}
