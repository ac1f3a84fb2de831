import type { Knex } from 'knex';
import { notFound, text, type AuthContext, type ModuleEngine, type OrgService } from '@kunlun/core';

/**
 * Who sees which items: the supervision office its own items (those registered in a unit where
 * the caller holds a post, with supervision.item.manage); a handling unit's people the items
 * their unit leads or assists (not ones it declined); a leader the items they instructed and
 * those led by units in their charge (分管) — a principal leader's charge is every unit of their
 * government. Anything else is out of reach and answers 404, as if it did not exist.
 */
export interface ItemReach {
  userId: string;
  officeUnitIds: readonly string[];
  handlingUnitIds: readonly string[];
  chargeUnitIds: readonly string[];
}

export async function reachOf(org: OrgService, auth: AuthContext): Promise<ItemReach> {
  const posts = await org.postsOf(auth.user.id);
  const ownUnits = [...new Set(posts.map((p) => p.unitId))];
  const charge = new Set<string>();
  for (const post of posts) {
    if (post.postType !== 'leader_in_charge' && post.postType !== 'principal_leader') continue;
    for (const unit of await everyUnitBelow(org, post.unitId)) {
      if (post.postType === 'principal_leader') charge.add(unit.id);
      else if (unit.parentId === post.unitId && (await org.leadersInCharge(unit.id)).some((p) => p.id === auth.user.id)) charge.add(unit.id);
    }
  }
  return {
    userId: auth.user.id,
    officeUnitIds: auth.can('supervision.item.manage') ? ownUnits : [],
    handlingUnitIds: auth.can('supervision.item.read') ? ownUnits : [],
    chargeUnitIds: auth.can('supervision.item.read') ? [...charge] : [],
  };
}

/** Every unit below a unit, page by page. */
async function everyUnitBelow(org: OrgService, unitId: string) {
  const units = [];
  for (let page = 1; ; page++) {
    const below = await org.descendants(unitId, { page, pageSize: 1000 });
    units.push(...below.items);
    if (page * below.pageSize >= below.total) return units;
  }
}

/**
 * Limits a query over `supervision_items` aliased `alias` to the items in reach: the ids of the
 * items reached each way, united — each way reads its own index (a leader's instructions, the
 * office's items, a unit's assignments, the leads in a leader's charge), where one OR over them
 * would read every item. The ids are gathered once into an array, so the items are then fetched
 * by their keys rather than by scanning the table. `states`, when given, is applied inside each
 * way, so that a board of open items never gathers the ids of the closed ones.
 */
export function whereInReach(qb: Knex.QueryBuilder, reach: ItemReach, alias = 'i', opts: { states?: readonly string[] } = {}): Knex.QueryBuilder {
  const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');
  const states = opts.states ?? [];
  const bindings: string[] = [];
  const ofState = (item: string) => {
    bindings.push(...states);
    return states.length ? ` AND ${item}.state IN (${marks(states)})` : '';
  };
  const ways: string[] = [];
  bindings.push(reach.userId);
  ways.push(`SELECT ri.id FROM supervision_items ri WHERE ri.instructed_by = ?${ofState('ri')}`);
  if (reach.officeUnitIds.length) {
    bindings.push(...reach.officeUnitIds);
    ways.push(`SELECT oi.id FROM supervision_items oi WHERE oi.office_unit_id IN (${marks(reach.officeUnitIds)})${ofState('oi')}`);
  }
  const byAssignment = (a: string, unitIds: readonly string[], lead: boolean) => {
    bindings.push(...unitIds);
    const join = states.length ? ` JOIN supervision_items ${a}i ON ${a}i.id = ${a}.item_id` : '';
    const where = `${a}.unit_id IN (${marks(unitIds)})${lead ? ` AND ${a}.role = 'lead'` : ''} AND ${a}.state <> 'declined'`;
    const sql = `SELECT ${a}.item_id FROM supervision_assignments ${a}${join} WHERE ${where}`;
    return sql + ofState(`${a}i`);
  };
  if (reach.handlingUnitIds.length) ways.push(byAssignment('ra', reach.handlingUnitIds, false));
  if (reach.chargeUnitIds.length) ways.push(byAssignment('ca', reach.chargeUnitIds, true));
  return qb.whereRaw(`${alias}.id = ANY(ARRAY(${ways.join(' UNION ')}))`, bindings);
}

/** How the caller stands to one item: what they may do with it. */
export interface ItemStanding {
  manages: boolean;
  /** The caller's units among the item's handling units (signed or not). */
  handlingUnitIds: string[];
  isLeader: boolean;
}

/**
 * The caller's standing to an item, or 404 when it is out of their reach. Someone given a task
 * of the item or of its extension requests (the office director standing in for the 督查室's
 * head at 审核 …) may read it too, while the task is theirs and after.
 */
export async function standingTo(
  db: Knex | Knex.Transaction,
  reach: ItemReach,
  itemId: string,
  engine?: Pick<ModuleEngine, 'isParticipant'>,
): Promise<ItemStanding> {
  const item = await whereInReach(db('supervision_items as i').where('i.id', itemId), reach).first('i.office_unit_id', 'i.instructed_by');
  if (!item) {
    if (engine && (await takesPart(db, engine, reach.userId, itemId))) return { manages: false, handlingUnitIds: [], isLeader: false };
    throw notFound('supervision.not_found', text('督办事项不存在', 'No such item'));
  }
  const units: string[] = reach.handlingUnitIds.length
    ? await db('supervision_assignments').where({ item_id: itemId }).whereIn('unit_id', reach.handlingUnitIds).whereNot('state', 'declined').pluck('unit_id')
    : [];
  return {
    manages: reach.officeUnitIds.includes(item.office_unit_id),
    handlingUnitIds: units,
    isLeader: item.instructed_by === reach.userId,
  };
}

async function takesPart(db: Knex | Knex.Transaction, engine: Pick<ModuleEngine, 'isParticipant'>, userId: string, itemId: string): Promise<boolean> {
  const item = await db('supervision_items').where({ id: itemId }).first('instance_id');
  if (!item) return false;
  const extensions: string[] = await db('supervision_extensions').where({ item_id: itemId }).whereNotNull('instance_id').pluck('instance_id');
  return engine.isParticipant([item.instance_id, ...extensions], userId);
}
