import type { Knex } from 'knex';
import { AuthContext, type AuthenticatedUser } from './authContext.ts';
import { combineScope, NO_SCOPE, type DataScope } from './dataScope.ts';
import type { DataScopeKind } from './duties.ts';
import type { PermissionCatalog } from './permissionCatalog.ts';

/**
 * Builds a caller's permissions and data scopes from their role grants. A grant's scope is
 * anchored at the unit named on the grant, or else at the unit the caller acts for.
 */
export async function resolveAuthContext(
  db: Knex,
  catalog: PermissionCatalog,
  sessionId: string,
  user: AuthenticatedUser,
  actingUnitId: string | null,
): Promise<AuthContext> {
  const rows: { permission: string; data_scope: DataScopeKind; anchor_id: string | null; anchor_path: string | null }[] = await db('core_user_roles as ur')
    .join('core_roles as r', 'r.id', 'ur.role_id')
    .join('core_role_permissions as rp', 'rp.role_id', 'r.id')
    .leftJoin('core_org_units as a', 'a.id', db.raw('coalesce(ur.anchor_unit_id, ?::uuid)', [actingUnitId]))
    .where('ur.user_id', user.id)
    .select('rp.permission', 'r.data_scope', 'a.id as anchor_id', 'a.path as anchor_path');
  const scopes = new Map<string, DataScope>();
  for (const row of rows) {
    if (!catalog.has(row.permission)) continue;
    const anchor = row.anchor_id && row.anchor_path ? { id: row.anchor_id, path: row.anchor_path } : null;
    scopes.set(row.permission, combineScope(scopes.get(row.permission) ?? NO_SCOPE, row.data_scope, anchor));
  }
  return new AuthContext(sessionId, user, actingUnitId, scopes);
}
