import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { tasksApi } from '@/api/tasks.api.ts';
import { toast } from '@/ui/feedback.ts';

/**
 * Handing a document on from the holder's step: save the record first, then complete the task
 * through the engine's API (同意 / 不同意 with an opinion). Other operations stay on the task page.
 */
export function useStepActions(save: () => Promise<boolean>, reload: () => Promise<void>) {
  const { t } = useI18n();
  const opinion = ref('');
  const busy = ref(false);

  async function handOn(task: { taskId: string; version: number }, outcome: 'agree' | 'disagree'): Promise<void> {
    busy.value = true;
    try {
      if (!(await save())) return;
      await tasksApi.complete(task.taskId, { version: task.version, outcome, ...(opinion.value.trim() ? { opinion: opinion.value.trim() } : {}) });
      opinion.value = '';
      toast.success(t('documents.detail.submitted'));
      await reload();
    } catch (err) {
      toast.error((err as Error).message);
    } finally {
      busy.value = false;
    }
  }

  return { opinion, busy, handOn };
}
