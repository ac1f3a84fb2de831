import { http } from './client.ts';
import type { MoveResult } from './processes.api.ts';
import type { BodyOf, ResponseOf } from './routeTypes.ts';

/** An instance as its page shows it: state, diagram ids, open tasks, form, history, circulations. */
export type InstanceDetail = ResponseOf<'get', '/api/instances/{id}'>;
export type InstanceState = InstanceDetail['state'];
/** How a completed process ended: the end event it reached (审批通过, 未予同意 …). */
export type InstanceEnding = NonNullable<InstanceDetail['ending']>;
/** The instance's form, read-only, with its values (a module's record when the module keeps the form). */
export type InstanceForm = NonNullable<InstanceDetail['form']>;
export type OpenTask = InstanceDetail['openTasks'][number];
export type Circulation = InstanceDetail['circulations'][number];
/** What the viewer may do with the whole instance. */
export type InstanceViewer = InstanceDetail['viewer'];
/** One line of an instance's history (append-only): who did what at which step, with their opinion. */
export type HistoryEntry = InstanceDetail['history'][number];
/** Someone a history entry names by id, as the server names them: display name and unit short name. */
export type NamedPerson = HistoryEntry['people'][string];
export type PersonRef = Circulation['user'];

const instance = (id: string, action: string) => `/api/instances/${encodeURIComponent(id)}/${action}`;

export const instancesApi = {
  detail: (id: string) => http.get<InstanceDetail>(`/api/instances/${encodeURIComponent(id)}`),
  /** 撤回: take back one's last move while nobody has acted since. */
  withdraw: (id: string) => http.post<MoveResult>(instance(id, 'withdraw')),
  /** 催办 the holders of the open tasks. */
  urge: (id: string, note?: string) => http.post<ResponseOf<'post', '/api/instances/{id}/urge'>>(instance(id, 'urge'), note ? { note } : {}),
  /** 撤销 by the initiator, or 终止 by a manager. */
  terminate: (id: string, reason?: string) =>
    http.post<ResponseOf<'post', '/api/instances/{id}/terminate'>>(
      instance(id, 'terminate'),
      (reason ? { reason } : {}) satisfies BodyOf<'post', '/api/instances/{id}/terminate'>,
    ),
  suspend: (id: string, reason?: string) =>
    http.post<ResponseOf<'post', '/api/instances/{id}/suspend'>>(
      instance(id, 'suspend'),
      (reason ? { reason } : {}) satisfies BodyOf<'post', '/api/instances/{id}/suspend'>,
    ),
  resume: (id: string) => http.post<ResponseOf<'post', '/api/instances/{id}/resume'>>(instance(id, 'resume'), {}),
  /** 已阅: mark a circulation read (leaves a read receipt). */
  markRead: (circulationId: string) =>
    http.post<ResponseOf<'post', '/api/circulations/{id}/read'>>(`/api/circulations/${encodeURIComponent(circulationId)}/read`),
};
