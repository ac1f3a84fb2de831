import { z } from 'zod';
import type { OrgPage, OrgPageRequest } from './orgService.ts';

/** Paging of the organization service's lists: page from 1, 50 a page unless asked, at most 1000. */
const pageRequest = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(1000).default(50),
});

export function pagingOf<Q extends OrgPageRequest>(query: Q | undefined): Q & { page: number; pageSize: number } {
  const parsed = pageRequest.safeParse({ page: query?.page, pageSize: query?.pageSize });
  if (!parsed.success)
    throw new RangeError(`organization service: a page is 1 or more and a page size 1 to 1000 (got page ${query?.page}, pageSize ${query?.pageSize})`);
  return { ...(query ?? ({} as Q)), ...parsed.data };
}

export function pageOf<T>(items: T[], total: number, query: { page: number; pageSize: number }): OrgPage<T> {
  return Object.freeze({ items: Object.freeze(items), total, page: query.page, pageSize: query.pageSize });
}
