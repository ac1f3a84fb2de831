import { ref, watch, type Ref } from 'vue';
import type { InstanceDetail } from '@/api/instances.api.ts';
import { tasksApi } from '@/api/tasks.api.ts';
import { formOf, type FieldAccessMap, type FormDefinition } from '@/forms/formSchema.ts';
import { useProcessesStore } from '@/stores/processes.ts';

/**
 * The form of an instance, shown read-only on the instance and print pages. The instance detail
 * does not carry it, so it is taken from the catalogue (the start form), or else from a task of
 * the instance (the given one, or the latest in its history), whose detail does.
 */
export function useInstanceForm(instance: Ref<InstanceDetail | null>, preferredTaskId?: () => string | undefined) {
  const processes = useProcessesStore();
  const form = ref<FormDefinition | null>(null);
  const access = ref<FieldAccessMap>({});

  async function fromTask(taskId: string | null | undefined): Promise<FormDefinition | null> {
    if (!taskId) return null;
    try {
      return formOf((await tasksApi.detail(taskId)).form);
    } catch {
      return null;
    }
  }

  async function fromCatalog(processKey: string): Promise<FormDefinition | null> {
    try {
      return formOf((await processes.ensureLoaded()).find((p) => p.key === processKey)?.startForm ?? null);
    } catch {
      return null;
    }
  }

  async function find(current: InstanceDetail): Promise<FormDefinition | null> {
    const latestTask = [...current.history].reverse().find((h) => h.taskId)?.taskId;
    return (await fromTask(preferredTaskId?.())) ?? (await fromCatalog(current.processKey)) ?? (await fromTask(latestTask));
  }

  watch(
    () => instance.value?.id,
    async () => {
      const current = instance.value;
      if (!current) return;
      const found = await find(current);
      if (instance.value?.id !== current.id) return;
      form.value = found;
      access.value = found ? Object.fromEntries(found.fields.map((f) => [f.key, 'readonly' as const])) : {};
    },
    { immediate: true },
  );

  return { form, access };
}
