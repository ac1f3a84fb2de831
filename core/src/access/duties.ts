/**
 * 三员分立: the three administrator duties Chinese government systems require, kept apart from
 * each other and from ordinary business work.
 */
export const DUTIES = ['business', 'system', 'security', 'audit'] as const;
export type Duty = (typeof DUTIES)[number];

export const ACCOUNT_KINDS = ['regular', 'system_admin', 'security_admin', 'audit_admin'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

const dutyOfKind: Record<AccountKind, Duty> = {
  regular: 'business',
  system_admin: 'system',
  security_admin: 'security',
  audit_admin: 'audit',
};

export function dutyOfAccount(kind: AccountKind): Duty {
  return dutyOfKind[kind];
}

export function isAdminAccount(kind: AccountKind): boolean {
  return kind !== 'regular';
}

export const DATA_SCOPES = ['own_unit', 'unit_subtree', 'all'] as const;
export type DataScopeKind = (typeof DATA_SCOPES)[number];
