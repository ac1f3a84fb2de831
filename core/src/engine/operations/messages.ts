import type { Knex } from 'knex';
import { notFound } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import type { EngineDeps } from '../engineDeps.ts';
import { createInstanceMove, finishMove, openMove } from '../runtime/moveRunner.ts';

/**
 * Delivering a message: to the instance waiting for it (message catch event, receive task,
 * message boundary event, or an event-based gateway), matched by name and correlation key; or,
 * when none waits, to a published process that starts with that message.
 */
export async function correlateMessage(
  trx: Knex.Transaction,
  deps: EngineDeps,
  input: { name: string; correlationKey?: string | null | undefined; variables?: Record<string, unknown> | undefined },
): Promise<{ instanceId: string; started: boolean }> {
  const sub = await trx('engine_subscriptions')
    .where({ message: input.name })
    .where((w) =>
      input.correlationKey === undefined || input.correlationKey === null ? w.whereNull('correlation_key') : w.where('correlation_key', input.correlationKey),
    )
    .orderBy('created_at')
    .first('id', 'instance_id', 'token_id', 'element_id');
  if (sub) {
    const move = await openMove(trx, deps, sub.instance_id, null);
    const still = move && (await trx('engine_subscriptions').where({ id: sub.id }).first('id'));
    const token = move?.token(sub.token_id);
    if (move && still && token && move.state === 'active') {
      Object.assign(move.variables, input.variables ?? {});
      const el = move.element(sub.element_id);
      move.record({ kind: 'message.received', elementId: el.id, details: { message: input.name } });
      if (el.kind === 'boundaryEvent') {
        if (el.cancelActivity !== false) move.removeToken(token, 'message boundary');
        move.passThrough(el.id, token.scope);
      } else if (token.gateway) {
        move.removeToken(token);
        move.completedElements.add(token.el);
        move.passThrough(
          el.id,
          token.scope,
          move.element(token.el).outgoing.find((f) => move.flow(f).target === el.id),
        );
      } else {
        move.leave(token);
      }
      await finishMove(move);
      return { instanceId: move.instance.id, started: false };
    }
  }
  for (const definition of await deps.definitions.listPublished(trx)) {
    const start = definition.graph.startEvents.find((id) => {
      const trigger = definition.graph.elements[id]!.trigger;
      return trigger?.type === 'message' && trigger.message === input.name;
    });
    if (!start) continue;
    const move = await createInstanceMove(
      trx,
      deps,
      { definition, businessKey: input.correlationKey ?? null, initiatorId: null, initiatorUnitId: null, variables: input.variables ?? {} },
      null,
      start,
    );
    await finishMove(move);
    return { instanceId: move.instance.id, started: true };
  }
  throw notFound('engine.message_not_correlated', text(`没有等待消息“${input.name}”的流程`, `No process waits for message "${input.name}"`), {
    message: input.name,
    correlationKey: input.correlationKey ?? null,
  });
}
