import { onBeforeUnmount, ref, type Ref } from 'vue';

/** Phones and narrow windows (as the desktop folds its menu): cards stand in for tables there. */
export function useNarrowWindow(query = '(max-width: 768px)'): Ref<boolean> {
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
