import type { Knex } from 'knex';
import type { TaskOperation } from '@kunlun/workflows';
import type { AuthContext } from '../../access/authContext.ts';
import type { DefinitionStore } from '../definitions/definitionStore.ts';
import { fieldAccess } from '../forms/formSchema.ts';
import type { FormRegistry } from '../forms/formRegistry.ts';
import { formValuesOf } from '../forms/formValues.ts';
import { returnableSteps } from '../operations/returnToStep.ts';
import { allowedOperationsOf, readTask, taskNotFound } from '../operations/taskGuard.ts';
import { instanceDetail, visibleInstance } from './instanceView.ts';

/**
 * The task page: the task, its instance (history, diagram state), the step's form with each
 * field's access and its values (from the module's record when the module keeps the form), and — for its holder while it is open — exactly the operations this step
 * allows and the steps it can be returned to.
 */
export async function taskDetail(db: Knex, definitions: DefinitionStore, forms: FormRegistry, auth: AuthContext, taskId: string) {
  const row = await db('engine_tasks').where({ id: taskId }).first();
  if (!row) throw taskNotFound();
  const task = readTask(row);
  const instance = await visibleInstance(db, auth, task.instance_id);
  const definition = await definitions.graphOf(instance.definition_id);
  const names = await db('core_users')
    .whereIn(
      'id',
      [task.assignee_id, task.proxy_for_id, task.delegated_by_id].filter((x): x is string => Boolean(x)),
    )
    .select('id', 'display_name');
  const person = (id: string | null) => (id ? { id, name: names.find((n) => n.id === id)?.display_name ?? '' } : null);
  const live = task.state === 'open' || task.state === 'blocked';
  const candidate =
    task.assignee_id === null && Boolean(await db('engine_task_candidates').where({ task_id: task.id, user_id: auth.user.id }).first('task_id'));
  const holds = live && instance.state === 'active' && (task.assignee_id === auth.user.id || candidate);
  const allowed: TaskOperation[] = holds ? (task.state === 'blocked' ? ['removeSigners', 'circulate'] : allowedOperationsOf(definition, task)) : [];
  const operations: (TaskOperation | 'claim')[] = candidate ? ['claim', ...allowed] : allowed;
  // 'withdraw' and 'urge' are instance-level (see the instance's viewer flags), never task buttons.
  const buttons = operations.filter((o) => o !== 'withdraw' && o !== 'urge');
  const form = forms.get(task.form_key);
  const { undo: _undo, ...details } = task.details;
  const values = form ? await formValuesOf(db, forms, form, instance) : {};
  return {
    task: {
      id: task.id,
      elementId: task.element_id,
      name: task.name,
      kind: task.kind,
      state: task.state,
      version: task.version,
      assignee: person(task.assignee_id),
      proxyFor: person(task.proxy_for_id),
      delegatedBy: person(task.delegated_by_id),
      dueAt: row.due_at ? new Date(row.due_at).toISOString() : null,
      createdAt: new Date(row.created_at).toISOString(),
      formKey: task.form_key,
      details,
    },
    instance: await instanceDetail(db, definitions, forms, auth, instance),
    form: form ?? null,
    values,
    fieldAccess: form ? fieldAccess(form, task.element_id) : {},
    operations: buttons,
    returnableSteps: buttons.includes('return') ? await returnableSteps(db, instance, definition, task) : [],
  };
}
