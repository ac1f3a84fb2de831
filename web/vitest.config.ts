import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'happy-dom',
      include: ['test/**/*.test.ts'],
      setupFiles: ['test/setup.ts'],
      restoreMocks: true,
      unstubGlobals: true,
      // Element Plus' on-demand style imports are CSS files: let Vite, not Node, load them.
      server: { deps: { inline: ['element-plus'] } },
    },
  }),
);
