import { ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { describeFailure } from '@/ui/apiProblems.ts';
import { toast } from '@/ui/feedback.ts';

/**
 * A page's loading flag and the way its loads run: the flag is up while one runs, and a failure
 * is said in a toast while the page keeps what it showed before.
 */
export function useLoading(): { loading: Ref<boolean>; run: (work: () => Promise<void>) => Promise<void> } {
  const { t } = useI18n();
  const loading = ref(false);
  async function run(work: () => Promise<void>): Promise<void> {
    loading.value = true;
    try {
      await work();
    } catch (err) {
      toast.error(describeFailure(err, t('errors.unexpected')));
    } finally {
      loading.value = false;
    }
  }
  return { loading, run };
}
