import { http } from './client.ts';
import type { BilingualText } from '@/forms/formSchema.ts';

/**
 * The process library (流程库) for IT staff: every process key with its upgrade status, its
 * versions, forks and drafts, publishing (which lints on the server), adoption of a new base,
 * the three-way merge proposal, import and export. Permission `engine.definition.manage`.
 * The designer lints in the browser with the same rules (@kunlun/workflows).
 */
export type KeyStatus = 'base' | 'forked' | 'local' | 'upstream-changed' | 'merge-clean' | 'conflicts';
export type VersionState = 'draft' | 'published' | 'retired';
export type Lineage = 'base' | 'fork' | 'import';

export interface DefinitionVersion {
  id: string;
  key: string;
  version: number;
  name: string;
  state: VersionState;
  lineage: Lineage;
  contentHash: string;
  baseHash: string | null;
  createdAt: string;
  publishedAt: string | null;
  updatedAt: string;
}

export interface DefinitionVersionWithXml extends DefinitionVersion {
  xml: string;
}

export interface DefinitionKey {
  key: string;
  name: string;
  module: string | null;
  status: KeyStatus;
  published: DefinitionVersion | null;
  draft: DefinitionVersion | null;
  shippedHash: string | null;
  conflicts: number;
}

/** What the enabled modules offer a definition: forms (for form keys) and service-task handlers. */
export interface DesignerRegistry {
  forms: { id: string; module: string; title: BilingualText }[];
  serviceTasks: { id: string; module: string }[];
}

/** The server's merge proposal; conflicts and applied changes as @kunlun/workflows reports them. */
export interface MergeProposalAnswer {
  baseXml: string;
  upstreamXml: string;
  forkXml: string;
  mergedXml: string;
  conflicts: Record<string, unknown>[];
  applied: unknown[];
}

const key = (k: string) => `/api/definitions/${encodeURIComponent(k)}`;
const version = (id: string) => `/api/definitions/versions/${encodeURIComponent(id)}`;

export const definitionsApi = {
  keys: () => http.get<DefinitionKey[]>('/api/definitions'),
  versions: (k: string) => http.get<DefinitionVersion[]>(`${key(k)}/versions`),
  version: (id: string) => http.get<DefinitionVersionWithXml>(version(id)),
  registry: () => http.get<DesignerRegistry>('/api/definitions/registry'),
  /** The key's draft: the existing one, or a new one made from the published version. */
  fork: (k: string) => http.post<DefinitionVersion>(`${key(k)}/fork`),
  saveDraft: (id: string, xml: string) => http.put<DefinitionVersion>(version(id), { xml }),
  /** Refused with 422 definitions.lint_failed (details.problems) while lint finds errors. */
  publish: (id: string) => http.post<DefinitionVersion>(`${version(id)}/publish`),
  adopt: (k: string) => http.post<DefinitionVersion>(`${key(k)}/adopt`),
  mergeProposal: (k: string) => http.get<MergeProposalAnswer>(`${key(k)}/merge`),
  /** Stores the resolved merge as the key's draft. */
  acceptMerge: (k: string, xml: string) => http.post<DefinitionVersion>(`${key(k)}/merge`, { xml }),
  importFile: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return http.upload<DefinitionVersion>('/api/definitions/import', form);
  },
  /** Where the browser downloads a version as a .bpmn file. */
  exportUrl: (id: string) => `${version(id)}/export`,
};
