import { http } from './client.ts';
import type { Urgency } from './tasks.api.ts';
import type { MoveResult } from './processes.api.ts';

export interface PersonRef {
  id: string;
  name: string | null;
}

export type InstanceState = 'active' | 'suspended' | 'completed' | 'terminated';

/** Someone a history entry names by id, as the server names them: display name and unit short name. */
export interface NamedPerson {
  name: string;
  unit: string | null;
}

/** One line of an instance's history (append-only): who did what at which step, with their opinion. */
export interface HistoryEntry {
  id: number;
  at: string;
  kind: string;
  elementId: string | null;
  elementName: string | null;
  taskId: string | null;
  actor: PersonRef | null;
  onBehalfOf: PersonRef | null;
  outcome: string | null;
  opinion: string | null;
  details: Record<string, unknown>;
  /** The people the details name by id (to whom it was transferred, who was added …). */
  people: Record<string, NamedPerson>;
}

/** How a completed process ended: the end event it reached (审批通过, 未予同意 …). */
export interface InstanceEnding {
  elementId: string;
  name: string;
}

/** The instance's form, read-only, with its values (a module's record when the module keeps the form). */
export interface InstanceForm {
  id: string;
  schema: Record<string, unknown>;
  values: Record<string, unknown>;
  access: Record<string, 'readonly' | 'hidden'>;
}

export interface OpenTask {
  id: string;
  elementId: string;
  name: string;
  kind: string;
  state: string;
  assignee: PersonRef | null;
  dueAt: string | null;
  createdAt: string;
  urgeCount: number;
}

export interface Circulation {
  id: string;
  user: PersonRef;
  from: PersonRef | null;
  note: string | null;
  createdAt: string;
  readAt: string | null;
}

/** What the viewer may do with the whole instance. */
export interface InstanceViewer {
  canWithdraw: boolean;
  canUrge: boolean;
  canTerminate: boolean;
  canManage: boolean;
}

export interface InstanceDetail {
  id: string;
  processKey: string;
  processName: string;
  definitionId: string;
  version: number;
  title: string;
  businessKey: string | null;
  urgency: Urgency;
  state: InstanceState;
  endReason: string | null;
  ending: InstanceEnding | null;
  initiator: { id: string; name: string; unit: { id: string; name: string } | null } | null;
  startedAt: string;
  endedAt: string | null;
  variables: Record<string, unknown>;
  activeElementIds: string[];
  completedElementIds: string[];
  openTasks: OpenTask[];
  form: InstanceForm | null;
  history: HistoryEntry[];
  circulations: Circulation[];
  viewer: InstanceViewer;
}

const instance = (id: string, action: string) => `/api/instances/${encodeURIComponent(id)}/${action}`;

export const instancesApi = {
  detail: (id: string) => http.get<InstanceDetail>(`/api/instances/${encodeURIComponent(id)}`),
  /** 撤回: take back one's last move while nobody has acted since. */
  withdraw: (id: string) => http.post<MoveResult>(instance(id, 'withdraw')),
  /** 催办 the holders of the open tasks. */
  urge: (id: string, note?: string) => http.post<{ urged: number }>(instance(id, 'urge'), note ? { note } : {}),
  /** 撤销 by the initiator, or 终止 by a manager. */
  terminate: (id: string, reason?: string) => http.post<{ ok: true }>(instance(id, 'terminate'), reason ? { reason } : {}),
  suspend: (id: string, reason?: string) => http.post<{ ok: true }>(instance(id, 'suspend'), reason ? { reason } : {}),
  resume: (id: string) => http.post<{ ok: true }>(instance(id, 'resume'), {}),
  /** 已阅: mark a circulation read (leaves a read receipt). */
  markRead: (circulationId: string) => http.post<{ instanceId: string; readAt: string }>(`/api/circulations/${encodeURIComponent(circulationId)}/read`),
};
