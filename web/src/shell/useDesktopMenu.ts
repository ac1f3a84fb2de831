import { computed, type Component } from 'vue';
import { useRouter } from 'vue-router';
import { useAuthStore } from '@/stores/auth.ts';
import { useModulesStore } from '@/stores/modules.ts';
import { useLocalizedText } from '@/composables/useLocalizedText.ts';
import type { MenuEntry } from '@/modules/webModule.ts';
import { adminMenu, coreMenu } from './coreMenu.ts';
import { menuIcon } from './menuIcon.ts';
import { visibleMenu } from './menuModel.ts';

export interface MenuItemView {
  id: string;
  title: string;
  icon: Component | undefined;
  path: string;
}

/** The side menu as the shell draws it: titles in the current language, routes as paths. */
export function useDesktopMenu() {
  const auth = useAuthStore();
  const modules = useModulesStore();
  const router = useRouter();
  const render = useLocalizedText();

  function view(entry: MenuEntry): MenuItemView | undefined {
    try {
      return { id: entry.id, title: render(entry.title), icon: menuIcon(entry.icon), path: router.resolve(entry.route).path };
    } catch (err) {
      console.error(`[kunlun] menu entry ${entry.id} points to an unknown route`, err);
      return undefined;
    }
  }
  const views = (entries: MenuEntry[]) => entries.map(view).filter((v): v is MenuItemView => v !== undefined);

  const main = computed(() => views(visibleMenu(coreMenu, modules.active, auth.can)));
  const admin = computed(() => (auth.isAdmin ? views(visibleMenu(adminMenu, [], auth.can)) : []));
  return { main, admin };
}
