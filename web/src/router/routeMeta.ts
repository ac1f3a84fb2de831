import type { PermissionRequirement } from '@/access/permissionRequirement.ts';

declare module 'vue-router' {
  interface RouteMeta {
    /** Open without signing in. */
    public?: boolean;
    /** i18n key of the page title (browser tab). */
    title?: string;
    /** Who may open the page: any one of the permissions. */
    permission?: PermissionRequirement;
    /** The module a screen belongs to; it opens only while the server runs that module. */
    module?: string;
    /** Business screens (tasks, processes): regular accounts only, not the three administrators. */
    staffOnly?: boolean;
  }
}

export {};
