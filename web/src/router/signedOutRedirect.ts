import type { Router } from 'vue-router';
import { onSignedOut } from '@/api/client.ts';
import { useAuthStore } from '@/stores/auth.ts';
import { signInFor } from './accessGuard.ts';

/**
 * When the server answers 401 (not signed in, or the idle session ended) the auth store forgets
 * the person and, if they were working in the desktop, the sign-in page opens with the current
 * route kept in `?redirect=`.
 */
export function installSignedOutRedirect(router: Router): void {
  onSignedOut((error) => {
    const auth = useAuthStore();
    const wasSignedIn = auth.sessionEnded(error);
    const current = router.currentRoute.value;
    if (!wasSignedIn || current.meta.public) return;
    void router.replace(signInFor(current.fullPath));
  });
}
