import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';

const server = process.env.KUNLUN_API_URL ?? 'http://localhost:3000';

/**
 * Every Element Plus component style entry, for the dev server to pre-bundle up front: the
 * resolver adds these imports while transforming, too late for the dependency scan, and each
 * late discovery would reload the page.
 */
function elementPlusStyleEntries(): string[] {
  const components = fileURLToPath(new URL('./node_modules/element-plus/es/components', import.meta.url));
  if (!existsSync(components)) return [];
  return readdirSync(components)
    .filter((name) => existsSync(`${components}/${name}/style/css.mjs`))
    .map((name) => `element-plus/es/components/${name}/style/css`);
}

/**
 * The web desktop build. Element Plus components are imported on demand (with their CSS) from the
 * templates; our own components are imported explicitly. The manifest lets
 * scripts/report-initial-size.mjs measure what the first page loads.
 */
export default defineConfig({
  plugins: [
    vue(),
    components({
      dirs: [],
      resolvers: [ElementPlusResolver({ importStyle: 'css' })],
      dts: 'src/types/components.d.ts',
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    // Module screens under ../modules/*/web share the desktop's single copy of each library.
    dedupe: ['vue', 'vue-router', 'pinia', 'vue-i18n', 'element-plus', '@element-plus/icons-vue', 'echarts'],
  },
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'true',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  optimizeDeps: {
    // Pre-bundled up front so that the dev server does not discover them page by page and reload.
    include: [
      'vue',
      'vue-router',
      'pinia',
      'vue-i18n',
      'element-plus/es',
      ...elementPlusStyleEntries(),
      'element-plus/es/locale/lang/zh-cn',
      'element-plus/es/locale/lang/en',
      '@element-plus/icons-vue',
    ],
  },
  build: {
    manifest: true,
    // The server's CSP allows scripts from 'self' only: nothing may be inlined into index.html.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: server, changeOrigin: false },
      '/healthz': { target: server, changeOrigin: false },
    },
  },
});
