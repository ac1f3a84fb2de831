import { ref, watch, type Ref } from 'vue';

/**
 * A Kunlun attribute edited through a structured model (a period as amount + unit, a list of
 * reminders): parsed from the attribute, written back as text on each change, and parsed again
 * only when the attribute changes from outside (undo, another panel), so typing is not undone.
 */
export function useParsedAttribute<M>(
  value: () => string | undefined,
  parse: (text: string | undefined) => M,
  format: (model: M) => string | undefined,
  emit: (text: string | undefined) => void,
): { input: Ref<M>; write: (next: M) => void } {
  const input = ref(parse(value())) as Ref<M>;
  let lastWritten = value();
  watch(value, (next) => {
    if (next !== lastWritten) input.value = parse(next);
    lastWritten = next;
  });
  function write(next: M): void {
    input.value = next;
    lastWritten = format(next);
    emit(lastWritten);
  }
  return { input, write };
}
