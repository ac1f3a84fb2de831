import type { Knex } from 'knex';

/** Looks up the display name of one thing by its id, on the connection of the change being audited. */
export type TargetNameLookup = (db: Knex | Knex.Transaction, id: string) => Promise<string | null>;

const firstOf = async (q: Promise<Record<string, unknown> | undefined>, column: string): Promise<string | null> => {
  const row = await q;
  const value = row?.[column];
  return typeof value === 'string' ? value : null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const quoted = (title: string | null) => (title ? `《${title}》` : null);

/** Core's own kinds of audit target; modules add theirs (a document, a receipt) through `register`. Keys
 * other than a process key are uuids. */
const CORE_LOOKUPS: Record<string, TargetNameLookup> = {
  user: (db, id) => firstOf(db('core_users').where({ id }).first('display_name'), 'display_name'),
  org_unit: (db, id) => firstOf(db('core_org_units').where({ id }).first('name'), 'name'),
  role: (db, id) => firstOf(db('core_roles').where({ id }).first('name'), 'name'),
  process: (db, key) => firstOf(db('engine_definitions').where({ key }).orderBy('version', 'desc').first('name'), 'name'),
  instance: async (db, id) => quoted(await firstOf(db('engine_instances').where({ id }).first('title'), 'title')),
  task: async (db, id) => {
    const task = await db('engine_tasks').where({ id }).first('name', 'title');
    return task ? `${quoted(task.title)} · ${task.name}` : null;
  },
  circulation: async (db, id) => quoted(await firstOf(db('engine_circulations').where({ id }).first('title'), 'title')),
};

export class AuditTargetNames {
  private readonly lookups = new Map<string, TargetNameLookup>(Object.entries(CORE_LOOKUPS));

  register(kind: string, lookup: TargetNameLookup): void {
    if (this.lookups.has(kind)) throw new Error(`audit target kind ${kind} is already registered`);
    this.lookups.set(kind, lookup);
  }

  /** The name as it is now, kept with the entry so a later rename or deletion does not blur the trail. */
  async nameOf(db: Knex | Knex.Transaction, kind: string, id: string): Promise<string | null> {
    const lookup = this.lookups.get(kind);
    // A failed query would abort the caller's transaction: ids that cannot be a row are not looked up.
    if (!lookup || (kind !== 'process' && !UUID.test(id))) return null;
    return lookup(db, id);
  }
}
