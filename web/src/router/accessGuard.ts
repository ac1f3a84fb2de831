import type { RouteLocationNormalized, RouteLocationRaw, Router } from 'vue-router';
import { useAuthStore } from '@/stores/auth.ts';
import { useModulesStore } from '@/stores/modules.ts';
import { safeRedirect } from '@/auth/safeRedirect.ts';
import { i18n } from '@/i18n/i18n.ts';

function notFoundAt(to: RouteLocationNormalized): RouteLocationRaw {
  return { name: 'not-found', params: { pathMatch: to.path.slice(1).split('/') }, query: to.query, hash: to.hash };
}

/** The sign-in page for someone who is not signed in, keeping where they wanted to go. */
export function signInFor(fullPath: string): RouteLocationRaw {
  return { name: 'login', query: fullPath === '/' ? {} : { redirect: fullPath } };
}

/**
 * Asks the server once who is signed in, sends signed-out people to the sign-in page, and opens
 * a screen only when its module runs and the person holds its permission.
 */
export function installAccessGuard(router: Router): void {
  router.beforeEach(async (to) => {
    const auth = useAuthStore();
    await auth.ensureLoaded();
    if (to.meta.public) {
      if (to.name === 'login' && auth.signedIn && !auth.mustChangePassword) return safeRedirect(to.query.redirect);
      return true;
    }
    if (!auth.signedIn) return signInFor(to.fullPath);
    if (to.meta.module) {
      const modules = useModulesStore();
      await modules.ensureLoaded();
      if (!modules.isEnabled(to.meta.module)) return notFoundAt(to);
    }
    if (!auth.can(to.meta.permission) || (to.meta.staffOnly && !auth.isStaff)) return { name: 'forbidden', query: { from: to.fullPath } };
    return true;
  });

  router.afterEach((to) => {
    const appName = i18n.global.t('app.name');
    const title = to.meta.title ? i18n.global.t(to.meta.title) : '';
    document.title = title && title !== appName ? `${title} - ${appName}` : appName;
  });
}
