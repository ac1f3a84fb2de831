import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { BOXES, BOX_SORTS, URGENCIES, type Box, type BoxQuery } from '@/api/tasks.api.ts';

export const BOX_PAGE_SIZES = [10, 20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;

const one = (value: LocationQuery[string] | undefined): string | undefined => (Array.isArray(value) ? (value[0] ?? undefined) : (value ?? undefined));
const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | undefined =>
  value && (list as readonly string[]).includes(value) ? (value as T) : undefined;

/** The task center's state lives in the address (?box=todo&page=2…) so that back, reload and links keep it. */
export function boxQueryFrom(query: LocationQuery): BoxQuery {
  const box: Box = oneOf(BOXES, one(query.box)) ?? 'todo';
  const page = Math.max(1, Number.parseInt(one(query.page) ?? '1', 10) || 1);
  const size = Number.parseInt(one(query.pageSize) ?? '', 10);
  const result: BoxQuery = { box, page, pageSize: (BOX_PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE };
  const keyword = one(query.keyword)?.trim();
  if (keyword) result.keyword = keyword.slice(0, 100);
  const module = one(query.module);
  if (module && /^[a-z][a-z0-9]{1,30}$/.test(module)) result.module = module;
  const urgency = oneOf(URGENCIES, one(query.urgency));
  if (urgency) result.urgency = urgency;
  if (box === 'todo' && one(query.overdue) === 'true') result.overdue = true;
  if (box === 'cc' && one(query.read) === 'true') result.read = true;
  const sort = oneOf(BOX_SORTS, one(query.sort));
  if (box === 'todo' && sort) result.sort = sort;
  return result;
}

/** The address query of a box query (defaults left out). */
export function routeQueryOf(query: BoxQuery): LocationQueryRaw {
  const raw: LocationQueryRaw = { box: query.box };
  if (query.page > 1) raw.page = String(query.page);
  if (query.pageSize !== DEFAULT_PAGE_SIZE) raw.pageSize = String(query.pageSize);
  if (query.keyword) raw.keyword = query.keyword;
  if (query.module) raw.module = query.module;
  if (query.urgency) raw.urgency = query.urgency;
  if (query.overdue) raw.overdue = 'true';
  if (query.read) raw.read = 'true';
  if (query.sort) raw.sort = query.sort;
  return raw;
}

/** Where a line of a box opens: a task on the task page, anything else on the instance page. */
export function linkOf(item: { kind: string; id: string; instanceId: string }): string {
  if (item.kind === 'task') return `/tasks/${item.id}`;
  if (item.kind === 'circulation') return `/instances/${item.instanceId}?circulation=${item.id}`;
  return `/instances/${item.instanceId}`;
}
