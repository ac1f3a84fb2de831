import type { Knex } from 'knex';
import { conflict } from '../http/apiError.ts';
import { text } from '../i18n/text.ts';
import { type AuditLog, type AuditSource, entryFrom } from '../audit/auditLog.ts';
import type { AccountKind } from './duties.ts';

type AdminKind = Exclude<AccountKind, 'regular'>;

const ROLE_OF: Record<AdminKind, string> = {
  system_admin: 'system_admin',
  security_admin: 'security_admin',
  audit_admin: 'audit_admin',
};

export const ADMIN_DISPLAY_NAMES: Record<AdminKind, string> = {
  system_admin: '系统管理员',
  security_admin: '安全保密管理员',
  audit_admin: '安全审计员',
};

/**
 * Creates one of the three administrator accounts (三员) with its fixed role. Only the
 * installer and the demo loader call this: no API turns a regular account into an administrator.
 */
export async function createAdminAccount(
  trx: Knex.Transaction,
  input: { kind: AdminKind; username: string; displayName?: string; passwordHash: string },
  audit: AuditLog,
  source: AuditSource,
): Promise<string> {
  const [user] = await trx('core_users')
    .insert({
      username: input.username,
      display_name: input.displayName ?? ADMIN_DISPLAY_NAMES[input.kind],
      account_kind: input.kind,
      password_hash: input.passwordHash,
      must_change_password: false,
    })
    .onConflict('username')
    .ignore()
    .returning('id');
  if (!user) throw conflict('org.username_taken', text(`用户名 ${input.username} 已被使用`, `Username ${input.username} is taken`));
  const role = await trx('core_roles').where({ code: ROLE_OF[input.kind] }).first('id');
  await trx('core_user_roles').insert({ user_id: user.id, role_id: role.id });
  await audit.record(
    entryFrom(source, { action: 'security.admin.create', target: { type: 'user', id: user.id }, details: { kind: input.kind, username: input.username } }),
    trx,
  );
  return user.id;
}
