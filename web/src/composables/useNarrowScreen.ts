import { onBeforeUnmount, ref, type Ref } from 'vue';

/** Phones and narrow windows, where the side menu folds into a drawer. */
export const NARROW_QUERY = '(max-width: 768px)';

export function useNarrowScreen(query: string = NARROW_QUERY): Ref<boolean> {
  const media = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
  const narrow = ref(media?.matches ?? false);
  if (media) {
    const update = (event: MediaQueryListEvent) => {
      narrow.value = event.matches;
    };
    media.addEventListener('change', update);
    onBeforeUnmount(() => media.removeEventListener('change', update));
  }
  return narrow;
}
