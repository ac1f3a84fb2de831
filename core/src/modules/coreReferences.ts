/**
 * The core tables a module's migration may name in a foreign key, and nothing else: a module
 * never reads core's tables (it reads the organization through ctx.org and files through
 * ctx.files), but its rows may point at a unit, a person or a file so that PostgreSQL keeps
 * them from pointing at nothing. Use them inside the migration's SQL:
 *
 *   issuing_unit_id uuid REFERENCES ${coreReferences.unit},
 *
 * Each value is the exact `table(column)` text of the reference, so a migration written with
 * them produces the same DDL as one that spelled the table out.
 */
export const coreReferences = Object.freeze({
  /** An organization unit (行政区 or 部门). */
  unit: 'core_org_units(id)',
  /** An account: a person, or an administrator. */
  user: 'core_users(id)',
  /** A stored file (ctx.files). */
  file: 'core_files(id)',
} as const);

export type CoreReference = (typeof coreReferences)[keyof typeof coreReferences];
