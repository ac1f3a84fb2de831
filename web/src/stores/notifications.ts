import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { notificationsApi, type AppNotification } from '@/api/notifications.api.ts';

const RECENT = 20;

/** The notification bell: the latest notifications and how many are unread. */
export const useNotificationsStore = defineStore('notifications', () => {
  const recent = ref<AppNotification[]>([]);
  const unread = ref(0);
  const loaded = ref(false);
  /** Ids already seen in this session, so only really new ones pop up. */
  const seen = new Set<string>();

  const unreadItems = computed(() => recent.value.filter((n) => !n.readAt));

  /** Reads the latest notifications; answers those that arrived since the last read. */
  async function refresh(): Promise<AppNotification[]> {
    const page = await notificationsApi.list({ page: 1, pageSize: RECENT });
    const fresh = loaded.value ? page.items.filter((n) => !n.readAt && !seen.has(n.id)) : [];
    for (const n of page.items) seen.add(n.id);
    recent.value = page.items;
    unread.value = page.unread;
    loaded.value = true;
    return fresh;
  }

  async function markRead(ids?: string[]): Promise<void> {
    await notificationsApi.markRead(ids);
    const now = new Date().toISOString();
    recent.value = recent.value.map((n) => (!ids || ids.includes(n.id) ? { ...n, readAt: n.readAt ?? now } : n));
    unread.value = ids ? Math.max(0, unread.value - ids.length) : 0;
  }

  function reset(): void {
    recent.value = [];
    unread.value = 0;
    loaded.value = false;
    seen.clear();
  }

  return { recent, unread, unreadItems, loaded, refresh, markRead, reset };
});
