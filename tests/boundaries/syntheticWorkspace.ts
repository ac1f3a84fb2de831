import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A small workspace written to a temp folder for the boundary check's own tests: core, workflows,
 * web with its module kit, and two modules (`a` depends on `b`, and `b` exports a contract).
 * `files` add to or replace the clean tree's files.
 */
export function syntheticWorkspace(files: Record<string, string> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kunlun-boundaries-'));
  const pkg = (name: string, exports: Record<string, string>) => JSON.stringify({ name, type: 'module', exports });
  const clean: Record<string, string> = {
    'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@kunlun/test-kit': ['tests/kit/index.ts'] } } }),
    'core/package.json': pkg('@kunlun/core', { '.': './src/index.ts' }),
    'core/src/index.ts': "export { openDatabase } from './db/database.ts';\n",
    'core/src/db/database.ts': "export const openDatabase = () => 'core_users is core\\'s own table';\n",
    'workflows/package.json': pkg('@kunlun/workflows', { '.': './src/index.ts' }),
    'workflows/src/index.ts': 'export const parse = (xml: string) => xml;\n',
    'web/package.json': pkg('@kunlun/web', {}),
    'web/src/moduleKit.ts': "export { http } from './api/client.ts';\n",
    'web/src/api/client.ts': 'export const http = {};\n',
    'web/src/moduleRegistry.ts': "export const parts = import.meta.glob('../../modules/*/web/index.ts');\n",
    'modules/a/package.json': pkg('@kunlun/module-a', { '.': './src/index.ts' }),
    'modules/a/src/manifest.ts': "export default defineModule({ name: 'a', dependsOn: ['b'] });\n",
    'modules/a/src/index.ts':
      "import { openDatabase } from '@kunlun/core';\nimport { createItems } from '@kunlun/module-b/contract';\nimport type { Item } from './item.ts';\nexport const run = (i: Item) => [openDatabase, createItems, i];\n",
    'modules/a/src/item.ts': "import { run } from './index.ts';\nexport type Item = { id: string; run: typeof run };\n",
    'modules/a/web/index.ts': "import { http } from '@/moduleKit';\nimport AView from './AView.vue';\nexport default { http, AView };\n",
    'modules/a/web/AView.vue': '<template><p>a</p></template>\n<script setup lang="ts">\nimport { http } from \'@/moduleKit\';\n</script>\n',
    'modules/a/test/index.test.ts': "import { run } from '../src/index.ts';\nimport { kit } from '@kunlun/test-kit';\nexport { run, kit };\n",
    'modules/b/package.json': pkg('@kunlun/module-b', { '.': './src/index.ts', './contract': './src/contract.ts' }),
    'modules/b/src/manifest.ts': "export default defineModule({ name: 'b', dependsOn: [] });\n",
    'modules/b/src/index.ts': "export { createItems } from './contract.ts';\n",
    'modules/b/src/contract.ts': 'export const createItems = () => [];\n',
    'tests/package.json': pkg('@kunlun/tests', {}),
    'tests/kit/index.ts': "export { run } from '../../modules/a/src/index.ts';\nexport const kit = {};\n",
  };
  for (const [rel, text] of Object.entries({ ...clean, ...files })) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}
