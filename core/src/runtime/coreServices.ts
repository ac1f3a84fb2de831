import type { Knex } from 'knex';
import type { Config } from '../config/config.ts';
import type { AuditLog } from '../audit/auditLog.ts';
import type { PermissionCatalog } from '../access/permissionCatalog.ts';
import { OrgUnits } from '../org/orgUnits.ts';
import { OrgPosts } from '../org/orgPosts.ts';
import { OrgUsers } from '../org/orgUsers.ts';
import { UnitGroups } from '../org/unitGroups.ts';
import { OrgImport } from '../org/import/orgImport.ts';
import { SessionStore } from '../auth/sessionStore.ts';
import { SignIn } from '../auth/signIn.ts';
import { CurrentUser } from '../auth/currentUser.ts';
import { Roles } from '../access/roles.ts';
import { SessionAdmin } from '../access/sessionAdmin.ts';

/** Core's own services, built once per process from what they need. */
export interface CoreServices {
  units: OrgUnits;
  unitGroups: UnitGroups;
  posts: OrgPosts;
  users: OrgUsers;
  orgImport: OrgImport;
  sessions: SessionStore;
  signIn: SignIn;
  currentUser: CurrentUser;
  roles: Roles;
  sessionAdmin: SessionAdmin;
}

export function createCoreServices(db: Knex, audit: AuditLog, catalog: PermissionCatalog, config: Pick<Config, 'sessions' | 'lockout'>): CoreServices {
  const sessions = new SessionStore(db, config.sessions);
  const posts = new OrgPosts(db, audit);
  return {
    units: new OrgUnits(db, audit),
    unitGroups: new UnitGroups(db),
    posts,
    users: new OrgUsers(db, audit, posts),
    orgImport: new OrgImport(db, audit),
    sessions,
    signIn: new SignIn(db, sessions, audit, config.lockout),
    currentUser: new CurrentUser(db, posts, sessions, audit),
    roles: new Roles(db, catalog, audit),
    sessionAdmin: new SessionAdmin(db, sessions, audit),
  };
}
