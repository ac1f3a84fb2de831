import { createI18n } from 'vue-i18n';
import { zhCN, type MessageSchema } from '@/locales/zh-CN.ts';
import { en } from '@/locales/en.ts';

export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'zh-CN';

const STORAGE_KEY = 'kunlun.locale';

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** The language chosen earlier in this browser; Chinese when none was chosen. */
export function rememberedLocale(): AppLocale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isAppLocale(saved) ? saved : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: rememberedLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  messages: { 'zh-CN': zhCN, en },
});

/** The language the interface speaks now; the request client sends it as Accept-Language. */
export function currentLocale(): AppLocale {
  return i18n.global.locale.value;
}

/** Switches the interface language, remembers it in this browser and tells assistive technology. */
export function applyLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage can be unavailable (private mode, policy); the choice then lasts for this page only.
  }
}
