import type { Knex } from 'knex';
import { notFound, unprocessable } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import { pushLive } from '../outbox/outboxCollector.ts';
import type { Actor } from '../runtime/move.ts';

/**
 * 改标题: a module renames the thing its process carries (a document retitled at review). The
 * instance keeps the new title, and so do its tasks and circulations, so 待办, 已办 and 待阅 show
 * it; the history records the change. The instance row is locked first, as a move locks it, so
 * a retitle and a move of the same instance serialize (a move in the same transaction sees it).
 */
export async function retitleInstance(trx: Knex.Transaction, instanceId: string, title: string, actor: Actor | null): Promise<boolean> {
  const next = title.trim().slice(0, 500);
  if (!next) throw unprocessable('engine.title_required', text('标题不能为空', 'The title cannot be empty'));
  const instance = await trx('engine_instances').where({ id: instanceId }).forUpdate().first('id', 'title');
  if (!instance) throw notFound('engine.instance_not_found', text('流程实例不存在', 'No such process instance'));
  if (instance.title === next) return false;
  await trx('engine_instances').where({ id: instanceId }).update({ title: next, updated_at: trx.fn.now() });
  await trx('engine_tasks').where({ instance_id: instanceId }).update({ title: next });
  await trx('engine_circulations').where({ instance_id: instanceId }).update({ title: next });
  await trx('engine_history').insert({
    instance_id: instanceId,
    kind: 'instance.retitled',
    actor_id: actor?.id ?? null,
    actor_name: actor?.name ?? null,
    details: JSON.stringify({ from: instance.title, to: next }),
  });
  const holders: string[] = await trx('engine_tasks')
    .where({ instance_id: instanceId })
    .whereIn('state', ['open', 'blocked'])
    .whereNotNull('assignee_id')
    .pluck('assignee_id');
  const offered: string[] = await trx('engine_task_candidates as c')
    .join('engine_tasks as t', 't.id', 'c.task_id')
    .where('t.instance_id', instanceId)
    .whereNull('t.assignee_id')
    .whereIn('t.state', ['open', 'blocked'])
    .pluck('c.user_id');
  pushLive(trx, { userIds: [...new Set([...holders, ...offered])], kind: 'instance.retitled', instanceId });
  return true;
}
