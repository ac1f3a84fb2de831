import { computed, type Component } from 'vue';
import { useRouter } from 'vue-router';
import { useAuthStore } from '@/stores/auth.ts';
import { useModulesStore } from '@/stores/modules.ts';
import { useLocalizedText } from '@/composables/useLocalizedText.ts';
import type { MenuEntry } from '@/modules/webModule.ts';
import { adminMenu, coreMenu, staffMenu } from './coreMenu.ts';
import { menuIcon } from './menuIcon.ts';
import { visibleMenu } from './menuModel.ts';

export interface MenuItemView {
  id: string;
  title: string;
  icon: Component | undefined;
  path: string;
  badge: number;
}

/**
 * The side menu as the shell draws it: titles in the current language, routes as paths. People
 * who handle business see their boxes and the modules; administrators see their duty only.
 */
export function useDesktopMenu() {
  const auth = useAuthStore();
  const modules = useModulesStore();
  const router = useRouter();
  const render = useLocalizedText();

  function view(entry: MenuEntry): MenuItemView | undefined {
    try {
      return { id: entry.id, title: render(entry.title), icon: menuIcon(entry.icon), path: router.resolve(entry.route).path, badge: entry.badge?.() ?? 0 };
    } catch (err) {
      console.error(`[kunlun] menu entry ${entry.id} points to an unknown route`, err);
      return undefined;
    }
  }
  const views = (entries: MenuEntry[]) => entries.map(view).filter((v): v is MenuItemView => v !== undefined);

  const main = computed(() => views(auth.isStaff ? visibleMenu([...coreMenu, ...staffMenu], modules.active, auth.can) : visibleMenu(coreMenu, [], auth.can)));
  const admin = computed(() => (auth.isAdmin ? views(visibleMenu(adminMenu, modules.active, auth.can, 'admin')) : []));
  return { main, admin };
}
