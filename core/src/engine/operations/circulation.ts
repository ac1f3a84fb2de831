import type { Knex } from 'knex';
import { pushLive } from '../outbox/outboxCollector.ts';
import { notFound, unprocessable } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import { insertInChunks } from '../../db/database.ts';
import type { Actor } from '../runtime/move.ts';
import { activeRegularUser } from './reassign.ts';

/**
 * 传阅/抄送: sending a process to people for reading. They find it in 待阅; opening and marking
 * it read moves it to 已阅 and leaves a read record (who, when) in the process history. 催办
 * (urging) reminds the holders of open tasks, with a note; both change no process state.
 */
export async function circulate(
  trx: Knex.Transaction,
  instance: { id: string; title: string; process_key: string; module: string | null },
  from: Actor,
  input: { userIds: string[]; note?: string | undefined; taskId?: string | null; elementId?: string | null },
): Promise<number> {
  const userIds = [...new Set(input.userIds)].filter((id) => id !== from.id);
  if (!userIds.length) throw unprocessable('engine.no_readers', text('请选择传阅人员', 'Choose who should read it'));
  for (const id of userIds) await activeRegularUser(trx, id);
  const unread: string[] = await trx('engine_circulations')
    .where({ instance_id: instance.id })
    .whereNull('read_at')
    .whereIn('user_id', userIds)
    .pluck('user_id');
  const fresh = userIds.filter((id) => !unread.includes(id));
  await insertInChunks(
    trx,
    'engine_circulations',
    fresh.map((userId) => ({
      instance_id: instance.id,
      task_id: input.taskId ?? null,
      element_id: input.elementId ?? null,
      title: instance.title,
      process_key: instance.process_key,
      module: instance.module,
      user_id: userId,
      from_user_id: from.id,
      note: input.note ?? null,
    })),
  );
  await trx('engine_history').insert({
    instance_id: instance.id,
    kind: 'instance.circulated',
    element_id: input.elementId ?? null,
    task_id: input.taskId ?? null,
    actor_id: from.id,
    actor_name: from.name,
    opinion: input.note ?? null,
    details: JSON.stringify({ userIds: fresh }),
  });
  await insertInChunks(
    trx,
    'core_notifications',
    fresh.map((userId) => ({
      user_id: userId,
      kind: 'circulation',
      title: `待阅：${instance.title}`,
      body: input.note ?? null,
      link: `/instances/${instance.id}`,
      instance_id: instance.id,
    })),
  );
  pushLive(trx, { userIds: fresh, kind: 'circulation.created' });
  return fresh.length;
}

export async function markRead(trx: Knex.Transaction, circulationId: string, reader: Actor): Promise<{ instanceId: string; readAt: Date }> {
  const row = await trx('engine_circulations').where({ id: circulationId, user_id: reader.id }).forUpdate().first();
  if (!row) throw notFound('engine.circulation_not_found', text('传阅记录不存在', 'No such circulation'));
  if (row.read_at) return { instanceId: row.instance_id, readAt: row.read_at };
  const [updated] = await trx('engine_circulations').where({ id: circulationId }).update({ read_at: trx.fn.now() }).returning('read_at');
  await trx('engine_history').insert({
    instance_id: row.instance_id,
    kind: 'circulation.read',
    actor_id: reader.id,
    actor_name: reader.name,
    details: JSON.stringify({ circulationId }),
  });
  return { instanceId: row.instance_id, readAt: updated.read_at };
}

export async function urge(
  trx: Knex.Transaction,
  instance: { id: string; title: string },
  by: Actor,
  taskIds: string[],
  note: string | undefined,
): Promise<number> {
  const tasks: { id: string; assignee_id: string | null; element_id: string; name: string }[] = await trx('engine_tasks')
    .where({ instance_id: instance.id, state: 'open' })
    .whereIn('id', taskIds)
    .update({ urge_count: trx.raw('urge_count + 1') })
    .returning(['id', 'assignee_id', 'element_id', 'name']);
  if (!tasks.length) throw unprocessable('engine.nothing_to_urge', text('没有可催办的待办', 'There is no open task to urge'));
  for (const t of tasks) {
    await trx('engine_history').insert({
      instance_id: instance.id,
      kind: 'task.urged',
      element_id: t.element_id,
      element_name: t.name,
      task_id: t.id,
      actor_id: by.id,
      actor_name: by.name,
      opinion: note ?? null,
    });
  }
  const holders = tasks.map((t) => t.assignee_id).filter((x): x is string => Boolean(x));
  await insertInChunks(
    trx,
    'core_notifications',
    tasks
      .filter((t) => t.assignee_id)
      .map((t) => ({
        user_id: t.assignee_id,
        kind: 'task.urged',
        title: `催办：${instance.title}（${t.name}）`,
        body: note ?? null,
        link: `/tasks/${t.id}`,
        instance_id: instance.id,
        task_id: t.id,
      })),
  );
  if (holders.length) pushLive(trx, { userIds: holders, kind: 'task.urged' });
  return tasks.length;
}
