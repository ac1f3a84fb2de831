import { http, MAX_PAGE_SIZE, tasksApi } from '@/moduleKit';
import type { BodyOf, QueryOf, QueryValue, ResponseOf } from '@/moduleKit';

/** The supervision module's API (/api/supervision), over the desktop's one request client. */
export const ITEM_STATES = ['registering', 'reviewing', 'signing', 'handling', 'completionReview', 'leaderReview', 'closed', 'cancelled'] as const;
export const COLOURS = ['red', 'yellow', 'blue', 'green'] as const;
export type Colour = (typeof COLOURS)[number];
export const SOURCE_KINDS = ['instruction', 'meeting', 'document', 'superior', 'deputy', 'proposal', 'other'] as const;
export const URGENCIES = ['urgent', 'normal', 'difficult'] as const;
export const HANDLING_MODES = ['forward', 'assist', 'self'] as const;

export type ListPage = ResponseOf<'get', '/api/supervision/items'>;
export type ListItem = ListPage['items'][number];
export type ListQuery = QueryOf<'get', '/api/supervision/items'>;
export type ItemDetail = ResponseOf<'get', '/api/supervision/items/{id}'>;
export type ItemTask = ItemDetail['myTasks'][number];
export type CreateBody = BodyOf<'post', '/api/supervision/items'>;
export type Cadence = NonNullable<CreateBody['cadence']>;
export type DeadlineRule = ResponseOf<'get', '/api/supervision/deadline-rules'>['items'][number];
export type Board = ResponseOf<'get', '/api/supervision/board'>;
export type Statistics = ResponseOf<'get', '/api/supervision/statistics'>;
export type Bulletin = ResponseOf<'get', '/api/supervision/bulletin'>;
export type Period = { from?: string; to?: string };
/** The step of supervision.item at which a unit signs for an item (its name in the process). */
export const SIGN_STEP = '签收';

const base = '/api/supervision';
const compact = (q: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(q).filter(([, v]) => v !== '' && v !== null && v !== undefined)) as Record<string, QueryValue>;

export const supervisionApi = {
  list: (q: ListQuery, signal?: AbortSignal) => http.get<ListPage>(`${base}/items`, compact(q), signal),
  get: (id: string) => http.get<ItemDetail>(`${base}/items/${encodeURIComponent(id)}`),
  register: (body: CreateBody) => http.post<ResponseOf<'post', '/api/supervision/items'>>(`${base}/items`, body),
  report: (id: string, body: BodyOf<'post', '/api/supervision/items/{id}/reports'>) =>
    http.post<ResponseOf<'post', '/api/supervision/items/{id}/reports'>>(`${base}/items/${encodeURIComponent(id)}/reports`, body),
  requestExtension: (id: string, body: BodyOf<'post', '/api/supervision/items/{id}/extensions'>) =>
    http.post<ResponseOf<'post', '/api/supervision/items/{id}/extensions'>>(`${base}/items/${encodeURIComponent(id)}/extensions`, body),
  urge: (id: string, body: BodyOf<'post', '/api/supervision/items/{id}/urges'>) =>
    http.post<ResponseOf<'post', '/api/supervision/items/{id}/urges'>>(`${base}/items/${encodeURIComponent(id)}/urges`, body),
  extensionItem: (id: string) => http.get<ResponseOf<'get', '/api/supervision/extensions/{id}'>>(`${base}/extensions/${encodeURIComponent(id)}`),
  deadlineRules: () => http.get<ResponseOf<'get', '/api/supervision/deadline-rules'>>(`${base}/deadline-rules`),
  board: () => http.get<Board>(`${base}/board`),
  statistics: (period: Period) => http.get<Statistics>(`${base}/statistics`, compact(period)),
  bulletin: (period: Period) => http.get<Bulletin>(`${base}/bulletin`, compact(period)),
  statisticsXlsxUrl: (period: Period) => {
    const q = new URLSearchParams(compact(period) as Record<string, string>).toString();
    return `${base}/statistics.xlsx${q ? `?${q}` : ''}`;
  },
  /** How many 签收 of supervision items wait in the caller's 待办. */
  async toSignCount(): Promise<number> {
    const page = await tasksApi.box({ box: 'todo', module: 'supervision', page: 1, pageSize: MAX_PAGE_SIZE });
    return page.items.filter((task) => task.stepName === SIGN_STEP).length;
  },
};
