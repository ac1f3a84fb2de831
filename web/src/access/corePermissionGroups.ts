import type { PermissionRequirement } from './permissionRequirement.ts';

/**
 * Permissions of core that only administrators hold (system, security and audit duties).
 * Holding any of them makes the administration group of the side menu appear.
 */
export const ADMIN_PERMISSIONS = [
  'org.unit.manage',
  'org.user.manage',
  'org.import.run',
  'system.module.manage',
  'engine.definition.manage',
  'security.role.manage',
  'security.grant.manage',
  'security.session.manage',
  'security.userAudit.read',
  'audit.adminAudit.read',
] as const;

/** Reading the organization tree and its people as staff (通讯录). */
export const DIRECTORY_READ = 'org.directory.read' satisfies PermissionRequirement;

/** Reading the organization tree as an administrator who looks after it or grants roles in it. */
export const ORG_ADMIN_READ = ['org.unit.manage', 'org.user.manage', 'security.grant.manage'] as const satisfies PermissionRequirement;

/** Designing, publishing and merging process definitions (流程库, for the installation's IT staff). */
export const DEFINITION_MANAGE = 'engine.definition.manage' satisfies PermissionRequirement;
