/** Every list the server answers is one page: `{ items, total, page, pageSize }`. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** The largest page the server hands out. */
export const MAX_PAGE_SIZE = 200;

/** Reads every page of a list, one request per page. */
export async function readAllPages<T>(readPage: (page: number, pageSize: number) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await readPage(page, MAX_PAGE_SIZE);
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total) return items;
  }
}
