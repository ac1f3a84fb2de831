import { createRouter, createWebHistory, type Router } from 'vue-router';
import { routes } from './routes.ts';
import { installAccessGuard } from './accessGuard.ts';
import { installSignedOutRedirect } from './signedOutRedirect.ts';
import { installStaleChunkReload } from './staleChunkReload.ts';
import './routeMeta.ts';

export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
  installAccessGuard(router);
  installSignedOutRedirect(router);
  installStaleChunkReload(router);
  return router;
}
