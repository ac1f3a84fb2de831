import type { Knex } from 'knex';
import { insertInChunks } from '../db/database.ts';
import { pushLive } from '../engine/outbox/outboxCollector.ts';

/**
 * A notification to people's bells, written in the caller's transaction: the rows exist exactly
 * when it commits, and the bells of the people online ring (a live push) right after the commit
 * — nothing for a transaction that rolls back.
 */
export interface NotificationInput {
  userIds: readonly string[];
  /** Namespaced: `documents.urged`. */
  kind: string;
  title: string;
  body?: string | null | undefined;
  /** Where the notification leads in the web desktop (`/documents/…`). */
  link?: string | null | undefined;
  instanceId?: string | null | undefined;
  taskId?: string | null | undefined;
}

export async function notify(trx: Knex.Transaction, input: NotificationInput): Promise<number> {
  const userIds = [...new Set(input.userIds)];
  if (!userIds.length) return 0;
  await insertInChunks(
    trx,
    'core_notifications',
    userIds.map((userId) => ({
      user_id: userId,
      kind: input.kind,
      title: input.title.slice(0, 500),
      body: input.body ?? null,
      link: input.link ?? null,
      instance_id: input.instanceId ?? null,
      task_id: input.taskId ?? null,
    })),
  );
  pushLive(trx, { userIds, kind: input.kind });
  return userIds.length;
}
