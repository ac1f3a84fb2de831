/**
 * User-facing text in Kunlun's two languages. Chinese (zh-CN) is the default; English the second.
 */
export type Locale = 'zh-CN' | 'en';
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export interface Text {
  'zh-CN': string;
  en: string;
}

export function text(zh: string, en: string): Text {
  return { 'zh-CN': zh, en };
}

export function render(t: Text | string, locale: Locale): string {
  return typeof t === 'string' ? t : t[locale];
}

/** Picks the locale from an Accept-Language header: English only when it is preferred over Chinese. */
export function negotiateLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { tag: tag.toLowerCase(), q: q ? Number(q) : 1 };
    })
    .filter((r) => r.tag && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}
