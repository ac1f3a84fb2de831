import { useI18n } from 'vue-i18n';
import { renderLocalizedText, type LocalizedText } from '@/i18n/localizedText.ts';
import type { AppLocale } from '@/i18n/i18n.ts';

/** Renders module-supplied text (a message key or both languages) in the current language. */
export function useLocalizedText(): (text: LocalizedText) => string {
  const { t, te, locale } = useI18n();
  return (text) =>
    renderLocalizedText(
      text,
      locale.value as AppLocale,
      (key) => t(key),
      (key) => te(key),
    );
}
