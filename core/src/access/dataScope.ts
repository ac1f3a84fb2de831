import type { Knex } from 'knex';
import type { DataScopeKind } from './duties.ts';

/**
 * Which units' data a permission reaches for one caller: everything, or a set of units
 * (each either alone or with its whole subtree). Units are identified by id and by their
 * materialized path ("/<root id>/…/<id>/").
 */
export interface ScopedUnit {
  id: string;
  path: string;
  subtree: boolean;
}

export type DataScope = { all: true } | { all: false; units: ScopedUnit[] };

export const NO_SCOPE: DataScope = { all: false, units: [] };

export function combineScope(current: DataScope, kind: DataScopeKind, anchor: { id: string; path: string } | null): DataScope {
  if (current.all) return current;
  if (kind === 'all') return { all: true };
  if (!anchor) return current;
  const subtree = kind === 'unit_subtree';
  const same = current.units.find((u) => u.id === anchor.id);
  if (same) {
    if (subtree && !same.subtree) return { all: false, units: current.units.map((u) => (u === same ? { ...u, subtree } : u)) };
    return current;
  }
  return { all: false, units: [...current.units, { id: anchor.id, path: anchor.path, subtree }] };
}

/** True when a unit with this path lies inside the scope. */
export function scopeCovers(scope: DataScope, unit: { id: string; path: string }): boolean {
  if (scope.all) return true;
  return scope.units.some((u) => u.id === unit.id || (u.subtree && unit.path.startsWith(u.path)));
}

/**
 * Restricts a query to rows whose unit (the column named) lies inside the scope.
 * `unitColumn` must name a core_org_units id column reachable in the query.
 */
export function whereUnitInScope(qb: Knex.QueryBuilder, scope: DataScope, unitColumn: string): Knex.QueryBuilder {
  if (scope.all) return qb;
  if (scope.units.length === 0) return qb.whereRaw('false');
  const exact = scope.units.filter((u) => !u.subtree).map((u) => u.id);
  const prefixes = scope.units.filter((u) => u.subtree).map((u) => `${u.path}%`);
  return qb.whereIn(unitColumn, (sub) => {
    sub
      .select('id')
      .from('core_org_units')
      .where((w) => {
        if (exact.length) w.orWhereIn('id', exact);
        for (const p of prefixes) w.orWhere('path', 'like', p);
      });
  });
}

/** The union of several scopes (a caller reaching data through any of several permissions). */
export function unionScopes(scopes: DataScope[]): DataScope {
  if (scopes.some((s) => s.all)) return { all: true };
  const units = new Map<string, ScopedUnit>();
  for (const s of scopes) {
    if (s.all) continue;
    for (const u of s.units) {
      const seen = units.get(u.id);
      units.set(u.id, seen ? { ...seen, subtree: seen.subtree || u.subtree } : u);
    }
  }
  return { all: false, units: [...units.values()] };
}
