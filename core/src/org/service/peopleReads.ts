import type { Knex } from 'knex';
import type { Queryable } from '../../db/database.ts';
import { countRows } from '../../db/database.ts';
import type { OrgPage, OrgPeopleQuery, OrgPerson, OrgPost, OrgPostHolder } from './orgService.ts';
import { pageOf } from './orgPaging.ts';

/**
 * The queries behind the people reads of the organization service. "People" are active regular
 * accounts (administrators' accounts hold no posts, disabled people hold no duties); posts are
 * ordered as the engine orders the holders of a post it assigns: primary first, then the post's
 * sort order and age; the leader in charge (分管领导) is the holder of a leader_in_charge post
 * with the unit in its charges (core_post_charges), as the engine's leaderInCharge() resolves it.
 */
const IDS_PER_QUERY = 1000;
const POST_ORDER = [{ column: 'p.is_primary', order: 'desc' }, { column: 'p.sort_order' }, { column: 'p.created_at' }, { column: 'p.id' }];

interface PersonRow {
  id: string;
  username: string;
  display_name: string;
}

const PERSON_COLUMNS = ['usr.id', 'usr.username', 'usr.display_name'];
const toPerson = (r: PersonRow): OrgPerson => Object.freeze({ id: r.id, username: r.username, displayName: r.display_name });
const activeRegular = (q: Knex.QueryBuilder) => q.where({ 'usr.status': 'active', 'usr.account_kind': 'regular' });

async function inChunks<T>(ids: readonly string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const all: T[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) all.push(...(await load(ids.slice(i, i + IDS_PER_QUERY))));
  return all;
}

export async function loadPeople(db: Queryable, ids: readonly string[]): Promise<Map<string, OrgPerson>> {
  const rows = await inChunks(ids, (chunk) => activeRegular(db('core_users as usr').whereIn('usr.id', chunk)).select(PERSON_COLUMNS) as Promise<PersonRow[]>);
  return new Map(rows.map((r) => [r.id, toPerson(r)]));
}

export async function loadDisplayNames(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await inChunks(
    ids,
    (chunk) => db('core_users').whereIn('id', chunk).select('id', 'display_name') as Promise<{ id: string; display_name: string }[]>,
  );
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** The people holding a post in the unit (or below the unit's path), by name. */
export async function loadPeopleInUnit(
  db: Queryable,
  unit: { id: string; path: string },
  query: OrgPeopleQuery & { page: number; pageSize: number },
): Promise<OrgPage<OrgPerson>> {
  const q = activeRegular(db('core_users as usr')).whereExists((sub) => {
    sub.select(db.raw('1')).from('core_posts as p').whereRaw('p.user_id = usr.id');
    if (query.includeSubunits)
      sub.join('core_org_units as pu', 'pu.id', 'p.unit_id').where('pu.path', 'like', `${unit.path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    else sub.where('p.unit_id', unit.id);
    if (query.postType) sub.where('p.post_type', query.postType);
  });
  const total = await countRows(q);
  const rows: PersonRow[] = total
    ? await q
        .clone()
        .select(PERSON_COLUMNS)
        .orderBy([{ column: 'usr.display_name' }, { column: 'usr.username' }])
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
    : [];
  return pageOf(rows.map(toPerson), total, query);
}

interface HolderRow extends PersonRow {
  unit_id: string;
  post_type: string;
  title: string | null;
  is_primary: boolean;
}

export async function loadPostHolders(db: Queryable, unitIds: readonly string[], postType: string): Promise<readonly OrgPostHolder[]> {
  const rows = await inChunks(
    unitIds,
    (chunk) =>
      activeRegular(db('core_posts as p').join('core_users as usr', 'usr.id', 'p.user_id'))
        .whereIn('p.unit_id', chunk)
        .where('p.post_type', postType)
        .orderBy(POST_ORDER)
        .select(...PERSON_COLUMNS, 'p.unit_id', 'p.post_type', 'p.title', 'p.is_primary') as Promise<HolderRow[]>,
  );
  return Object.freeze(
    rows.map((r) => Object.freeze({ unitId: r.unit_id, postType: r.post_type, title: r.title, isPrimary: r.is_primary, person: toPerson(r) })),
  );
}

export async function loadLeadersInCharge(db: Queryable, unitId: string): Promise<readonly OrgPerson[]> {
  const rows: PersonRow[] = await activeRegular(
    db('core_post_charges as c').join('core_posts as p', 'p.id', 'c.post_id').join('core_users as usr', 'usr.id', 'p.user_id'),
  )
    .where({ 'c.unit_id': unitId, 'p.post_type': 'leader_in_charge' })
    .orderBy([{ column: 'p.sort_order' }, { column: 'p.created_at' }, { column: 'p.id' }])
    .select(PERSON_COLUMNS);
  return Object.freeze(rows.map(toPerson));
}

/** A person's posts (whatever the account's state: the caller asks about someone it knows). */
export async function loadPostsOf(db: Queryable, userId: string): Promise<readonly OrgPost[]> {
  const rows: { unit_id: string; post_type: string; title: string | null; is_primary: boolean }[] = await db('core_posts as p')
    .where('p.user_id', userId)
    .orderBy(POST_ORDER)
    .select('p.unit_id', 'p.post_type', 'p.title', 'p.is_primary');
  return Object.freeze(rows.map((r) => Object.freeze({ unitId: r.unit_id, postType: r.post_type, title: r.title, isPrimary: r.is_primary })));
}
