import type { Router, RouteRecordRaw } from 'vue-router';
import { i18n, SUPPORTED_LOCALES } from '@/i18n/i18n.ts';
import type { WebModule } from './webModule.ts';

/** The name of the desktop shell's route, under which module screens are mounted. */
export const DESKTOP_ROUTE = 'desktop';

function tagged(route: RouteRecordRaw, module: string): RouteRecordRaw {
  return { ...route, meta: { ...route.meta, module } } as RouteRecordRaw;
}

/**
 * Plugs the modules' web parts into the desktop: their routes become children of the shell
 * (tagged with the module, so the router can refuse a module the server has not enabled) and
 * their messages join vue-i18n under the module's name.
 */
export function installWebModules(modules: readonly WebModule[], router: Router): void {
  for (const module of modules) {
    for (const route of module.routes ?? []) router.addRoute(DESKTOP_ROUTE, tagged(route, module.name));
    for (const locale of SUPPORTED_LOCALES) {
      const messages = module.messages?.[locale];
      if (messages) i18n.global.mergeLocaleMessage(locale, { [module.name]: messages });
    }
  }
}
