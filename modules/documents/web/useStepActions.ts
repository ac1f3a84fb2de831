import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { tasksApi, useTasksStore, toast } from '@/moduleKit';

/**
 * Handing a document on from the holder's step: the step's fields go with the task (同意 / 不同意
 * with an opinion) through the engine's API, which puts them into the document in the same move.
 * Other operations stay on the generic task page.
 */
export function useStepActions(reload: () => Promise<void>) {
  const { t } = useI18n();
  const tasks = useTasksStore();
  const opinion = ref('');
  const busy = ref(false);

  async function handOn(
    task: { taskId: string; version: number },
    outcome: 'agree' | 'disagree',
    variables: () => Promise<Record<string, unknown> | null>,
  ): Promise<void> {
    busy.value = true;
    try {
      const fields = await variables();
      if (!fields) return;
      await tasksApi.complete(task.taskId, {
        version: task.version,
        outcome,
        ...(opinion.value.trim() ? { opinion: opinion.value.trim() } : {}),
        ...(Object.keys(fields).length ? { variables: fields } : {}),
      });
      opinion.value = '';
      toast.success(t('documents.detail.submitted'));
      void tasks.changed();
      await reload();
    } catch (err) {
      toast.error((err as Error).message);
    } finally {
      busy.value = false;
    }
  }

  return { opinion, busy, handOn };
}
