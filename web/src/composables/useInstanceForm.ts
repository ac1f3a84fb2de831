import { computed, type Ref } from 'vue';
import type { InstanceDetail } from '@/api/instances.api.ts';
import { formOf, type FieldAccessMap } from '@/forms/formSchema.ts';
import { shownValues } from '@/forms/formValues.ts';

/** The form of an instance as the instance and print pages show it: read-only, with the values the server gave. */
export function useInstanceForm(instance: Ref<InstanceDetail | null>) {
  const form = computed(() => formOf(instance.value?.form?.schema ?? null));
  const access = computed<FieldAccessMap>(() => instance.value?.form?.access ?? {});
  const values = computed(() => (form.value && instance.value?.form ? shownValues(form.value, instance.value.form.values) : {}));
  return { form, access, values };
}
