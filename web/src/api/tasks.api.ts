import { http } from './client.ts';
import type { InstanceDetail, InstanceEnding, InstanceState, PersonRef } from './instances.api.ts';
import type { MoveResult, NextAssignees } from './processes.api.ts';
import type { FieldAccessMap } from '@/forms/formSchema.ts';

/** 待办 todo, 已办 done, 我发起的 started, 待阅/已阅 cc (circulated for reading). */
export const BOXES = ['todo', 'done', 'started', 'cc'] as const;
export type Box = (typeof BOXES)[number];

export const URGENCIES = ['normal', 'urgent', 'very_urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const BOX_SORTS = ['created', 'due', 'urgency'] as const;
export type BoxSort = (typeof BOX_SORTS)[number];

/** One line of a box: a task (todo, done), an instance (started) or a circulation (cc). */
export interface BoxItem {
  id: string;
  kind: 'task' | 'instance' | 'circulation';
  instanceId: string;
  title: string;
  processKey: string;
  module: string | null;
  /** The step's name; for a circulation, the note that came with it. */
  stepName: string | null;
  urgency: Urgency;
  state: string;
  createdAt: string;
  dueAt: string | null;
  overdue: boolean;
  completedAt: string | null;
  outcome: string | null;
  readAt: string | null;
  fromName: string | null;
  initiatorName: string | null;
  version: number | null;
  /** The instance's business key: the module's record it carries (a document …). */
  businessKey: string | null;
  instanceState: InstanceState;
  /** How the instance ended, once completed. */
  ending: InstanceEnding | null;
}

export interface BoxQuery {
  box: Box;
  page: number;
  pageSize: number;
  module?: string;
  overdue?: boolean;
  keyword?: string;
  urgency?: Urgency;
  /** In the cc box: 已阅 instead of 待阅. */
  read?: boolean;
  sort?: BoxSort;
}

export interface BoxPage {
  items: BoxItem[];
  total: number;
  /** The total is a lower bound (the server stops counting at 10,000). */
  totalCapped: boolean;
  page: number;
  pageSize: number;
}

/** The numbers on the desktop's badges. */
export interface TaskCounts {
  todo: number;
  overdue: number;
  unread: number;
  running: number;
}

/** Operations a step may offer its holder (withdraw and urge live on the instance). */
export type TaskOperation = 'complete' | 'return' | 'transfer' | 'delegate' | 'addSigners' | 'removeSigners' | 'circulate' | 'claim';

export type SignerMode = 'before' | 'after' | 'parallel';

export interface TaskInfo {
  id: string;
  elementId: string;
  name: string;
  kind: string;
  state: string;
  version: number;
  assignee: PersonRef | null;
  proxyFor: PersonRef | null;
  delegatedBy: PersonRef | null;
  dueAt: string | null;
  createdAt: string;
  formKey: string | null;
  details: Record<string, unknown>;
}

export interface ReturnableStep {
  elementId: string;
  name: string;
  lastHandledBy: PersonRef | null;
}

/** The task page: the task, its instance, its form and exactly what its holder may do. */
export interface TaskDetail {
  task: TaskInfo;
  instance: InstanceDetail;
  form: Record<string, unknown> | null;
  /** The form's values as they stand (a module's record when the module keeps the form). */
  values: Record<string, unknown>;
  fieldAccess: FieldAccessMap;
  operations: TaskOperation[];
  returnableSteps: ReturnableStep[];
}

export interface CompleteRequest {
  version: number;
  outcome: 'agree' | 'disagree';
  opinion?: string;
  variables?: Record<string, unknown>;
  nextAssignees?: NextAssignees;
}

const task = (id: string, operation: string) => `/api/tasks/${encodeURIComponent(id)}/${operation}`;

export const tasksApi = {
  box: (query: BoxQuery, signal?: AbortSignal) => http.get<BoxPage>('/api/tasks', { ...query }, signal),
  counts: () => http.get<TaskCounts>('/api/tasks/counts'),
  detail: (id: string) => http.get<TaskDetail>(`/api/tasks/${encodeURIComponent(id)}`),
  complete: (id: string, request: CompleteRequest) => http.post<MoveResult>(task(id, 'complete'), request),
  returnTo: (id: string, request: { version: number; targetElementId: string; opinion?: string; comeBack?: boolean }) => http.post<MoveResult>(task(id, 'return'), request),
  transfer: (id: string, request: { version: number; userId: string; opinion?: string }) => http.post<MoveResult>(task(id, 'transfer'), request),
  delegate: (id: string, request: { version: number; userId: string; opinion?: string }) => http.post<MoveResult>(task(id, 'delegate'), request),
  claim: (id: string, request: { version: number }) => http.post<MoveResult>(task(id, 'claim'), request),
  addSigners: (id: string, request: { version: number; userIds: string[]; mode: SignerMode; opinion?: string }) => http.post<MoveResult>(task(id, 'add-signers'), request),
  removeSigners: (id: string, request: { version: number; taskIds: string[] }) => http.post<MoveResult>(task(id, 'remove-signers'), request),
  circulate: (id: string, request: { userIds: string[]; note?: string }) => http.post<{ circulated: number }>(task(id, 'circulate'), request),
  urge: (id: string, request: { note?: string }) => http.post<{ urged: number }>(task(id, 'urge'), request),
};
