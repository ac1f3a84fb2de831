import { computed, ref, shallowRef, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { tasksApi, type SignerMode, type TaskDetail } from '@/api/tasks.api.ts';
import type { NextAssignees } from '@/api/processes.api.ts';
import { formOf, type FormValues } from '@/forms/formSchema.ts';
import { hasEditableFields } from '@/forms/fieldAccess.ts';
import { initialValues, submissionOf } from '@/forms/formValues.ts';
import { buttonsWhileBlocked, taskButtons, type TaskButton } from '@/workflow/taskButtons.ts';
import { moveFailureOf } from '@/workflow/moveFailure.ts';
import { useTasksStore } from '@/stores/tasks.ts';
import { messageBox, toast } from '@/ui/feedback.ts';

/** Operations after which the task is no longer the person's: the page goes back to the box. */
const LEAVES: ReadonlySet<TaskButton> = new Set(['submit', 'agree', 'disagree', 'return', 'transfer', 'delegate']);
/** Operations that need an opinion (the reason is part of the record). */
const NEEDS_OPINION: ReadonlySet<TaskButton> = new Set(['disagree', 'return']);

export interface AssigneeRequest {
  message: string;
  elementId: string;
  retry: (nextAssignees: NextAssignees) => Promise<void>;
}

/**
 * The state and moves of the task page: the task as the server describes it, the form values,
 * the opinion, and each operation with the checks before and the handling of refusals after.
 */
export function useTaskPage(taskId: Ref<string>) {
  const { t } = useI18n();
  const router = useRouter();
  const tasks = useTasksStore();

  const detail = shallowRef<TaskDetail | null>(null);
  const loading = ref(false);
  const loadError = ref<string | null>(null);
  const values = ref<FormValues>({});
  const opinion = ref('');
  const opinionError = ref<string | null>(null);
  const busy = ref<TaskButton | null>(null);
  const assigneeRequest = ref<AssigneeRequest | null>(null);
  /** The task changed on the server while the person was editing it (a live event told so). */
  const changedElsewhere = ref(false);
  let shownValues = '';

  const form = computed(() => formOf(detail.value?.form));
  const access = computed(() => detail.value?.fieldAccess ?? {});
  const fillingIn = computed(() => hasEditableFields(form.value, access.value));
  const buttons = computed<TaskButton[]>(() => {
    const d = detail.value;
    if (!d) return [];
    const all = taskButtons(d.operations, fillingIn.value);
    return d.task.state === 'blocked' ? buttonsWhileBlocked(all) : all;
  });

  async function load(): Promise<void> {
    loading.value = true;
    loadError.value = null;
    try {
      const answer = await tasksApi.detail(taskId.value);
      show(answer);
    } catch (err) {
      loadError.value = err instanceof Error ? err.message : t('errors.unexpected');
    } finally {
      loading.value = false;
    }
  }

  function show(answer: TaskDetail): void {
    detail.value = answer;
    const f = formOf(answer.form);
    values.value = f ? initialValues(f, answer.values) : {};
    shownValues = JSON.stringify(values.value);
    opinionError.value = null;
    changedElsewhere.value = false;
  }

  const edited = () => opinion.value.trim() !== '' || JSON.stringify(values.value) !== shownValues;

  /**
   * After a live event: reads the task again and shows it when it changed, unless the person has
   * started editing, who is told instead (and reloads when ready).
   */
  async function refreshIfChanged(): Promise<void> {
    const current = detail.value;
    if (!current || busy.value) return;
    try {
      const answer = await tasksApi.detail(taskId.value);
      const same =
        answer.task.version === current.task.version &&
        answer.task.state === current.task.state &&
        answer.instance.history.length === current.instance.history.length;
      if (same) return;
      if (edited()) changedElsewhere.value = true;
      else show(answer);
    } catch {
      // The next event or a reload tries again.
    }
  }

  function needOpinion(button: TaskButton): boolean {
    if (!NEEDS_OPINION.has(button) || opinion.value.trim()) {
      opinionError.value = null;
      return false;
    }
    opinionError.value = t(button === 'return' ? 'actions.returnOpinionRequired' : 'actions.disagreeOpinionRequired');
    return true;
  }

  async function refused(err: unknown, retry: ((next: NextAssignees) => Promise<void>) | null): Promise<void> {
    const failure = moveFailureOf(err, t('errors.unexpected'));
    if (failure.stale) {
      await messageBox.alert(failure.message, t('actions.staleTitle'), { type: 'warning', confirmButtonText: t('actions.reload') }).catch(() => undefined);
      await load();
      void tasks.changed();
      return;
    }
    if (failure.needsAssigneeFor && retry) {
      assigneeRequest.value = { message: failure.message, elementId: failure.needsAssigneeFor, retry };
      return;
    }
    toast.error({ message: [failure.message, ...failure.problems].join('；'), duration: 6000 });
  }

  /** Runs one operation: busy while it runs, then where to go and what to say. */
  async function perform(
    button: TaskButton,
    move: () => Promise<unknown>,
    done: string,
    retry: ((next: NextAssignees) => Promise<void>) | null = null,
  ): Promise<boolean> {
    busy.value = button;
    try {
      await move();
      toast.success(done);
      void tasks.changed();
      if (LEAVES.has(button)) await router.push({ path: '/tasks', query: { box: 'todo' } });
      else await load();
      return true;
    } catch (err) {
      await refused(err, retry);
      return false;
    } finally {
      busy.value = null;
    }
  }

  async function complete(button: 'submit' | 'agree' | 'disagree', validate: () => Promise<boolean>, nextAssignees?: NextAssignees): Promise<void> {
    const d = detail.value;
    if (!d || needOpinion(button)) return;
    if (fillingIn.value && !(await validate())) {
      toast.warning(t('form.fixProblems'));
      return;
    }
    if (button === 'disagree') {
      const sure = await messageBox
        .confirm(t('actions.disagreeConfirm'), t('actions.disagree'), {
          type: 'warning',
          confirmButtonText: t('actions.disagree'),
          cancelButtonText: t('common.cancel'),
        })
        .then(() => true)
        .catch(() => false);
      if (!sure) return;
    }
    const variables = form.value && fillingIn.value ? submissionOf(form.value, access.value, values.value) : undefined;
    await perform(
      button,
      () =>
        tasksApi.complete(d.task.id, {
          version: d.task.version,
          outcome: button === 'disagree' ? 'disagree' : 'agree',
          ...(opinion.value.trim() ? { opinion: opinion.value.trim() } : {}),
          ...(variables ? { variables } : {}),
          ...(nextAssignees ? { nextAssignees } : {}),
        }),
      t(button === 'submit' ? 'actions.submitted' : button === 'agree' ? 'actions.agreed' : 'actions.disagreed'),
      (next) => complete(button, validate, next),
    );
  }

  async function returnTo(targetElementId: string, comeBack: boolean): Promise<boolean> {
    const d = detail.value;
    if (!d || needOpinion('return')) return false;
    return perform(
      'return',
      () => tasksApi.returnTo(d.task.id, { version: d.task.version, targetElementId, comeBack, opinion: opinion.value.trim() }),
      t('actions.returned'),
    );
  }

  async function handOver(how: 'transfer' | 'delegate', userId: string): Promise<boolean> {
    const d = detail.value;
    if (!d) return false;
    const body = { version: d.task.version, userId, ...(opinion.value.trim() ? { opinion: opinion.value.trim() } : {}) };
    return perform(
      how,
      () => (how === 'transfer' ? tasksApi.transfer(d.task.id, body) : tasksApi.delegate(d.task.id, body)),
      t(how === 'transfer' ? 'actions.transferred' : 'actions.delegated'),
    );
  }

  async function addSigners(userIds: string[], mode: SignerMode): Promise<boolean> {
    const d = detail.value;
    if (!d) return false;
    const body = { version: d.task.version, userIds, mode, ...(opinion.value.trim() ? { opinion: opinion.value.trim() } : {}) };
    return perform('addSigners', () => tasksApi.addSigners(d.task.id, body), t('actions.signersAdded'));
  }

  async function removeSigners(taskIds: string[]): Promise<boolean> {
    const d = detail.value;
    if (!d) return false;
    return perform('removeSigners', () => tasksApi.removeSigners(d.task.id, { version: d.task.version, taskIds }), t('actions.signersRemoved'));
  }

  async function circulate(userIds: string[], note: string): Promise<boolean> {
    const d = detail.value;
    if (!d) return false;
    return perform('circulate', () => tasksApi.circulate(d.task.id, { userIds, ...(note.trim() ? { note: note.trim() } : {}) }), t('actions.circulated'));
  }

  async function claim(): Promise<void> {
    const d = detail.value;
    if (!d) return;
    await perform('claim', () => tasksApi.claim(d.task.id, { version: d.task.version }), t('actions.claimed'));
  }

  return {
    detail,
    loading,
    loadError,
    values,
    opinion,
    opinionError,
    busy,
    form,
    access,
    fillingIn,
    buttons,
    assigneeRequest,
    changedElsewhere,
    load,
    refreshIfChanged,
    complete,
    returnTo,
    handOver,
    addSigners,
    removeSigners,
    circulate,
    claim,
  };
}
