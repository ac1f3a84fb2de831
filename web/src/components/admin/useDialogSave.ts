import { ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { describeFailure } from '@/ui/apiProblems.ts';
import { toast } from '@/ui/feedback.ts';

/**
 * Saving an administration dialog: the button spins while the save runs; once saved, 已保存 is
 * said and the dialog closes; a refusal is said (long enough to read its details) and the dialog
 * stays open with what was typed.
 */
export function useDialogSave(close: () => void): { saving: Ref<boolean>; runSave: (work: () => Promise<unknown>) => Promise<void> } {
  const { t } = useI18n();
  const saving = ref(false);
  async function runSave(work: () => Promise<unknown>): Promise<void> {
    saving.value = true;
    try {
      await work();
      toast.success(t('admin.saved'));
      close();
    } catch (err) {
      toast.error({ message: describeFailure(err, t('errors.unexpected')), duration: 6000 });
    } finally {
      saving.value = false;
    }
  }
  return { saving, runSave };
}
