import type { AppLocale } from './i18n.ts';

/** Text a module hands the shell: an i18n message key, or the text itself in both languages. */
export type LocalizedText = string | Readonly<Record<AppLocale, string>>;

/** Renders a LocalizedText: a known message key is translated, any other string is shown as is. */
export function renderLocalizedText(text: LocalizedText, locale: AppLocale, t: (key: string) => string, hasKey: (key: string) => boolean): string {
  if (typeof text !== 'string') return text[locale];
  return hasKey(text) ? t(text) : text;
}
