import { http } from './client.ts';
import type { BodyOf, ResponseOf } from './routeTypes.ts';

/** A process the signed-in person may start, as GET /api/processes lists it (startForm: see forms/formSchema.ts). */
export type CatalogEntry = ResponseOf<'get', '/api/processes'>[number];

export type StartRequest = BodyOf<'post', '/api/processes/{key}/start'>;
/** Who handles a step the engine cannot staff by itself: by step (element id), or for any step. */
export type NextAssignees = NonNullable<StartRequest['nextAssignees']>;

/** What a move of the engine answers: the instance and the tasks it created. */
export type MoveResult = ResponseOf<'post', '/api/tasks/{id}/complete'>;

export const processesApi = {
  catalog: () => http.get<CatalogEntry[]>('/api/processes'),
  start: (key: string, request: StartRequest) =>
    http.post<ResponseOf<'post', '/api/processes/{key}/start'>>(`/api/processes/${encodeURIComponent(key)}/start`, request),
  /** The BPMN XML of one published version, for the diagram. */
  definitionXml: (definitionId: string, signal?: AbortSignal) => http.text(`/api/definitions/${encodeURIComponent(definitionId)}/xml`, signal),
};
