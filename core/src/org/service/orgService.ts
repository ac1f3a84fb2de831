import type { Queryable } from '../../db/database.ts';
import type { UnitKind, UnitLevel } from '../unitRules.ts';

/**
 * What a module may read of the organization (ctx.org): units, the people in them and the posts
 * they hold. Read-only — the organization is administered by core. Every read takes an optional
 * `db` (a transaction of the module's own, or the database) and answers as that connection sees
 * the organization; answers are kept while the organization's version stands still, so repeated
 * reads cost one small round trip. Answers are frozen: they are shared between callers.
 */
export interface OrgService {
  /** A unit by id; null when there is none. */
  unit(id: string, opts?: OrgReadOptions): Promise<OrgUnit | null>;
  /** Units by id, in one lookup however many are asked for; ids with no unit are absent from the map. */
  units(ids: readonly string[], opts?: OrgReadOptions): Promise<ReadonlyMap<string, OrgUnit>>;
  /** A unit by its code (GB/T 2260 division code, or a department's code such as 632200-001). */
  unitByCode(code: string, opts?: OrgReadOptions): Promise<OrgUnit | null>;
  /** The units that issue documents under this 机关代字. */
  unitsWithDocPrefix(docPrefix: string, opts?: OrgReadOptions): Promise<readonly OrgUnit[]>;
  /** A unit's ancestors, nearest first (its parent, …, the root); with `includeSelf` the unit comes first. Unknown unit: none. */
  ancestors(unitId: string, opts?: OrgReadOptions & { includeSelf?: boolean }): Promise<readonly OrgUnit[]>;
  /** Every unit below a unit (not itself), by depth, then sort order and code. */
  descendants(unitId: string, query?: OrgUnitQuery, opts?: OrgReadOptions): Promise<OrgPage<OrgUnit>>;
  /** Units of a kind and/or level anywhere in the tree, by depth, then sort order and code. */
  listUnits(query?: OrgUnitQuery, opts?: OrgReadOptions): Promise<OrgPage<OrgUnit>>;

  /** Active regular accounts among these ids (disabled people and administrators are absent). */
  people(userIds: readonly string[], opts?: OrgReadOptions): Promise<ReadonlyMap<string, OrgPerson>>;
  /** The active people holding a post in a unit (or, with `includeSubunits`, anywhere below it too), by name. */
  peopleInUnit(unitId: string, query?: OrgPeopleQuery, opts?: OrgReadOptions): Promise<OrgPage<OrgPerson>>;
  /**
   * The active holders of a post type in any of these units (the 收发员 of the recipient units …),
   * primary posts first. The answer grows with the units asked about: ask in batches.
   */
  postHolders(unitIds: readonly string[], postType: string, opts?: OrgReadOptions): Promise<readonly OrgPostHolder[]>;
  /** The 分管领导 of a unit: the active holders of a leader-in-charge post who have the unit in their charge (usually one). */
  leadersInCharge(unitId: string, opts?: OrgReadOptions): Promise<readonly OrgPerson[]>;
  /** Units among these that have no active holder of the post, in the order given. */
  unitsLackingPost(unitIds: readonly string[], postType: string, opts?: OrgReadOptions): Promise<readonly string[]>;

  /** The posts a person holds, primary first. */
  postsOf(userId: string, opts?: OrgReadOptions): Promise<readonly OrgPost[]>;
  /** The units in which a person holds any post, the primary post's unit first. */
  unitsOf(userId: string, opts?: OrgReadOptions): Promise<readonly OrgUnit[]>;
  /** Whether a person holds one of these post types in the unit. */
  holdsPost(userId: string, unitId: string, postTypes: readonly string[], opts?: OrgReadOptions): Promise<boolean>;
  /** Display names of accounts (any status: a disabled person's name still shows on what they did). */
  displayNames(userIds: readonly (string | null | undefined)[], opts?: OrgReadOptions): Promise<ReadonlyMap<string, string>>;
}

export interface OrgReadOptions {
  /** Read on this connection or transaction (default: the database). */
  db?: Queryable;
}

/** A unit of the organization tree. */
export interface OrgUnit {
  readonly id: string;
  readonly parentId: string | null;
  readonly code: string;
  readonly kind: UnitKind;
  readonly level: UnitLevel;
  readonly name: string;
  readonly shortName: string;
  /** 机关代字 (青政办), for bodies that issue documents. */
  readonly docPrefix: string | null;
  readonly sortOrder: number;
  /** 0 for a root. */
  readonly depth: number;
  /** The ids from the root down to the unit itself: `/rootId/…/ownId/`. A unit is below another when its path starts with the other's. */
  readonly path: string;
  readonly status: 'active' | 'disabled';
}

/** A person (an active regular account). */
export interface OrgPerson {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
}

/** A post (岗位) a person holds in a unit. */
export interface OrgPost {
  readonly unitId: string;
  /** principal_leader, leader_in_charge, dept_head, office_director, registrar, secretary, staff … */
  readonly postType: string;
  readonly title: string | null;
  readonly isPrimary: boolean;
}

export interface OrgPostHolder extends OrgPost {
  readonly person: OrgPerson;
}

export interface OrgPageRequest {
  /** From 1 (default 1). */
  page?: number;
  /** 1 to 1000 (default 50). */
  pageSize?: number;
}

export interface OrgUnitQuery extends OrgPageRequest {
  kind?: UnitKind;
  level?: UnitLevel;
  status?: 'active' | 'disabled';
}

export interface OrgPeopleQuery extends OrgPageRequest {
  /** Only holders of this post type. */
  postType?: string;
  includeSubunits?: boolean;
}

/** One page of a list, shaped as the HTTP API answers lists. */
export interface OrgPage<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}
