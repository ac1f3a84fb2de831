import type { Knex } from 'knex';
import { insertInChunks } from '../db/database.ts';

/** Every new regular account receives the business roles marked as default (普通用户). */
export async function grantDefaultRoles(trx: Knex.Transaction, userIds: string[]): Promise<void> {
  if (!userIds.length) return;
  const roles: string[] = await trx('core_roles').where({ is_default: true, duty: 'business' }).pluck('id');
  const grants = userIds.flatMap((userId) => roles.map((roleId) => ({ user_id: userId, role_id: roleId })));
  await insertInChunks(trx, 'core_user_roles', grants);
}
