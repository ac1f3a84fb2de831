import type { Queryable } from '../../db/database.ts';

/**
 * Which state of the organization a connection sees: the version that triggers move on every
 * change to units, posts, charges and accounts (core_org_version, as the engine's assignee
 * lookups use it), together with the transaction that wrote that version (the row's xmin).
 * The version alone can repeat: a change that rolls back gives its number back, and the next
 * change takes the same number with other data. The pair never repeats, so answers kept under
 * it are never served for another state. A transaction that itself changed the organization
 * sees its own pair, which nobody else sees until it commits.
 */
export interface OrgGeneration {
  readonly version: number;
  readonly key: string;
}

export async function orgGenerationOf(db: Queryable): Promise<OrgGeneration> {
  const row = (await db('core_org_version').first('version', db.raw('xmin::text AS writer'))) as { version: string | number; writer: string } | undefined;
  const version = Number(row?.version ?? 0);
  return { version, key: `${version}@${row?.writer ?? ''}` };
}
