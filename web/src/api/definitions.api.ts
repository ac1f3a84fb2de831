import { http } from './client.ts';
import type { BodyOf, ResponseOf } from './routeTypes.ts';

/**
 * The process library (流程库) for IT staff: every process key with its upgrade status, its
 * versions, forks and drafts, publishing (which lints on the server), adoption of a new base,
 * the three-way merge proposal, import and export. Permission `engine.definition.manage`.
 * The designer lints in the browser with the same rules (@kunlun/workflows).
 */
export type DefinitionKey = ResponseOf<'get', '/api/definitions'>[number];
export type KeyStatus = DefinitionKey['status'];
export type DefinitionVersion = ResponseOf<'get', '/api/definitions/{key}/versions'>[number];
export type VersionState = DefinitionVersion['state'];
export type Lineage = DefinitionVersion['lineage'];
export type DefinitionVersionWithXml = ResponseOf<'get', '/api/definitions/versions/{id}'>;
/** What the enabled modules offer a definition: forms (for form keys) and service-task handlers. */
export type DesignerRegistry = ResponseOf<'get', '/api/definitions/registry'>;
/** The server's merge proposal; conflicts and applied changes as @kunlun/workflows reports them. */
export type MergeProposalAnswer = ResponseOf<'get', '/api/definitions/{key}/merge'>;

const key = (k: string) => `/api/definitions/${encodeURIComponent(k)}`;
const version = (id: string) => `/api/definitions/versions/${encodeURIComponent(id)}`;

export const definitionsApi = {
  keys: () => http.get<DefinitionKey[]>('/api/definitions'),
  versions: (k: string) => http.get<DefinitionVersion[]>(`${key(k)}/versions`),
  version: (id: string) => http.get<DefinitionVersionWithXml>(version(id)),
  registry: () => http.get<DesignerRegistry>('/api/definitions/registry'),
  /** The key's draft: the existing one, or a new one made from the published version. */
  fork: (k: string) => http.post<ResponseOf<'post', '/api/definitions/{key}/fork'>>(`${key(k)}/fork`),
  saveDraft: (id: string, xml: string) =>
    http.put<ResponseOf<'put', '/api/definitions/versions/{id}'>>(version(id), { xml } satisfies BodyOf<'put', '/api/definitions/versions/{id}'>),
  /** Refused with 422 definitions.lint_failed (details.problems) while lint finds errors. */
  publish: (id: string) => http.post<ResponseOf<'post', '/api/definitions/versions/{id}/publish'>>(`${version(id)}/publish`),
  adopt: (k: string) => http.post<ResponseOf<'post', '/api/definitions/{key}/adopt'>>(`${key(k)}/adopt`),
  mergeProposal: (k: string) => http.get<MergeProposalAnswer>(`${key(k)}/merge`),
  /** Stores the resolved merge as the key's draft. */
  acceptMerge: (k: string, xml: string) =>
    http.post<ResponseOf<'post', '/api/definitions/{key}/merge'>>(`${key(k)}/merge`, { xml } satisfies BodyOf<'post', '/api/definitions/{key}/merge'>),
  importFile: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return http.upload<ResponseOf<'post', '/api/definitions/import'>>('/api/definitions/import', form);
  },
  /** Where the browser downloads a version as a .bpmn file. */
  exportUrl: (id: string) => `${version(id)}/export`,
};
