import type { Knex } from 'knex';
import { unprocessable } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import type { EngineDeps } from '../engineDeps.ts';
import type { Actor } from '../runtime/move.ts';
import { finishMove, openMove } from '../runtime/moveRunner.ts';

/**
 * Moving running instances to another version of their process (explicitly: instances otherwise
 * stay on the version they started on). Each element where the instance stands must map to an
 * element of the same kind in the new version — by the mapping given, or by the same id;
 * otherwise that instance is refused with the reason and left untouched.
 */
export interface MigrationOutcome {
  migrated: string[];
  refused: { instanceId: string; reasons: string[] }[];
}

export async function migrateInstance(
  trx: Knex.Transaction,
  deps: EngineDeps,
  instanceId: string,
  toDefinitionId: string,
  mapping: Record<string, string>,
  actor: Actor | null,
): Promise<string[]> {
  const move = await openMove(trx, deps, instanceId, actor);
  if (!move) return ['实例不存在'];
  const target = await deps.definitions.graphOf(toDefinitionId, trx);
  const from = move.definition;
  if (target.key !== from.key) return [`目标版本属于另一个流程（${target.key}）`];
  if (move.state !== 'active' && move.state !== 'suspended') return ['实例已结束'];
  const reasons: string[] = [];
  const mapOf = (el: string) => {
    const to = mapping[el] ?? (target.graph.elements[el] ? el : undefined);
    const oldKind = from.graph.elements[el]?.kind;
    const newKind = to ? target.graph.elements[to]?.kind : undefined;
    if (!to || !newKind) reasons.push(`流程停留在「${from.graph.elements[el]?.name ?? el}」（${el}），映射中没有对应的新节点`);
    else if (newKind !== oldKind) reasons.push(`节点 ${el}（${oldKind}）不能映射到类型不同的 ${to}（${newKind}）`);
    return to;
  };
  const newEls = new Map(move.tokens.map((t) => [t.id, mapOf(t.el)]));
  if (reasons.length) return [...new Set(reasons)];
  for (const t of move.tokens) t.el = newEls.get(t.id)!;
  const tasks: { id: string; element_id: string }[] = await trx('engine_tasks')
    .where({ instance_id: instanceId })
    .whereIn('state', ['open', 'blocked'])
    .select('id', 'element_id');
  for (const task of tasks) {
    const to = mapping[task.element_id] ?? task.element_id;
    await trx('engine_tasks')
      .where({ id: task.id })
      .update({ element_id: to, name: target.graph.elements[to]?.name ?? to, version: trx.raw('version + 1') });
  }
  for (const [fromEl, toEl] of Object.entries(mapping)) {
    await trx('engine_timers').where({ instance_id: instanceId, element_id: fromEl, state: 'scheduled' }).update({ element_id: toEl });
    await trx('engine_subscriptions').where({ instance_id: instanceId, element_id: fromEl }).update({ element_id: toEl });
  }
  const completed = [...move.completedElements].map((el) => mapping[el] ?? el).filter((el) => target.graph.elements[el]);
  move.completedElements.clear();
  for (const el of completed) move.completedElements.add(el);
  move.instanceChanges.definition_id = target.id;
  move.record({ kind: 'instance.migrated', details: { fromVersion: from.version, toVersion: target.version, mapping } });
  await finishMove(move);
  return [];
}

export async function instancesOf(db: Knex, definitionId: string): Promise<string[]> {
  return db('engine_instances').where({ definition_id: definitionId }).whereIn('state', ['active', 'suspended']).orderBy('started_at').pluck('id');
}

export function assertSameKey(fromKey: string, toKey: string): void {
  if (fromKey !== toKey)
    throw unprocessable('definitions.other_process', text('只能迁移到同一流程的其他版本', 'Instances can only move to another version of the same process'));
}
