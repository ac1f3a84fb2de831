import type { Queryable } from '../../db/database.ts';

/**
 * The people a history entry names only by id in its details — who a task went to (转办, 委派),
 * who was added as signers, offered or given a task, circulated to, escalated to — with their
 * display names and the short name of their unit, so a history reads without more look-ups.
 */
export interface NamedPerson {
  name: string;
  /** Short name of the person's primary unit (西宁市发改委). */
  unit: string | null;
}

const idsIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];

export function peopleNamedIn(kind: string, details: Record<string, unknown>): string[] {
  const ids = [...idsIn(details.toId), ...idsIn(details.userIds), ...idsIn(details.assigneeId), ...idsIn(details.candidates), ...idsIn(details.proxyForId)];
  if (kind === 'task.escalated') ids.push(...idsIn(details.to));
  return [...new Set(ids)];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Names and unit short names of people by id (people who no longer exist are left out). */
export async function namesOfPeople(db: Queryable, ids: Iterable<string>): Promise<Map<string, NamedPerson>> {
  const wanted = [...new Set(ids)].filter((id) => UUID.test(id));
  if (!wanted.length) return new Map();
  const rows: { id: string; display_name: string; short_name: string | null }[] = await db('core_users as u')
    .joinRaw(
      'LEFT JOIN LATERAL (SELECT p.unit_id FROM core_posts p WHERE p.user_id = u.id ORDER BY p.is_primary DESC, p.sort_order, p.created_at LIMIT 1) AS p ON true',
    )
    .leftJoin('core_org_units as o', 'o.id', 'p.unit_id')
    .whereIn('u.id', wanted)
    .select('u.id', 'u.display_name', 'o.short_name');
  return new Map(rows.map((r) => [r.id, { name: r.display_name, unit: r.short_name ?? null }]));
}
