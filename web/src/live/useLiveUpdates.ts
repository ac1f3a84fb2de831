import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { authApi } from '@/api/auth.api.ts';
import { useTasksStore } from '@/stores/tasks.ts';
import { useNotificationsStore } from '@/stores/notifications.ts';
import { notify } from '@/ui/feedback.ts';
import { NARROW_QUERY } from '@/composables/useNarrowScreen.ts';
import { LiveStream } from './liveStream.ts';

const STREAM_URL = '/api/events/stream';
const MAX_POPUPS = 3;
const FOCUS_REFRESH_MS = 15_000;
const POPUP_MS = 4500;

/**
 * Pops a notice up in the lower right corner, clear of the page's own toolbars. Phones get
 * none: their screen is the page, and its badges and lists already change by themselves.
 */
function popUp(options: { title: string; message: string; type: 'info' | 'warning'; onClick: () => void }): void {
  if (typeof window !== 'undefined' && window.matchMedia?.(NARROW_QUERY).matches) return;
  notify({ ...options, position: 'bottom-right', duration: POPUP_MS, customClass: 'live-popup' });
}

/**
 * Keeps the shell current without reloads: badge counts, the bell and open lists follow the
 * live events of the server; new notifications pop up. When the stream drops, the session is
 * checked (an ended session leads to the sign-in page); on return to the window, counts are read again.
 */
export function useLiveUpdates(enabled: () => boolean): { connected: Ref<boolean> } {
  const { t } = useI18n();
  const router = useRouter();
  const tasks = useTasksStore();
  const notifications = useNotificationsStore();
  const connected = ref(false);
  let lastRefresh = 0;

  /** Reads the bell; answers the links of the notifications that arrived (popped up when announcing). */
  async function refreshBell(announce: boolean): Promise<string[]> {
    try {
      const fresh = await notifications.refresh();
      if (!announce) return [];
      for (const item of fresh.slice(0, MAX_POPUPS)) {
        popUp({
          title: t('live.newNotification'),
          message: item.title,
          type: item.kind === 'task.overdue' || item.kind.endsWith('.urged') ? 'warning' : 'info',
          onClick: () => {
            if (item.link) void router.push(item.link);
            void notifications.markRead([item.id]).catch(() => undefined);
          },
        });
      }
      return fresh.map((item) => item.link ?? '');
    } catch {
      // The bell keeps what it showed; the next event tries again.
      return [];
    }
  }

  function refreshAll(announce: boolean): void {
    lastRefresh = Date.now();
    void tasks.changed();
    void refreshBell(announce);
  }

  /** A new task rings the bell with its own notification; when it has none (e.g. a claim offer already told), say so when 待办 grew. */
  async function announceNewTask(taskId: unknown): Promise<void> {
    const before = tasks.counts.todo;
    lastRefresh = Date.now();
    const [, told] = await Promise.all([tasks.changed(), refreshBell(true)]);
    if (typeof taskId === 'string' && told.includes(`/tasks/${taskId}`)) return;
    if (tasks.counts.todo <= before) return;
    popUp({
      title: t('live.newTask'),
      message: t('live.newTaskHint'),
      type: 'info',
      onClick: () => void router.push(typeof taskId === 'string' ? `/tasks/${taskId}` : { path: '/tasks', query: { box: 'todo' } }),
    });
  }

  const stream = new LiveStream(STREAM_URL, {
    onEvent: (kind, data) => (kind === 'task.created' ? void announceNewTask(data.taskId) : refreshAll(true)),
    onOpen: () => {
      const reconnected = lastRefresh > 0;
      connected.value = true;
      if (reconnected) refreshAll(false);
      else lastRefresh = Date.now();
    },
    onLost: () => {
      connected.value = false;
      // A 401 here makes the request client end the session and open the sign-in page.
      void authApi.me().catch(() => undefined);
    },
  });

  function onVisible(): void {
    if (document.visibilityState !== 'visible' || Date.now() - lastRefresh < FOCUS_REFRESH_MS) return;
    refreshAll(false);
  }

  onMounted(() => {
    if (!enabled()) return;
    void tasks.refreshCounts();
    void refreshBell(false);
    stream.start();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
  });
  onBeforeUnmount(() => {
    stream.stop();
    connected.value = false;
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('focus', onVisible);
  });

  return { connected };
}
