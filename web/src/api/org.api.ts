import { http } from './client.ts';
import { readAllPages } from './page.ts';
import type { BodyOf, QueryOf, ResponseOf } from './routeTypes.ts';

export const UNIT_LEVELS = ['province', 'prefecture', 'county', 'township'] as const;

export type OrgUnit = ResponseOf<'get', '/api/org/units'>['items'][number];
export type UnitKind = OrgUnit['kind'];
export type UnitLevel = OrgUnit['level'];
export type OrgUnitDetail = ResponseOf<'get', '/api/org/units/{id}'>;
export type OrgPerson = ResponseOf<'get', '/api/org/users/{id}'>;
export type OrgPost = OrgPerson['posts'][number];
export type PostType = ResponseOf<'get', '/api/org/post-types'>[number];

export type PeopleQuery = QueryOf<'get', '/api/org/users'> & { page: number; pageSize: number };

export type UnitInput = BodyOf<'post', '/api/org/units'>;
export type UnitPatch = BodyOf<'patch', '/api/org/units/{id}'>;
export type PostInput = BodyOf<'post', '/api/org/users/{id}/posts'>;
export type PostPatch = BodyOf<'patch', '/api/org/posts/{id}'>;
export type PersonInput = BodyOf<'post', '/api/org/users'>;
export type PersonPatch = BodyOf<'patch', '/api/org/users/{id}'>;

export type UnitGroup = ResponseOf<'get', '/api/org/unit-groups'>[number];
export type UnitGroupInput = BodyOf<'post', '/api/org/unit-groups'>;

export type ImportOutcome = ResponseOf<'post', '/api/org/import'>;
export type ImportKind = ImportOutcome['kind'];

/** A problem of an import file, as the server reports it in org.import_rejected. */
export interface ImportProblem {
  row: number;
  column: string | null;
  value?: string;
  message: string;
}

const unit = (id: string) => `/api/org/units/${encodeURIComponent(id)}`;
const person = (id: string) => `/api/org/users/${encodeURIComponent(id)}`;

export const orgApi = {
  /** The top of the tree: every unit without a parent. */
  rootUnits: () => readAllPages((page, pageSize) => http.get<ResponseOf<'get', '/api/org/units'>>('/api/org/units', { roots: true, page, pageSize })),
  /** The direct children of a unit. */
  childUnits: (parentId: string) =>
    readAllPages((page, pageSize) => http.get<ResponseOf<'get', '/api/org/units'>>('/api/org/units', { parentId, page, pageSize })),
  /** Units whose name, short name or code holds the keyword, anywhere in the tree, one page at a time. */
  searchUnits: (keyword: string, page = 1, pageSize = 50) => http.get<ResponseOf<'get', '/api/org/units'>>('/api/org/units', { keyword, page, pageSize }),
  /** The active direct children of a unit of one kind: a government's departments, or the regions below it. */
  childUnitsOfKind: (parentId: string, kind: UnitKind) =>
    readAllPages((page, pageSize) => http.get<ResponseOf<'get', '/api/org/units'>>('/api/org/units', { parentId, kind, status: 'active', page, pageSize })),
  /** My saved unit groups (常用单位组). */
  unitGroups: () => http.get<UnitGroup[]>('/api/org/unit-groups'),
  saveUnitGroup: (input: UnitGroupInput) => http.post<UnitGroup>('/api/org/unit-groups', input),
  deleteUnitGroup: (id: string) => http.delete<null>(`/api/org/unit-groups/${encodeURIComponent(id)}`),
  unit: (id: string) => http.get<OrgUnitDetail>(unit(id)),
  people: (query: PeopleQuery) => http.get<ResponseOf<'get', '/api/org/users'>>('/api/org/users', { ...query }),
  person: (id: string) => http.get<OrgPerson>(person(id)),
  postTypes: () => http.get<PostType[]>('/api/org/post-types'),

  createUnit: (input: UnitInput) => http.post<ResponseOf<'post', '/api/org/units'>>('/api/org/units', input),
  updateUnit: (id: string, patch: UnitPatch) => http.patch<ResponseOf<'patch', '/api/org/units/{id}'>>(unit(id), patch),
  deleteUnit: (id: string) => http.delete<ResponseOf<'delete', '/api/org/units/{id}'>>(unit(id)),

  createPerson: (input: PersonInput) => http.post<ResponseOf<'post', '/api/org/users'>>('/api/org/users', input),
  updatePerson: (id: string, patch: PersonPatch) => http.patch<ResponseOf<'patch', '/api/org/users/{id}'>>(person(id), patch),
  deletePerson: (id: string) => http.delete<ResponseOf<'delete', '/api/org/users/{id}'>>(person(id)),
  resetPassword: (id: string, password: string) =>
    http.post<ResponseOf<'post', '/api/org/users/{id}/password'>>(`${person(id)}/password`, { password } satisfies BodyOf<
      'post',
      '/api/org/users/{id}/password'
    >),

  addPost: (personId: string, input: PostInput) => http.post<ResponseOf<'post', '/api/org/users/{id}/posts'>>(`${person(personId)}/posts`, input),
  updatePost: (id: string, patch: PostPatch) => http.patch<ResponseOf<'patch', '/api/org/posts/{id}'>>(`/api/org/posts/${encodeURIComponent(id)}`, patch),
  removePost: (id: string) => http.delete<ResponseOf<'delete', '/api/org/posts/{id}'>>(`/api/org/posts/${encodeURIComponent(id)}`),

  /** Imports units or people from a CSV/XLSX file, all or nothing; `dryRun` only checks it. */
  importFile: (kind: ImportKind, file: File, opts: { dryRun: boolean; initialPassword?: string }) => {
    const form = new FormData();
    form.append('file', file, file.name);
    if (opts.initialPassword) form.append('initialPassword', opts.initialPassword);
    return http.upload<ImportOutcome>('/api/org/import', form, { kind, dryRun: opts.dryRun });
  },
};
