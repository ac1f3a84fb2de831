import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { enqueue } from '../outbox/outboxCollector.ts';
import type { Definition } from '../definitions/definitionStore.ts';
import { planTimer } from './timerSpecs.ts';

/** A published definition with timer start events gets their first timers; older versions' start timers stop. */
export async function armStartTimers(trx: Knex.Transaction, definition: Definition): Promise<void> {
  await trx('engine_timers')
    .where({ kind: 'start', state: 'scheduled' })
    .whereIn('definition_id', trx('engine_definitions').where({ key: definition.key }).whereNot({ id: definition.id }).select('id'))
    .update({ state: 'cancelled' });
  for (const id of definition.graph.startEvents) {
    const trigger = definition.graph.elements[id]!.trigger;
    if (trigger?.type !== 'timer') continue;
    const plan = planTimer(trigger.timer, new Date(), {}, id);
    const timerId = randomUUID();
    await trx('engine_timers').insert({
      id: timerId,
      definition_id: definition.id,
      element_id: id,
      kind: 'start',
      due_at: plan.dueAt,
      cycle: plan.cycle ? JSON.stringify(plan.cycle) : null,
    });
    await enqueue(trx, [{ topic: 'timer', payload: { timerId, dueAt: plan.dueAt.toISOString() } }]);
  }
}
