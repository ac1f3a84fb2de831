import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { applyLocale, currentLocale, i18n } from '@/i18n/i18n.ts';
import { createAppRouter } from '@/router/index.ts';
import { loadWebModules } from '@/modules/moduleRegistry.ts';
import { installWebModules } from '@/modules/moduleInstaller.ts';
import { useModulesStore } from '@/stores/modules.ts';
import '@/styles/base.css';

/** Starts the web desktop: language, stores, the modules' web parts, router, then the first page. */
async function start(): Promise<void> {
  applyLocale(currentLocale());
  const app = createApp(App);
  const pinia = createPinia();
  app.use(pinia);
  app.use(i18n);

  const router = createAppRouter();
  const webModules = await loadWebModules();
  installWebModules(webModules, router);
  useModulesStore(pinia).setInstalled(webModules);

  app.use(router);
  await router.isReady();
  app.mount('#app');
}

void start();
