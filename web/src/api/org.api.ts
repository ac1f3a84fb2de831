import { http } from './client.ts';
import { readAllPages, type Page } from './page.ts';
import type { UnitRef } from './auth.api.ts';

export type UnitKind = 'region' | 'department';

export interface OrgUnit {
  id: string;
  parentId: string | null;
  code: string;
  kind: UnitKind;
  level: string;
  name: string;
  shortName: string;
  docPrefix: string | null;
  sortOrder: number;
  depth: number;
  status: 'active' | 'disabled';
  childCount?: number;
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
}

export interface PeopleQuery {
  unitId: string;
  page: number;
  pageSize: number;
}

export const orgApi = {
  /** The top of the tree: every unit without a parent. */
  rootUnits: () => readAllPages((page, pageSize) => http.get<Page<OrgUnit>>('/api/org/units', { roots: true, page, pageSize })),
  /** The direct children of a unit. */
  childUnits: (parentId: string) => readAllPages((page, pageSize) => http.get<Page<OrgUnit>>('/api/org/units', { parentId, page, pageSize })),
  people: (query: PeopleQuery) => http.get<Page<OrgPerson>>('/api/org/users', { ...query }),
};
