import { computed, reactive, ref } from 'vue';
import { defineStore } from 'pinia';
import { definitionsApi, type DesignerRegistry } from '@/api/definitions.api.ts';
import { orgApi, type PostType } from '@/api/org.api.ts';

/**
 * What the process designer looks up while editing: the forms and service tasks of the enabled
 * modules (for the pickers and for lint), the post types, and the names behind the unit codes
 * and usernames that assignee rules hold.
 */
export const useDesignerStore = defineStore('designer', () => {
  const registry = ref<DesignerRegistry | null>(null);
  const postTypes = ref<PostType[]>([]);
  const unitNames = reactive(new Map<string, string>());
  const personNames = reactive(new Map<string, string>());
  let loadingRegistry: Promise<DesignerRegistry> | null = null;
  let loadingPostTypes: Promise<PostType[]> | null = null;

  /** The registry as lint takes it. */
  const lintRegistry = computed(() =>
    registry.value ? { forms: registry.value.forms.map((f) => f.id), serviceTasks: registry.value.serviceTasks.map((s) => s.id) } : undefined,
  );

  function ensureRegistry(): Promise<DesignerRegistry> {
    if (registry.value) return Promise.resolve(registry.value);
    loadingRegistry ??= definitionsApi
      .registry()
      .then((answer) => (registry.value = answer))
      .finally(() => {
        loadingRegistry = null;
      });
    return loadingRegistry;
  }

  function ensurePostTypes(): Promise<PostType[]> {
    if (postTypes.value.length) return Promise.resolve(postTypes.value);
    loadingPostTypes ??= orgApi
      .postTypes()
      .then((answer) => (postTypes.value = answer))
      .finally(() => {
        loadingPostTypes = null;
      });
    return loadingPostTypes;
  }

  function rememberUnit(code: string, name: string): void {
    unitNames.set(code, name);
  }

  function rememberPerson(username: string, name: string): void {
    personNames.set(username, name);
  }

  /** Looks up the name of a unit by its code (rules name units by code). */
  async function ensureUnit(code: string): Promise<void> {
    if (!code || unitNames.has(code)) return;
    const found = (await orgApi.searchUnits(code)).items.find((u) => u.code === code);
    if (found) unitNames.set(code, found.name);
  }

  /** Looks up the display name of a person by username (rules name people by username). */
  async function ensurePerson(username: string): Promise<void> {
    if (!username || personNames.has(username)) return;
    const found = (await orgApi.people({ keyword: username, page: 1, pageSize: 20 })).items.find((p) => p.username === username);
    if (found) personNames.set(username, found.displayName);
  }

  return { registry, postTypes, unitNames, personNames, lintRegistry, ensureRegistry, ensurePostTypes, rememberUnit, rememberPerson, ensureUnit, ensurePerson };
});
