import { computed, ref } from 'vue';
import { pickedUnitOf, type PickedUnit } from '@/components/people/pickedUnit.ts';

/**
 * The units chosen in a picker, in the order they were chosen, each once; `max` caps how many
 * (further units are not added, and `added` says how many were).
 */
export function useUnitSelection(max: () => number | undefined) {
  const units = ref<PickedUnit[]>([]);
  const ids = computed(() => new Set(units.value.map((u) => u.id)));
  const full = computed(() => {
    const limit = max();
    return limit !== undefined && units.value.length >= limit;
  });

  function add(chosen: readonly { id: string; name: string; code: string }[]): number {
    const limit = max() ?? Infinity;
    const next = [...units.value];
    const seen = new Set(ids.value);
    for (const unit of chosen) {
      if (next.length >= limit) break;
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      next.push(pickedUnitOf(unit));
    }
    const added = next.length - units.value.length;
    units.value = next;
    return added;
  }

  function remove(id: string): void {
    units.value = units.value.filter((u) => u.id !== id);
  }

  function toggle(unit: { id: string; name: string; code: string }): void {
    if (ids.value.has(unit.id)) remove(unit.id);
    else add([unit]);
  }

  function reset(initial: readonly PickedUnit[]): void {
    units.value = [...initial];
  }

  return { units, ids, full, add, remove, toggle, reset, clear: () => reset([]) };
}
