import { computed, ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { modulesApi, type EnabledModule } from '@/api/modules.api.ts';
import type { WebModule } from '@/modules/webModule.ts';

/** The modules of this installation: web parts built into the desktop, and which the server runs. */
export const useModulesStore = defineStore('modules', () => {
  const installed = shallowRef<readonly WebModule[]>([]);
  const enabled = ref<EnabledModule[] | null>(null);
  const loadError = ref<string | null>(null);
  let loading: Promise<void> | null = null;

  const enabledNames = computed<ReadonlySet<string>>(() => new Set((enabled.value ?? []).map((m) => m.name)));
  /** Web parts of the modules the server reports enabled. */
  const active = computed(() => installed.value.filter((m) => enabledNames.value.has(m.name)));

  function setInstalled(modules: readonly WebModule[]): void {
    installed.value = modules;
  }

  /** Asks the server once per sign-in which modules run. */
  function ensureLoaded(): Promise<void> {
    if (enabled.value) return Promise.resolve();
    loading ??= modulesApi
      .enabled()
      .then((list) => {
        enabled.value = list;
        loadError.value = null;
      })
      .catch((err: unknown) => {
        loadError.value = err instanceof Error ? err.message : String(err);
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  }

  function isEnabled(name: string): boolean {
    return enabledNames.value.has(name);
  }

  function reset(): void {
    enabled.value = null;
    loadError.value = null;
  }

  return { installed, enabled, loadError, active, setInstalled, ensureLoaded, isEnabled, reset };
});
