import { computed, defineAsyncComponent, markRaw, type Component, type ComputedRef } from 'vue';
import { useModulesStore } from '@/stores/modules.ts';

const loaded = new Map<string, Component>();

function unwrap(answer: Component | { default: Component }): Component {
  return typeof answer === 'object' && answer !== null && 'default' in answer ? (answer as { default: Component }).default : (answer as Component);
}

/** The fields of a form that an enabled module draws itself, as components by field key. */
export function useFormWidgets(formId: () => string | undefined): ComputedRef<Record<string, Component>> {
  const modules = useModulesStore();
  return computed(() => {
    const id = formId();
    if (!id) return {};
    const widgets: Record<string, Component> = {};
    for (const widget of modules.active.flatMap((m) => m.formWidgets ?? [])) {
      if (widget.form !== id) continue;
      const known = loaded.get(widget.id);
      const component = known ?? markRaw(defineAsyncComponent(async () => unwrap(await widget.load())));
      if (!known) loaded.set(widget.id, component);
      widgets[widget.field] = component;
    }
    return widgets;
  });
}
