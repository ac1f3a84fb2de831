import { http } from './client.ts';
import type { BilingualText } from '@/forms/formSchema.ts';
import type { Urgency } from './tasks.api.ts';

/** A process the signed-in person may start, as GET /api/processes lists it. */
export interface CatalogEntry {
  key: string;
  name: string;
  module: string | null;
  moduleTitle: BilingualText | null;
  version: number;
  definitionId: string;
  startFormKey: string | null;
  /** The start form as JSON (see forms/formSchema.ts), or null for a process without one. */
  startForm: Record<string, unknown> | null;
}

/** Who handles a step the engine cannot staff by itself: by step (element id), or for any step. */
export type NextAssignees = string[] | Record<string, string[]>;

export interface StartRequest {
  variables: Record<string, unknown>;
  title?: string;
  urgency?: Urgency;
  /** Also complete the initiator's first step (送出), rather than keeping it as a draft in 待办. */
  submit?: boolean;
  opinion?: string;
  nextAssignees?: NextAssignees;
}

/** What a move of the engine answers: the instance and the tasks it created. */
export interface MoveResult {
  instanceId: string;
  taskIds: string[];
}

export const processesApi = {
  catalog: () => http.get<CatalogEntry[]>('/api/processes'),
  start: (key: string, request: StartRequest) => http.post<MoveResult>(`/api/processes/${encodeURIComponent(key)}/start`, request),
  /** The BPMN XML of one published version, for the diagram. */
  definitionXml: (definitionId: string, signal?: AbortSignal) => http.text(`/api/definitions/${encodeURIComponent(definitionId)}/xml`, signal),
};
