import { computed, ref, watch } from 'vue';
import { defineStore } from 'pinia';
import { useAuthStore } from './auth.ts';

const MAX_OPINIONS = 30;
const MAX_LENGTH = 500;
const storageKey = (userId: string) => `kunlun.commonOpinions.${userId}`;

function read(userId: string): string[] | null {
  try {
    const raw = globalThis.localStorage?.getItem(storageKey(userId));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string').slice(0, MAX_OPINIONS) : null;
  } catch {
    return null;
  }
}

function write(userId: string, opinions: string[]): void {
  try {
    globalThis.localStorage?.setItem(storageKey(userId), JSON.stringify(opinions));
  } catch {
    // Storage unavailable (private mode, policy): the phrases last for this page only.
  }
}

/**
 * 常用意见: phrases a person writes again and again, kept in this browser per person. A new person
 * starts with the usual ones (passed in, in the interface language) and changes them as they like.
 */
export const useCommonOpinionsStore = defineStore('commonOpinions', () => {
  const auth = useAuthStore();
  const saved = ref<string[] | null>(null);
  const userId = computed(() => auth.user?.id ?? null);

  watch(userId, () => (saved.value = null));

  /** The person's phrases; the defaults until they saved their own. */
  function list(defaults: readonly string[]): string[] {
    if (!userId.value) return [...defaults];
    saved.value ??= read(userId.value);
    return saved.value ?? [...defaults];
  }

  function store(next: string[]): void {
    saved.value = next;
    if (userId.value) write(userId.value, next);
  }

  /** Adds a phrase at the top (once); answers false when it is empty or too long. */
  function add(opinion: string, defaults: readonly string[]): boolean {
    const text = opinion.trim();
    if (!text || text.length > MAX_LENGTH) return false;
    store([text, ...list(defaults).filter((o) => o !== text)].slice(0, MAX_OPINIONS));
    return true;
  }

  function remove(opinion: string, defaults: readonly string[]): void {
    store(list(defaults).filter((o) => o !== opinion));
  }

  return { list, add, remove };
});
