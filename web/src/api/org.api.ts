import { http } from './client.ts';
import { readAllPages, type Page } from './page.ts';
import type { UnitRef } from './auth.api.ts';

export type UnitKind = 'region' | 'department';
export const UNIT_LEVELS = ['province', 'prefecture', 'county', 'township'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export interface OrgUnit {
  id: string;
  parentId: string | null;
  code: string;
  kind: UnitKind;
  level: UnitLevel;
  name: string;
  shortName: string;
  docPrefix: string | null;
  sortOrder: number;
  depth: number;
  status: 'active' | 'disabled';
  childCount?: number;
}

export interface OrgUnitDetail extends OrgUnit {
  ancestors: { id: string; code: string; name: string; shortName: string }[];
}

export interface OrgPost {
  id: string;
  userId: string;
  unit: UnitRef;
  postType: string;
  postTypeName: string;
  title: string | null;
  isPrimary: boolean;
  chargeUnits: { id: string; code: string; name: string }[];
}

export interface OrgPerson {
  id: string;
  username: string;
  displayName: string;
  gender: 'male' | 'female' | null;
  officePhone: string | null;
  status: 'active' | 'disabled';
  posts: OrgPost[];
  mobile: string | null;
  email: string | null;
  privateVisible: boolean;
  lockedUntil?: string | null;
  lastLoginAt?: string | null;
}

export interface PostType {
  code: string;
  nameZh: string;
  nameEn: string;
  isLeader: boolean;
}

export interface PeopleQuery {
  unitId?: string;
  includeSubunits?: boolean;
  keyword?: string;
  status?: 'active' | 'disabled';
  page: number;
  pageSize: number;
}

export interface UnitInput {
  parentId: string | null;
  code: string;
  kind: UnitKind;
  level: UnitLevel;
  name: string;
  shortName: string;
  docPrefix?: string | null;
  sortOrder?: number;
  status?: 'active' | 'disabled';
}

export interface PostInput {
  unitId: string;
  postType: string;
  title?: string | null;
  isPrimary?: boolean;
  chargeUnitIds?: string[];
}

export interface PersonInput {
  username: string;
  displayName: string;
  password: string;
  gender?: 'male' | 'female' | null;
  officePhone?: string | null;
  mobile?: string | null;
  email?: string | null;
  mustChangePassword?: boolean;
  posts?: PostInput[];
}

export type PersonPatch = Partial<Pick<PersonInput, 'displayName' | 'gender' | 'officePhone' | 'mobile' | 'email'>> & { status?: 'active' | 'disabled' };

export type ImportKind = 'units' | 'users';

export interface ImportOutcome {
  kind: ImportKind;
  dryRun: boolean;
  rowsRead: number;
  result: { created: number; updated: number; postsAdded?: number };
}

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
  rootUnits: () => readAllPages((page, pageSize) => http.get<Page<OrgUnit>>('/api/org/units', { roots: true, page, pageSize })),
  /** The direct children of a unit. */
  childUnits: (parentId: string) => readAllPages((page, pageSize) => http.get<Page<OrgUnit>>('/api/org/units', { parentId, page, pageSize })),
  searchUnits: (keyword: string) => http.get<Page<OrgUnit>>('/api/org/units', { keyword, pageSize: 50 }),
  unit: (id: string) => http.get<OrgUnitDetail>(unit(id)),
  people: (query: PeopleQuery) => http.get<Page<OrgPerson>>('/api/org/users', { ...query }),
  person: (id: string) => http.get<OrgPerson>(person(id)),
  postTypes: () => http.get<PostType[]>('/api/org/post-types'),

  createUnit: (input: UnitInput) => http.post<OrgUnit>('/api/org/units', input),
  updateUnit: (id: string, patch: Partial<UnitInput>) => http.patch<OrgUnit>(unit(id), patch),
  deleteUnit: (id: string) => http.delete<void>(unit(id)),

  createPerson: (input: PersonInput) => http.post<OrgPerson>('/api/org/users', input),
  updatePerson: (id: string, patch: PersonPatch) => http.patch<OrgPerson>(person(id), patch),
  deletePerson: (id: string) => http.delete<void>(person(id)),
  resetPassword: (id: string, password: string) => http.post<{ ok: true }>(`${person(id)}/password`, { password }),

  addPost: (personId: string, input: PostInput) => http.post<OrgPost>(`${person(personId)}/posts`, input),
  updatePost: (id: string, patch: Pick<PostInput, 'title' | 'isPrimary' | 'chargeUnitIds'>) => http.patch<OrgPost>(`/api/org/posts/${encodeURIComponent(id)}`, patch),
  removePost: (id: string) => http.delete<void>(`/api/org/posts/${encodeURIComponent(id)}`),

  /** Imports units or people from a CSV/XLSX file, all or nothing; `dryRun` only checks it. */
  importFile: (kind: ImportKind, file: File, opts: { dryRun: boolean; initialPassword?: string }) => {
    const form = new FormData();
    form.append('file', file, file.name);
    if (opts.initialPassword) form.append('initialPassword', opts.initialPassword);
    return http.upload<ImportOutcome>('/api/org/import', form, { kind, dryRun: opts.dryRun });
  },
};
