import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { evaluateFeel } from '@kunlun/workflows';
import type { Definition } from '../definitions/definitionStore.ts';
import type { EngineDeps } from '../engineDeps.ts';
import { throwError } from '../behaviors/errors.ts';
import { takeOutputs } from '../behaviors/scopes.ts';
import { completeActivity, run, type ExecutorHooks } from './executor.ts';
import { lockInstance, lockInstanceAndTask, readInstanceRow, type InstanceRow } from './instanceRow.ts';
import { Move, type Actor } from './move.ts';
import { persistMove } from './persistMove.ts';

/**
 * Runs moves to the end: tokens moved on, everything written, and the consequences that cross
 * instances handled in the same transaction — a call activity's child started (and, when it
 * finishes at once, the parent continued), a finished child resuming its parent, and the
 * children of a cancelled call activity terminated.
 */
export interface NewInstance {
  definition: Definition;
  title?: string | undefined;
  businessKey?: string | null | undefined;
  urgency?: InstanceRow['urgency'] | undefined;
  initiatorId: string | null;
  initiatorUnitId: string | null;
  variables: Record<string, unknown>;
  parent?: { instanceId: string; tokenId: string } | undefined;
}

export async function createInstanceMove(trx: Knex.Transaction, deps: EngineDeps, spec: NewInstance, actor: Actor | null, startEvent?: string): Promise<Move> {
  const graph = spec.definition.graph;
  const start = startEvent ?? graph.startEvents.find((id) => graph.elements[id]!.trigger?.type === 'none') ?? graph.startEvents[0]!;
  const title = spec.title?.trim() || titleOf(spec.definition, spec.variables);
  const [row] = await trx('engine_instances')
    .insert({
      id: randomUUID(),
      definition_id: spec.definition.id,
      process_key: graph.key,
      module: spec.definition.module,
      business_key: spec.businessKey ?? null,
      title: title.slice(0, 500),
      urgency: spec.urgency ?? 'normal',
      initiator_id: spec.initiatorId,
      initiator_unit_id: spec.initiatorUnitId,
      variables: JSON.stringify(spec.variables),
      parent_instance_id: spec.parent?.instanceId ?? null,
      parent_token_id: spec.parent?.tokenId ?? null,
    })
    .returning('*');
  const move = new Move(trx, deps, readInstanceRow(row), spec.definition, actor);
  move.record({
    kind: 'instance.started',
    elementId: start,
    details: { version: spec.definition.version, ...(spec.parent ? { parentInstanceId: spec.parent.instanceId } : {}) },
  });
  move.arrive(start, null);
  return move;
}

function titleOf(definition: Definition, variables: Record<string, unknown>): string {
  const template = definition.graph.titleTemplate;
  if (template) {
    const value = evaluateFeel(template, variables);
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return definition.graph.name;
}

/** Loads and locks an instance and its definition for a move. */
export async function openMove(trx: Knex.Transaction, deps: EngineDeps, instanceId: string, actor: Actor | null): Promise<Move | undefined> {
  const instance = await lockInstance(trx, instanceId);
  if (!instance) return undefined;
  const definition = await deps.definitions.graphOf(instance.definition_id, trx);
  return new Move(trx, deps, instance, definition, actor);
}

/** Loads and locks a task's instance and the task itself for a move on the task. */
export async function openMoveOnTask(
  trx: Knex.Transaction,
  deps: EngineDeps,
  taskId: string,
  actor: Actor,
): Promise<{ move: Move; task: Record<string, unknown> } | undefined> {
  const locked = await lockInstanceAndTask(trx, taskId);
  if (!locked) return undefined;
  const definition = await deps.definitions.graphOf(locked.instance.definition_id, trx);
  return { move: new Move(trx, deps, locked.instance, definition, actor), task: locked.task };
}

const hooks: ExecutorHooks = {
  async startChild(parent, start) {
    const child = await createInstanceMove(
      parent.trx,
      parent.deps,
      {
        definition: start.definition,
        title: parent.instance.title,
        urgency: parent.instance.urgency,
        initiatorId: parent.instance.initiator_id,
        initiatorUnitId: parent.instance.initiator_unit_id,
        variables: start.variables,
        parent: { instanceId: parent.instance.id, tokenId: start.token.id },
      },
      parent.actor,
    );
    start.token.child = child.instance.id;
    parent.record({
      kind: 'callActivity.started',
      elementId: start.token.el,
      details: { childInstanceId: child.instance.id, processKey: start.definition.key },
    });
    child.parentMove = parent;
    await finishMove(child);
    settleChild(parent, start.token.id, child);
  },
};

/** Continues a parent's call activity once its child is over (completed, or ended by an error). */
function settleChild(parent: Move, tokenId: string, child: Move): void {
  const token = parent.token(tokenId);
  if (!token || token.child !== child.instance.id) return;
  if (child.state === 'completed') {
    takeOutputs(parent, token, child.variables);
    completeActivity(parent, token);
  } else if (child.state === 'terminated') {
    throwError(parent, token.scope, child.uncaughtError, token.el, token.id);
  }
}

export async function finishMove(move: Move): Promise<void> {
  await run(move, hooks);
  const removedChildren = move.instance.tokens
    .filter((before) => before.child && !move.tokens.some((token) => token.id === before.id))
    .map((before) => before.child!);
  await persistMove(move);
  for (const childId of removedChildren) {
    const child = await openMove(move.trx, move.deps, childId, move.actor);
    if (child && (child.state === 'active' || child.state === 'suspended')) {
      child.terminate('parent activity cancelled');
      await persistMove(child);
    }
  }
  const parentId = move.instance.parent_instance_id;
  const over = move.state === 'completed' || move.state === 'terminated';
  if (over && parentId && !move.parentMove) {
    const parent = await openMove(move.trx, move.deps, parentId, move.actor);
    if (parent && parent.state === 'active') {
      settleChild(parent, move.instance.parent_token_id!, move);
      await finishMove(parent);
    }
  }
}
