import type { Knex } from 'knex';
import type { RuleValue, UnitArg, UnitRef, UserRef } from './orgRules.ts';
import { OrgLookups } from './orgLookups.ts';
import { orgVersionOf } from './orgVersion.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Db = Knex | Knex.Transaction;

interface ProxyRow {
  user_id: string;
  proxy_id: string;
  starts_at: Date;
  ends_at: Date;
  process_keys: string[] | null;
}

const PROXY_TTL_MS = 10_000;

/**
 * Turns what an assignee rule evaluated to into people (active accounts), in the order the rule
 * gave them and without repeats; and applies out-of-office proxies (委托) to the result. What it
 * looks up in the organization is kept while the organization's version stands still.
 */
export class AssigneeResolver {
  /** Everything looked up in the organization, valid while its version stands still. */
  private readonly lookups = new OrgLookups();

  /** `load` may hand back a knex query (a thenable that runs again on every `then`): it runs once. */
  private cached<T>(db: Db, key: string, load: () => PromiseLike<T>): Promise<T> {
    return orgVersionOf(db).then((version) => this.lookups.get(version, key, () => Promise.resolve(load())));
  }

  /** A unit with its ancestors, as assignee rules see it. */
  unitRef(db: Db, unitId: string | null): Promise<UnitRef | null> {
    if (!unitId) return Promise.resolve(null);
    return this.cached(db, `unit:${unitId}`, () => this.loadUnitRef(db, unitId));
  }

  private async loadUnitRef(db: Db, unitId: string): Promise<UnitRef | null> {
    const unit = await db('core_org_units').where({ id: unitId }).first('path');
    if (!unit) return null;
    const ids = String(unit.path).split('/').filter(Boolean);
    const rows: { id: string; code: string; name: string; level: string; kind: string }[] = await db('core_org_units')
      .whereIn('id', ids)
      .select('id', 'code', 'name', 'level', 'kind');
    let parent: UnitRef | null = null;
    let region: UnitRef | null = null;
    for (const id of ids) {
      const row = rows.find((r) => r.id === id);
      if (!row) continue;
      const ref: UnitRef = { $unit: row.id, id: row.id, code: row.code, name: row.name, level: row.level, kind: row.kind, parent, region: null };
      // A region is its own region; the reference is a copy without links, so the value stays a tree (FEEL walks it).
      ref.region = row.kind === 'region' ? { ...ref, parent: null, region: null } : region;
      if (row.kind === 'region') region = ref.region;
      parent = ref;
    }
    return parent;
  }

  async userRef(db: Db, userId: string | null, unitId: string | null): Promise<UserRef | null> {
    if (!userId) return null;
    const name = this.cached(db, `name:${userId}`, () =>
      db('core_users')
        .where({ id: userId })
        .first('display_name')
        .then((u) => (u?.display_name as string | undefined) ?? null),
    );
    const [display, unit] = await Promise.all([name, this.unitRef(db, unitId)]);
    if (display === null) return null;
    return { $user: userId, id: userId, name: display, unit };
  }

  /** The people a rule's value names. */
  async resolve(db: Db, value: unknown): Promise<string[]> {
    const found: string[] = [];
    const add = (ids: string[]) => {
      for (const id of ids) if (!found.includes(id)) found.push(id);
    };
    const walk = async (v: unknown): Promise<void> => {
      if (v === null || v === undefined) return;
      if (Array.isArray(v)) {
        for (const item of v) await walk(item);
        return;
      }
      if (typeof v === 'string') {
        add(await this.usersByName(db, [v]));
        return;
      }
      if (typeof v !== 'object') return;
      const rule = v as Exclude<RuleValue, string | null | RuleValue[]>;
      if ('$user' in rule) add(await this.activeUsers(db, [rule.$user]));
      else if ('$username' in rule) add(await this.usersByName(db, [rule.$username]));
      else if ('$post' in rule) add(await this.postHolders(db, rule.$post, await this.unitIdOf(db, rule.unit)));
      else if ('$leaderInCharge' in rule) add(await this.leadersInCharge(db, await this.unitIdOf(db, rule.$leaderInCharge)));
      else if ('$principalLeader' in rule) add(await this.principalLeaders(db, await this.unitIdOf(db, rule.$principalLeader)));
    };
    await walk(value);
    return found;
  }

  /**
   * For each assignee, the person who actually gets the task: their proxy while an out-of-office
   * proxy (委托) is active for this process, else themselves.
   */
  async withProxies(db: Db, userIds: string[], processKey: string): Promise<{ assignee: string; proxyFor: string | null }[]> {
    if (!userIds.length) return [];
    const now = Date.now();
    const proxies = (await this.activeProxies(db)).filter(
      (p) =>
        userIds.includes(p.user_id) && p.starts_at.getTime() <= now && p.ends_at.getTime() > now && (!p.process_keys || p.process_keys.includes(processKey)),
    );
    return userIds.map((id) => {
      const proxy = proxies.find((p) => p.user_id === id);
      return proxy ? { assignee: proxy.proxy_id, proxyFor: id } : { assignee: id, proxyFor: null };
    });
  }

  private proxies: { at: number; rows: Promise<ProxyRow[]> } | null = null;

  /** The proxies not yet over (few at any time), kept for a few seconds; forgetProxies() drops them at once. */
  private activeProxies(db: Db): Promise<ProxyRow[]> {
    if (this.proxies && Date.now() - this.proxies.at < PROXY_TTL_MS) return this.proxies.rows;
    const rows = db('engine_proxies as p')
      .join('core_users as u', 'u.id', 'p.proxy_id')
      .whereNull('p.revoked_at')
      .where('p.ends_at', '>', db.fn.now())
      .where('u.status', 'active')
      .orderBy('p.created_at', 'desc')
      .select('p.user_id', 'p.proxy_id', 'p.starts_at', 'p.ends_at', 'p.process_keys')
      .then((list: ProxyRow[]) => list.map((p) => ({ ...p, starts_at: new Date(p.starts_at), ends_at: new Date(p.ends_at) })));
    this.proxies = { at: Date.now(), rows };
    rows.catch(() => {
      this.proxies = null;
    });
    return rows;
  }

  forgetProxies(): void {
    this.proxies = null;
  }

  private async unitIdOf(db: Db, unit: UnitArg): Promise<string | null> {
    if (!unit) return null;
    if (typeof unit === 'string') return this.unitByCodeOrId(db, unit);
    if ('$unit' in unit) return unit.$unit;
    return this.unitByCodeOrId(db, unit.$unitLookup);
  }

  private unitByCodeOrId(db: Db, key: string): Promise<string | null> {
    return this.cached(db, `unitKey:${key}`, async () => {
      const row = await db('core_org_units')
        .where(UUID.test(key) ? { id: key } : { code: key })
        .first('id');
      return (row?.id as string | undefined) ?? null;
    });
  }

  private async activeUsers(db: Db, ids: string[]): Promise<string[]> {
    const valid = ids.filter((id) => UUID.test(id));
    if (!valid.length) return [];
    const rows: string[] = await this.cached(db, `active:${valid.join(',')}`, () =>
      db('core_users').whereIn('id', valid).where({ status: 'active', account_kind: 'regular' }).pluck('id'),
    );
    return valid.filter((id) => rows.includes(id));
  }

  private usersByName(db: Db, names: string[]): Promise<string[]> {
    return this.cached(db, `names:${names.join(',')}`, () => this.loadUsersByName(db, names));
  }

  private async loadUsersByName(db: Db, names: string[]): Promise<string[]> {
    const ids = names.filter((n) => UUID.test(n));
    const usernames = names.filter((n) => !UUID.test(n)).map((n) => n.toLowerCase());
    const rows: { id: string; username: string }[] = await db('core_users')
      .where((w) => {
        if (ids.length) w.orWhereIn('id', ids);
        if (usernames.length) w.orWhereIn('username', usernames);
      })
      .where({ status: 'active', account_kind: 'regular' })
      .select('id', 'username');
    return names.map((n) => rows.find((r) => r.id === n || r.username === n.toLowerCase())?.id).filter((x): x is string => Boolean(x));
  }

  private async postHolders(db: Db, post: string, unitId: string | null): Promise<string[]> {
    if (!unitId) return [];
    return this.cached(db, `post:${post}@${unitId}`, () =>
      db('core_posts as p')
        .join('core_users as u', 'u.id', 'p.user_id')
        .where({ 'p.unit_id': unitId, 'p.post_type': post, 'u.status': 'active' })
        .orderBy([{ column: 'p.is_primary', order: 'desc' }, { column: 'p.sort_order' }, { column: 'p.created_at' }])
        .pluck('p.user_id'),
    );
  }

  private async leadersInCharge(db: Db, unitId: string | null): Promise<string[]> {
    if (!unitId) return [];
    return this.cached(db, `charge:${unitId}`, () =>
      db('core_post_charges as c')
        .join('core_posts as p', 'p.id', 'c.post_id')
        .join('core_users as u', 'u.id', 'p.user_id')
        .where({ 'c.unit_id': unitId, 'p.post_type': 'leader_in_charge', 'u.status': 'active' })
        .orderBy('p.sort_order')
        .pluck('p.user_id'),
    );
  }

  private async principalLeaders(db: Db, unitId: string | null): Promise<string[]> {
    const unit = await this.unitRef(db, unitId);
    const region = unit?.region;
    return region ? this.postHolders(db, 'principal_leader', region.id) : [];
  }
}
