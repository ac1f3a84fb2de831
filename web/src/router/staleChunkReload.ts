import type { Router } from 'vue-router';

const MARK = 'kunlun.staleChunkReload';
const CHUNK_ERROR =
  /Failed to fetch dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i;

/**
 * After a new version is deployed, a page opened before it still names the old chunk files,
 * which are gone. When a screen fails to load that way, load the page afresh once.
 */
export function installStaleChunkReload(router: Router): void {
  router.onError((error: unknown, to) => {
    if (!(error instanceof Error) || !CHUNK_ERROR.test(error.message)) return;
    try {
      if (sessionStorage.getItem(MARK) === to.fullPath) return;
      sessionStorage.setItem(MARK, to.fullPath);
    } catch {
      return;
    }
    window.location.assign(to.fullPath);
  });
  router.afterEach(() => {
    try {
      sessionStorage.removeItem(MARK);
    } catch {
      // Without session storage there is no reload either; nothing to clear.
    }
  });
}
