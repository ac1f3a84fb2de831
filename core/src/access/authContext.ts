import type { AccountKind } from './duties.ts';
import { NO_SCOPE, type DataScope } from './dataScope.ts';

export interface AuthenticatedUser {
  id: string;
  username: string;
  displayName: string;
  accountKind: AccountKind;
}

/** The caller of a request: who, for which unit, with which permissions and how far each reaches. */
export class AuthContext {
  constructor(
    readonly sessionId: string,
    readonly user: AuthenticatedUser,
    readonly actingUnitId: string | null,
    private readonly scopes: ReadonlyMap<string, DataScope>,
  ) {}

  get permissions(): string[] {
    return [...this.scopes.keys()].sort();
  }

  can(permission: string): boolean {
    return this.scopes.has(permission);
  }

  /** How far a permission reaches for this caller; no permission reaches nothing. */
  scopeOf(permission: string): DataScope {
    return this.scopes.get(permission) ?? NO_SCOPE;
  }
}
