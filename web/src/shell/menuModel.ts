import type { DesktopWidget, MenuEntry, WebModule } from '@/modules/webModule.ts';
import type { PermissionRequirement } from '@/access/permissionRequirement.ts';

type Can = (requirement: PermissionRequirement | undefined) => boolean;

function byOrder<T extends { id: string; order?: number }>(a: T, b: T): number {
  const oa = a.order ?? Number.MAX_SAFE_INTEGER;
  const ob = b.order ?? Number.MAX_SAFE_INTEGER;
  return oa === ob ? a.id.localeCompare(b.id) : oa - ob;
}

/**
 * The entries a person sees: core's and those of the active modules (their staff menu, or with
 * `group: 'admin'` their administrators' entries), filtered by permission, in order.
 */
export function visibleMenu(core: readonly MenuEntry[], modules: readonly WebModule[], can: Can, group: 'staff' | 'admin' = 'staff'): MenuEntry[] {
  const entries = [...core, ...modules.flatMap((m) => (group === 'admin' ? m.adminMenu : m.menu) ?? [])];
  return entries.filter((entry) => can(entry.permission)).sort(byOrder);
}

/** The path of the menu entry to highlight: the longest one the current path lies under. */
export function activeMenuPath(paths: readonly string[], current: string): string {
  let best = '';
  for (const path of paths) {
    const under = path === '/' ? current === '/' : current === path || current.startsWith(`${path}/`);
    if (under && path.length > best.length) best = path;
  }
  return best || current;
}

/** The desktop widgets a person sees — core's first, then the active modules' — in order. */
export function visibleWidgets(modules: readonly WebModule[], can: Can, core: readonly DesktopWidget[] = []): DesktopWidget[] {
  const fromModules = modules
    .flatMap((m) => m.widgets ?? [])
    .filter((w) => can(w.permission))
    .sort(byOrder);
  return [...core.filter((w) => can(w.permission)).sort(byOrder), ...fromModules];
}
