import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * One test run, several projects:
 * - unit: pure logic, no servers;
 * - postgres / pglite: the same integration tests (core, modules, cross-package) on a real
 *   PostgreSQL and on the embedded PGlite, both with a real Redis (tests/kit/globalSetup.ts);
 * - web: component tests of the web desktop (its own config).
 */
const integration = ['core/test/integration/**/*.test.ts', 'modules/*/test/**/*.test.ts', 'tests/integration/**/*.test.ts'];
const alias = { '@kunlun/test-kit': path.resolve(import.meta.dirname, 'tests/kit/index.ts') };
const integrationProject = (db: 'postgres' | 'pglite') => ({
  extends: true as const,
  test: {
    name: db,
    include: integration,
    exclude: ['**/node_modules/**', 'modules/*/test/unit/**'],
    globalSetup: ['tests/kit/globalSetup.ts'],
    env: { KUNLUN_TEST_DB: db },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  resolve: { alias },
  test: {
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['core/test/unit/**/*.test.ts', 'workflows/test/**/*.test.ts', 'modules/*/test/unit/**/*.test.ts', 'tests/boundaries/**/*.test.ts'],
        },
      },
      integrationProject('postgres'),
      integrationProject('pglite'),
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/kit/globalSetup.ts'],
          env: { KUNLUN_TEST_DB: 'postgres' },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      ...(fs.existsSync(path.join(import.meta.dirname, 'web/vitest.config.ts')) ? ['web/vitest.config.ts'] : []),
    ],
  },
});
