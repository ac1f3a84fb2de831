import { defineAsyncComponent, markRaw, type Component } from 'vue';

const byName = new Map<string, Component>();

/**
 * The component of a menu icon. A module may name an icon of @element-plus/icons-vue instead of
 * importing it; the whole icon set is then fetched as its own chunk the first time one is shown.
 * (The self-contained `/global` build is used for that, so that the icons the desktop imports by
 * name stay tree-shaken and out of that chunk.)
 */
export function menuIcon(icon: string | Component | undefined): Component | undefined {
  if (icon === undefined) return undefined;
  if (typeof icon !== 'string') return markRaw(icon);
  let component = byName.get(icon);
  if (!component) {
    component = markRaw(
      defineAsyncComponent(async () => {
        const { icons }: { icons: Record<string, Component> } = await import('@element-plus/icons-vue/global');
        return icons[icon] ?? icons.Menu!;
      }),
    );
    byName.set(icon, component);
  }
  return component;
}
