import type { Knex } from 'knex';
import type { ProcessGraph } from '@kunlun/workflows';
import { notFound } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import { scopeCovers } from '../../access/dataScope.ts';
import type { AuthContext } from '../../access/authContext.ts';
import type { DefinitionStore } from '../definitions/definitionStore.ts';
import { readInstanceRow, type InstanceRow } from '../runtime/instanceRow.ts';
import { readTask } from '../operations/taskGuard.ts';
import { isParticipant } from './processReads.ts';
import { namesOfPeople, peopleNamedIn } from './historyPeople.ts';
import type { FormRegistry } from '../forms/formRegistry.ts';
import { fieldAccess } from '../forms/formSchema.ts';
import { formValuesOf } from '../forms/formValues.ts';

/**
 * What a person sees of a process instance. Participants (the initiator, everyone who held,
 * handled, was proxied or delegated a task, or had it circulated to them) see it; so do holders
 * of engine.instance.readAll whose data scope reaches the initiator's unit. Everyone else gets
 * 404, as if it did not exist.
 */
export const instanceNotFound = () => notFound('engine.instance_not_found', text('流程实例不存在', 'No such process instance'));

export async function visibleInstance(db: Knex, auth: AuthContext, instanceId: string): Promise<InstanceRow> {
  const row = await db('engine_instances').where({ id: instanceId }).first();
  if (!row) throw instanceNotFound();
  const instance = readInstanceRow(row);
  const me = auth.user.id;
  if (instance.initiator_id === me || (await isParticipant(db, instanceId, me))) return instance;
  if (auth.can('engine.instance.readAll') && instance.initiator_unit_id) {
    const unit = await db('core_org_units').where({ id: instance.initiator_unit_id }).first('id', 'path');
    if (unit && scopeCovers(auth.scopeOf('engine.instance.readAll'), unit)) return instance;
  }
  throw instanceNotFound();
}

/** Managers suspend, resume and terminate instances started in units their data scope reaches. */
export async function mayManageInstance(db: Knex, auth: AuthContext, instance: Pick<InstanceRow, 'initiator_unit_id'>): Promise<boolean> {
  if (!auth.can('engine.instance.manage') || !instance.initiator_unit_id) return false;
  const unit = await db('core_org_units').where({ id: instance.initiator_unit_id }).first('id', 'path');
  return Boolean(unit && scopeCovers(auth.scopeOf('engine.instance.manage'), unit));
}

/** The form an instance is shown with: its start form, else the form of its first step that has one. */
export function instanceFormKey(graph: ProcessGraph): string | null {
  for (const id of graph.startEvents) {
    const key = graph.elements[id]?.formKey;
    if (key) return key;
  }
  return Object.values(graph.elements).find((e) => e.kind === 'userTask' && e.formKey)?.formKey ?? null;
}

/** The instance's form, read-only: every field as shown outside any one step (hidden ones left out, with their values). */
async function instanceForm(db: Knex, forms: FormRegistry, graph: ProcessGraph, instance: InstanceRow) {
  const form = forms.get(instanceFormKey(graph));
  if (!form) return null;
  const access = Object.fromEntries(
    Object.entries(fieldAccess(form, '*')).map(([key, a]) => [key, a === 'hidden' ? ('hidden' as const) : ('readonly' as const)]),
  );
  const values = await formValuesOf(db, forms, form, instance);
  return { id: form.id, schema: form, values: Object.fromEntries(Object.entries(values).filter(([key]) => access[key] !== 'hidden')), access };
}

export async function instanceDetail(db: Knex, definitions: DefinitionStore, forms: FormRegistry, auth: AuthContext, instance: InstanceRow) {
  const definition = await definitions.graphOf(instance.definition_id);
  const [initiator, tasks, history, circulations] = await Promise.all([
    instance.initiator_id
      ? db('core_users as u')
          .leftJoin('core_org_units as o', 'o.id', db.raw('?::uuid', [instance.initiator_unit_id]))
          .where('u.id', instance.initiator_id)
          .first('u.id', 'u.display_name', 'o.id as unit_id', 'o.name as unit_name')
      : null,
    db('engine_tasks as t')
      .leftJoin('core_users as u', 'u.id', 't.assignee_id')
      .where('t.instance_id', instance.id)
      .whereIn('t.state', ['open', 'blocked'])
      .orderBy('t.created_at')
      .select('t.*', 'u.display_name as assignee_name'),
    db('engine_history as h')
      .leftJoin('core_users as a', 'a.id', 'h.actor_id')
      .leftJoin('core_users as b', 'b.id', 'h.on_behalf_of_id')
      .where('h.instance_id', instance.id)
      .orderBy('h.id')
      .select('h.*', 'a.display_name as actor_display', 'b.display_name as behalf_display'),
    db('engine_circulations as c')
      .leftJoin('core_users as u', 'u.id', 'c.user_id')
      .leftJoin('core_users as f', 'f.id', 'c.from_user_id')
      .where('c.instance_id', instance.id)
      .orderBy('c.created_at')
      .select('c.*', 'u.display_name as user_name', 'f.display_name as from_name'),
  ]);
  const details = history.map((h) => (typeof h.details === 'string' ? JSON.parse(h.details) : h.details) as Record<string, unknown>);
  const named = details.map((d, i) => peopleNamedIn(history[i].kind, d));
  const [people, form] = await Promise.all([namesOfPeople(db, named.flat()), instanceForm(db, forms, definition.graph, instance)]);
  const me = auth.user.id;
  const lastMine = await db('engine_tasks')
    .where({ instance_id: instance.id, completed_by_id: me, state: 'completed' })
    .orderBy('completed_at', 'desc')
    .first('details');
  const undo = lastMine ? (readTask({ details: lastMine.details }).details.undo as { seq: number } | undefined) : undefined;
  const handled = Boolean(lastMine);
  return {
    id: instance.id,
    processKey: instance.process_key,
    processName: definition.graph.name,
    definitionId: definition.id,
    version: definition.version,
    title: instance.title,
    businessKey: instance.business_key,
    urgency: instance.urgency,
    state: instance.state,
    endReason: instance.end_reason,
    ending:
      instance.state === 'completed' && instance.end_event_id
        ? { elementId: instance.end_event_id, name: instance.end_event_name ?? instance.end_event_id }
        : null,
    initiator: initiator
      ? { id: initiator.id, name: initiator.display_name, unit: initiator.unit_id ? { id: initiator.unit_id, name: initiator.unit_name } : null }
      : null,
    startedAt: instance.started_at.toISOString(),
    endedAt: instance.ended_at ? new Date(instance.ended_at).toISOString() : null,
    variables: Object.fromEntries(Object.entries(instance.variables).filter(([k]) => !k.startsWith('_'))),
    activeElementIds: [...new Set(instance.tokens.filter((t) => t.st !== 'active').map((t) => t.el))],
    completedElementIds: instance.completed_elements,
    openTasks: tasks.map((t) => ({
      id: t.id,
      elementId: t.element_id,
      name: t.name,
      kind: t.kind,
      state: t.state,
      assignee: t.assignee_id ? { id: t.assignee_id, name: t.assignee_name } : null,
      dueAt: t.due_at ? new Date(t.due_at).toISOString() : null,
      createdAt: new Date(t.created_at).toISOString(),
      urgeCount: t.urge_count,
    })),
    form,
    history: history.map((h, i) => ({
      id: Number(h.id),
      at: new Date(h.at).toISOString(),
      kind: h.kind,
      elementId: h.element_id,
      elementName: h.element_name,
      taskId: h.task_id,
      actor: h.actor_id ? { id: h.actor_id, name: h.actor_name ?? h.actor_display } : null,
      onBehalfOf: h.on_behalf_of_id ? { id: h.on_behalf_of_id, name: h.behalf_display } : null,
      outcome: h.outcome,
      opinion: h.opinion,
      details: details[i]!,
      people: Object.fromEntries(named[i]!.filter((id) => people.has(id)).map((id) => [id, people.get(id)!])),
    })),
    circulations: circulations.map((c) => ({
      id: c.id,
      user: { id: c.user_id, name: c.user_name },
      from: c.from_user_id ? { id: c.from_user_id, name: c.from_name } : null,
      note: c.note,
      createdAt: new Date(c.created_at).toISOString(),
      readAt: c.read_at ? new Date(c.read_at).toISOString() : null,
    })),
    viewer: {
      canWithdraw: instance.state === 'active' && undo?.seq === instance.seq,
      canUrge: instance.state === 'active' && (instance.initiator_id === me || handled) && tasks.some((t) => t.state === 'open'),
      canTerminate: (instance.state === 'active' || instance.state === 'suspended') && instance.initiator_id === me,
      canManage: await mayManageInstance(db, auth, instance),
    },
  };
}

export type InstanceDetail = Awaited<ReturnType<typeof instanceDetail>>;
