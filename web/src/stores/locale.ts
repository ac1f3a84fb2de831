import { computed } from 'vue';
import { defineStore } from 'pinia';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import enLocale from 'element-plus/es/locale/lang/en';
import { applyLocale, i18n, type AppLocale } from '@/i18n/i18n.ts';

const elementLocales = { 'zh-CN': zhCn, en: enLocale } as const;

/** The interface language: vue-i18n's locale, remembered in this browser, followed by Element Plus. */
export const useLocaleStore = defineStore('locale', () => {
  const locale = computed<AppLocale>(() => i18n.global.locale.value);
  const elementLocale = computed(() => elementLocales[locale.value]);

  function setLocale(next: AppLocale): void {
    applyLocale(next);
  }

  return { locale, elementLocale, setLocale };
});
