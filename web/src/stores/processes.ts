import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { processesApi, type CatalogEntry } from '@/api/processes.api.ts';

/** The catalogue of processes the person may start (read once per sign-in). */
export const useProcessesStore = defineStore('processes', () => {
  const catalog = ref<CatalogEntry[] | null>(null);
  const error = ref<string | null>(null);
  let loading: Promise<CatalogEntry[]> | null = null;

  const byKey = computed(() => new Map((catalog.value ?? []).map((entry) => [entry.key, entry])));

  function ensureLoaded(force = false): Promise<CatalogEntry[]> {
    if (catalog.value && !force) return Promise.resolve(catalog.value);
    loading ??= processesApi
      .catalog()
      .then((entries) => {
        catalog.value = entries;
        error.value = null;
        return entries;
      })
      .catch((err: unknown) => {
        error.value = err instanceof Error ? err.message : String(err);
        throw err;
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  }

  function reset(): void {
    catalog.value = null;
    error.value = null;
  }

  return { catalog, error, byKey, ensureLoaded, reset };
});
