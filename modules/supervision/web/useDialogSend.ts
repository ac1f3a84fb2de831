import { ref } from 'vue';
import { toast } from '@/moduleKit';

/**
 * What the item page's dialogs (反馈进展, 申请延期, 催办) do when sent: busy while the request
 * runs, a toast with the answer's message, and the dialog closed (and `sent` told) on success;
 * the error's message, with the dialog left open, on failure.
 */
export function useDialogSend(finished: () => void) {
  const busy = ref(false);
  async function send<T>(request: () => Promise<T>, success: (answer: T) => string): Promise<void> {
    busy.value = true;
    try {
      toast.success(success(await request()));
      finished();
    } catch (err) {
      toast.error((err as Error).message);
    } finally {
      busy.value = false;
    }
  }
  return { busy, send };
}
