import type { Knex } from 'knex';
import type { Queryable } from '../../db/database.ts';
import type { OrgPage, OrgPeopleQuery, OrgPerson, OrgPost, OrgPostHolder, OrgReadOptions, OrgService, OrgUnit, OrgUnitQuery } from './orgService.ts';
import { orgGenerationOf, type OrgGeneration } from './orgGeneration.ts';
import { OrgReadCache } from './orgReadCache.ts';
import { pageOf, pagingOf } from './orgPaging.ts';
import { loadUnitByCode, loadUnitPage, loadUnitsByIds, loadUnitsWithDocPrefix, pathIds } from './unitReads.ts';
import { loadDisplayNames, loadLeadersInCharge, loadPeople, loadPeopleInUnit, loadPostHolders, loadPostsOf } from './peopleReads.ts';

/**
 * The organization service modules get as ctx.org (see OrgService): each read looks up which
 * state of the organization its connection sees (one small query), then answers from what was
 * read under that state, or reads it and keeps it. Batch reads (units, people, names, post
 * holders) keep one answer per id, so a later batch that overlaps reads only the ids it lacks.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids that cannot name a row answer "none" without a query (a malformed uuid would break the caller's transaction). */
const wellFormed = (ids: readonly (string | null | undefined)[]): string[] => [
  ...new Set(ids.filter((id): id is string => typeof id === 'string' && UUID.test(id))),
];
/** A connection and the state of the organization it sees. */
interface State {
  db: Queryable;
  generation: OrgGeneration;
}
const frozen = <T>(items: T[]): readonly T[] => Object.freeze(items);

export class OrgDirectory implements OrgService {
  private readonly cache = new OrgReadCache();

  constructor(private readonly db: Knex) {}

  private async read(opts: OrgReadOptions | undefined): Promise<State> {
    const db = opts?.db ?? this.db;
    return { db, generation: await orgGenerationOf(db) };
  }

  async unit(id: string, opts?: OrgReadOptions): Promise<OrgUnit | null> {
    return (await this.units([id], opts)).get(id) ?? null;
  }

  async units(ids: readonly string[], opts?: OrgReadOptions): Promise<ReadonlyMap<string, OrgUnit>> {
    if (!wellFormed(ids).length) return new Map();
    return this.unitsAt(await this.read(opts), ids);
  }

  private async unitsAt(at: State, ids: readonly string[]): Promise<Map<string, OrgUnit>> {
    const wanted = wellFormed(ids);
    if (!wanted.length) return new Map();
    const found = await this.cache.getMany<OrgUnit | null>(at.generation, 'unit:', wanted, (missing) => loadUnitsByIds(at.db, missing), null);
    return new Map([...found].filter((entry): entry is [string, OrgUnit] => entry[1] !== null));
  }

  async unitByCode(code: string, opts?: OrgReadOptions): Promise<OrgUnit | null> {
    const { db, generation } = await this.read(opts);
    return this.cache.get(generation, `code:${code}`, () => loadUnitByCode(db, code));
  }

  async unitsWithDocPrefix(docPrefix: string, opts?: OrgReadOptions): Promise<readonly OrgUnit[]> {
    const { db, generation } = await this.read(opts);
    return this.cache.get(generation, `prefix:${docPrefix}`, () => loadUnitsWithDocPrefix(db, docPrefix));
  }

  async ancestors(unitId: string, opts?: OrgReadOptions & { includeSelf?: boolean }): Promise<readonly OrgUnit[]> {
    if (!wellFormed([unitId]).length) return frozen([]);
    const at = await this.read(opts);
    const unit = (await this.unitsAt(at, [unitId])).get(unitId);
    if (!unit) return frozen([]);
    const ids = pathIds(unit.path)
      .reverse()
      .slice(opts?.includeSelf ? 0 : 1);
    const chain = await this.unitsAt(at, ids);
    return frozen(ids.map((id) => chain.get(id)).filter((u): u is OrgUnit => u !== undefined));
  }

  async descendants(unitId: string, query?: OrgUnitQuery, opts?: OrgReadOptions): Promise<OrgPage<OrgUnit>> {
    const q = pagingOf(query);
    if (!wellFormed([unitId]).length) return pageOf([], 0, q);
    const at = await this.read(opts);
    const unit = (await this.unitsAt(at, [unitId])).get(unitId);
    if (!unit) return pageOf([], 0, q);
    return this.cache.get(at.generation, `below:${unit.id}:${unitQueryKey(q)}`, () => loadUnitPage(at.db, unit.path, q));
  }

  async listUnits(query?: OrgUnitQuery, opts?: OrgReadOptions): Promise<OrgPage<OrgUnit>> {
    const q = pagingOf(query);
    const { db, generation } = await this.read(opts);
    return this.cache.get(generation, `list:${unitQueryKey(q)}`, () => loadUnitPage(db, null, q));
  }

  async people(userIds: readonly string[], opts?: OrgReadOptions): Promise<ReadonlyMap<string, OrgPerson>> {
    const wanted = wellFormed(userIds);
    if (!wanted.length) return new Map();
    const { db, generation } = await this.read(opts);
    const found = await this.cache.getMany<OrgPerson | null>(generation, 'person:', wanted, (missing) => loadPeople(db, missing), null);
    return new Map([...found].filter((entry): entry is [string, OrgPerson] => entry[1] !== null));
  }

  async peopleInUnit(unitId: string, query?: OrgPeopleQuery, opts?: OrgReadOptions): Promise<OrgPage<OrgPerson>> {
    const q = pagingOf(query);
    if (!wellFormed([unitId]).length) return pageOf([], 0, q);
    const at = await this.read(opts);
    const unit = (await this.unitsAt(at, [unitId])).get(unitId);
    if (!unit) return pageOf([], 0, q);
    const key = `people:${unit.id}:${q.postType ?? ''}:${q.includeSubunits ? 'below' : 'in'}:${q.page}:${q.pageSize}`;
    return this.cache.get(at.generation, key, () => loadPeopleInUnit(at.db, unit, q));
  }

  async postHolders(unitIds: readonly string[], postType: string, opts?: OrgReadOptions): Promise<readonly OrgPostHolder[]> {
    const byUnit = await this.holdersByUnit(unitIds, postType, opts);
    return frozen([...byUnit.values()].flat());
  }

  async leadersInCharge(unitId: string, opts?: OrgReadOptions): Promise<readonly OrgPerson[]> {
    if (!wellFormed([unitId]).length) return frozen([]);
    const { db, generation } = await this.read(opts);
    return this.cache.get(generation, `charge:${unitId}`, () => loadLeadersInCharge(db, unitId));
  }

  async unitsLackingPost(unitIds: readonly string[], postType: string, opts?: OrgReadOptions): Promise<readonly string[]> {
    const byUnit = await this.holdersByUnit(unitIds, postType, opts);
    return frozen(unitIds.filter((id) => !byUnit.get(id)?.length));
  }

  async postsOf(userId: string, opts?: OrgReadOptions): Promise<readonly OrgPost[]> {
    if (!wellFormed([userId]).length) return frozen([]);
    return this.postsAt(await this.read(opts), userId);
  }

  private postsAt(at: State, userId: string): Promise<readonly OrgPost[]> {
    return this.cache.get(at.generation, `posts:${userId}`, () => loadPostsOf(at.db, userId));
  }

  async unitsOf(userId: string, opts?: OrgReadOptions): Promise<readonly OrgUnit[]> {
    if (!wellFormed([userId]).length) return frozen([]);
    const at = await this.read(opts);
    const ids = [...new Set((await this.postsAt(at, userId)).map((p) => p.unitId))];
    const units = await this.unitsAt(at, ids);
    return frozen(ids.map((id) => units.get(id)).filter((u): u is OrgUnit => u !== undefined));
  }

  async holdsPost(userId: string, unitId: string, postTypes: readonly string[], opts?: OrgReadOptions): Promise<boolean> {
    return (await this.postsOf(userId, opts)).some((p) => p.unitId === unitId && postTypes.includes(p.postType));
  }

  async displayNames(userIds: readonly (string | null | undefined)[], opts?: OrgReadOptions): Promise<ReadonlyMap<string, string>> {
    const wanted = wellFormed(userIds);
    if (!wanted.length) return new Map();
    const { db, generation } = await this.read(opts);
    const found = await this.cache.getMany<string | null>(generation, 'name:', wanted, (missing) => loadDisplayNames(db, missing), null);
    return new Map([...found].filter((entry): entry is [string, string] => entry[1] !== null));
  }

  /** The active holders of a post, unit by unit (an entry for every well-formed id asked about). */
  private async holdersByUnit(unitIds: readonly string[], postType: string, opts?: OrgReadOptions): Promise<Map<string, readonly OrgPostHolder[]>> {
    const wanted = wellFormed(unitIds);
    if (!wanted.length) return new Map();
    const { db, generation } = await this.read(opts);
    return this.cache.getMany<readonly OrgPostHolder[]>(
      generation,
      `holders:${postType}:`,
      wanted,
      async (missing) => {
        const grouped = new Map<string, OrgPostHolder[]>(missing.map((id) => [id, []]));
        for (const holder of await loadPostHolders(db, missing, postType)) grouped.get(holder.unitId)?.push(holder);
        return new Map([...grouped].map(([id, list]) => [id, frozen(list)]));
      },
      frozen([]),
    );
  }
}

const unitQueryKey = (q: OrgUnitQuery & { page: number; pageSize: number }) => `${q.kind ?? ''}:${q.level ?? ''}:${q.status ?? ''}:${q.page}:${q.pageSize}`;

/** The organization service over a database. */
export function createOrgService(db: Knex): OrgService {
  return new OrgDirectory(db);
}
