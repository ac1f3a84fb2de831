import { http } from './client.ts';
import type { MoveResult } from './processes.api.ts';
import type { BodyOf, QueryOf, ResponseOf } from './routeTypes.ts';

/** 待办 todo, 已办 done, 我发起的 started, 待阅/已阅 cc (circulated for reading). */
export const BOXES = ['todo', 'done', 'started', 'cc'] as const;
export type Box = (typeof BOXES)[number];

export const URGENCIES = ['normal', 'urgent', 'very_urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const BOX_SORTS = ['created', 'due', 'urgency'] as const;
export type BoxSort = (typeof BOX_SORTS)[number];

/** A page of a box: `total` is a lower bound when `totalCapped` (the server stops counting at 10,000). */
export type BoxPage = ResponseOf<'get', '/api/tasks'>;
/** One line of a box: a task (todo, done), an instance (started) or a circulation (cc). */
export type BoxItem = BoxPage['items'][number];
export type BoxQuery = QueryOf<'get', '/api/tasks'> & { box: Box; page: number; pageSize: number };

/** The numbers on the desktop's badges. */
export type TaskCounts = ResponseOf<'get', '/api/tasks/counts'>;

/** The task page: the task, its instance, its form and exactly what its holder may do. */
export type TaskDetail = ResponseOf<'get', '/api/tasks/{id}'>;
export type TaskInfo = TaskDetail['task'];
/** Operations a step may offer its holder. */
export type TaskOperation = TaskDetail['operations'][number];
export type ReturnableStep = TaskDetail['returnableSteps'][number];

export type CompleteRequest = BodyOf<'post', '/api/tasks/{id}/complete'>;
export type SignerMode = BodyOf<'post', '/api/tasks/{id}/add-signers'>['mode'];

const task = (id: string, operation: string) => `/api/tasks/${encodeURIComponent(id)}/${operation}`;

export const tasksApi = {
  box: (query: BoxQuery, signal?: AbortSignal) => http.get<BoxPage>('/api/tasks', { ...query }, signal),
  counts: () => http.get<TaskCounts>('/api/tasks/counts'),
  detail: (id: string) => http.get<TaskDetail>(`/api/tasks/${encodeURIComponent(id)}`),
  complete: (id: string, request: CompleteRequest) => http.post<MoveResult>(task(id, 'complete'), request),
  returnTo: (id: string, request: BodyOf<'post', '/api/tasks/{id}/return'>) => http.post<MoveResult>(task(id, 'return'), request),
  transfer: (id: string, request: BodyOf<'post', '/api/tasks/{id}/transfer'>) => http.post<MoveResult>(task(id, 'transfer'), request),
  delegate: (id: string, request: BodyOf<'post', '/api/tasks/{id}/delegate'>) => http.post<MoveResult>(task(id, 'delegate'), request),
  claim: (id: string, request: BodyOf<'post', '/api/tasks/{id}/claim'>) => http.post<MoveResult>(task(id, 'claim'), request),
  addSigners: (id: string, request: BodyOf<'post', '/api/tasks/{id}/add-signers'>) => http.post<MoveResult>(task(id, 'add-signers'), request),
  removeSigners: (id: string, request: BodyOf<'post', '/api/tasks/{id}/remove-signers'>) => http.post<MoveResult>(task(id, 'remove-signers'), request),
  circulate: (id: string, request: BodyOf<'post', '/api/tasks/{id}/circulate'>) =>
    http.post<ResponseOf<'post', '/api/tasks/{id}/circulate'>>(task(id, 'circulate'), request),
  urge: (id: string, request: BodyOf<'post', '/api/tasks/{id}/urge'>) => http.post<ResponseOf<'post', '/api/tasks/{id}/urge'>>(task(id, 'urge'), request),
};
