import { ref } from 'vue';
import { defineStore } from 'pinia';
import { tasksApi, type TaskCounts } from '@/api/tasks.api.ts';

const NO_COUNTS: TaskCounts = { todo: 0, overdue: 0, unread: 0, running: 0 };

/**
 * The person's task boxes as the shell sees them: the badge counts, and a revision that goes up
 * whenever the boxes changed (a live event, or one's own move), so open lists reload by themselves.
 */
export const useTasksStore = defineStore('tasks', () => {
  const counts = ref<TaskCounts>({ ...NO_COUNTS });
  const revision = ref(0);
  let loading: Promise<void> | null = null;
  let again = false;

  /** Reads the counts afresh; calls during a read coalesce into one more read. */
  function refreshCounts(): Promise<void> {
    if (loading) {
      again = true;
      return loading;
    }
    loading = (async () => {
      do {
        again = false;
        try {
          counts.value = await tasksApi.counts();
        } catch {
          // The badges keep their last numbers; the next event or focus tries again.
        }
      } while (again);
    })().finally(() => {
      loading = null;
    });
    return loading;
  }

  /** The boxes changed: lists reload and the badges are counted again (answers when counted). */
  function changed(): Promise<void> {
    revision.value += 1;
    return refreshCounts();
  }

  function reset(): void {
    counts.value = { ...NO_COUNTS };
  }

  return { counts, revision, refreshCounts, changed, reset };
});
