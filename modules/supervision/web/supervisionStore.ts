import { ref, watch } from 'vue';
import { defineStore } from 'pinia';
import { useTasksStore } from '@/moduleKit';
import { supervisionApi } from './supervision.api.ts';

/**
 * The supervision desk's shared state: how many items wait for the caller's 签收 (the menu
 * badge). Counted when the menu first shows it, and again whenever the task boxes change.
 */
export const useSupervisionStore = defineStore('supervision', () => {
  const toSign = ref(0);
  const tasks = useTasksStore();
  let shown = false;
  async function refreshToSign(): Promise<void> {
    try {
      toSign.value = await supervisionApi.toSignCount();
    } catch {
      // The badge keeps its last number; the next change of the boxes counts again.
    }
  }
  watch(
    () => tasks.revision,
    () => {
      if (shown) void refreshToSign();
    },
  );
  function badge(): number {
    if (!shown) {
      shown = true;
      void refreshToSign();
    }
    return toSign.value;
  }
  return { toSign, refreshToSign, badge };
});
