import type { Knex } from 'knex';
import { hashPassword } from '../auth/passwordHashing.ts';
import { createAdminAccount } from '../access/adminAccounts.ts';
import type { AuditLog, AuditSource } from '../audit/auditLog.ts';
import { text } from '../i18n/text.ts';
import { AdminCommandError } from './adminCommandError.ts';
import type { InstallPlan } from './installAnswers.ts';

/**
 * The three administrator accounts (三员) of an installation, created together or not at all.
 * An account that already exists with the same duty is left as it is — its password is not
 * reset by a rerun; a username held by another kind of account stops the step.
 */
export async function ensureAdministrators(
  db: Knex,
  admins: InstallPlan['administrators'],
  audit: AuditLog,
  source: AuditSource,
): Promise<{ created: string[]; kept: string[] }> {
  const hashes = await Promise.all(admins.map((a) => hashPassword(a.password)));
  return db.transaction(async (trx) => {
    const created: string[] = [];
    const kept: string[] = [];
    for (const [i, admin] of admins.entries()) {
      const existing = await trx('core_users').where({ username: admin.username }).first('account_kind');
      if (existing) {
        if (existing.account_kind !== admin.kind) {
          throw new AdminCommandError(
            text(
              `用户名 ${admin.username} 已被其他账号（${existing.account_kind}）使用，请换一个管理员用户名`,
              `Username ${admin.username} belongs to another account (${existing.account_kind}); choose another administrator username`,
            ),
          );
        }
        kept.push(admin.username);
        continue;
      }
      const others = await trx('core_users').where({ account_kind: admin.kind }).pluck('username');
      if (others.length) {
        throw new AdminCommandError(
          text(
            `已有${admin.displayName}账号 ${others.join('、')}；每种管理员只设一个`,
            `A ${admin.kind} account already exists (${others.join(', ')}); there is one of each`,
          ),
        );
      }
      await createAdminAccount(trx, { kind: admin.kind, username: admin.username, displayName: admin.displayName, passwordHash: hashes[i]! }, audit, source);
      created.push(admin.username);
    }
    return { created, kept };
  });
}
