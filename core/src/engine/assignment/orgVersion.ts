import type { Knex } from 'knex';

/**
 * The organization's version (core_org_version, moved by triggers on every change to units,
 * posts, charges and accounts) as one transaction sees it. A move's lock statement reads it along
 * with the instance (ORG_VERSION_COLUMN), so looking people up costs no round trip while the
 * organization stands still.
 */
type Db = Knex | Knex.Transaction;

export const ORG_VERSION_COLUMN = '(SELECT version FROM core_org_version) AS org_version';

const seen = new WeakMap<Knex.Transaction, Promise<number>>();

/** Remembers the version a transaction's lock statement read. */
export function noteOrgVersion(trx: Knex.Transaction, version: unknown): void {
  if (version !== undefined && version !== null) seen.set(trx, Promise.resolve(Number(version)));
}

/** The version this transaction sees (read once per transaction; outside one, read every time). */
export function orgVersionOf(db: Db): Promise<number> {
  const trx = 'isTransaction' in db && db.isTransaction ? (db as Knex.Transaction) : null;
  const known = trx ? seen.get(trx) : undefined;
  if (known) return known;
  const read = db('core_org_version')
    .first('version')
    .then((row: { version: string | number } | undefined) => Number(row?.version ?? 0));
  if (trx) seen.set(trx, read);
  return read;
}
