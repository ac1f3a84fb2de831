import { describe, expect, it } from 'vitest';
import { checkBoundaries } from './checkBoundaries.ts';
import { syntheticWorkspace } from './syntheticWorkspace.ts';
import { formatViolation } from './violation.ts';

/** Given the clean synthetic tree with `files` changed, when checked: the violations as "file:line [rule] message". */
const check = (files: Record<string, string>) => checkBoundaries(syntheticWorkspace(files)).map(formatViolation);

describe('the architecture boundary check', () => {
  it('passes a clean tree (contracts through dependsOn, the module kit, a type-only loop, tests reaching anywhere)', () => {
    expect(check({})).toEqual([]);
  });

  describe('rule 1: a module imports another module only through its declared contract', () => {
    it('reports an import of another module’s internals', () => {
      expect(check({ 'modules/a/src/reader.ts': "import { x } from '@kunlun/module-b/src/index.ts';\nexport { x };\n" })).toEqual([
        expect.stringMatching(
          /^modules\/a\/src\/reader\.ts:1 \[module-internals\] imports @kunlun\/module-b\/src\/index\.ts: .*only @kunlun\/module-b\/contract/,
        ),
      ]);
    });

    it('reports the contract of a module the manifest does not list in dependsOn', () => {
      const found = check({ 'modules/a/src/manifest.ts': "export default defineModule({ name: 'a', dependsOn: [] });\n" });
      expect(found).toEqual([expect.stringMatching(/^modules\/a\/src\/index\.ts:2 \[module-internals\] .*does not list "b" in dependsOn/)]);
    });

    it('accepts the contract of a module the manifest lists in optionalDependsOn', () => {
      const found = check({ 'modules/a/src/manifest.ts': "export default defineModule({ name: 'a', dependsOn: [], optionalDependsOn: ['b'] });\n" });
      expect(found).toEqual([]);
    });

    it('reports a contract the other package does not export', () => {
      const found = check({ 'modules/b/package.json': JSON.stringify({ name: '@kunlun/module-b', exports: { '.': './src/index.ts' } }) });
      expect(found).toEqual([expect.stringMatching(/^modules\/a\/src\/index\.ts:2 \[module-internals\] .*declares no "\.\/contract" entry/)]);
    });

    it('reports a relative path that leaves the module folder', () => {
      const found = check({ 'modules/a/src/peek.ts': "// reads b directly\nexport * from '../../b/src/contract.ts';\n" });
      expect(found).toEqual([
        expect.stringMatching(
          /^modules\/a\/src\/peek\.ts:2 \[module-internals\] relative import \.\.\/\.\.\/b\/src\/contract\.ts leaves the module folder modules\/a/,
        ),
      ]);
    });
  });

  describe('rule 2: module web code uses only the module kit of the web desktop', () => {
    it('reports another @/ path, in a .vue script block with its line in the file', () => {
      const vue = '<template>\n  <p>a</p>\n</template>\n<script setup lang="ts">\nimport { http } from \'@/api/client.ts\';\n</script>\n';
      expect(check({ 'modules/a/web/AView.vue': vue })).toEqual([
        expect.stringMatching(/^modules\/a\/web\/AView\.vue:5 \[module-web-kit\] .*imports @\/api\/client\.ts/),
      ]);
    });

    it('reports a relative path into web/', () => {
      expect(check({ 'modules/a/web/index.ts': "const load = () => import('../../../web/src/api/client.ts');\nexport default { load };\n" })).toEqual([
        expect.stringMatching(/^modules\/a\/web\/index\.ts:1 \[module-web-kit\] .*reaches into the web desktop/),
      ]);
    });
  });

  describe('rule 3: module server code names no core table', () => {
    it("reports db('core_users') in a module src file, and a core table in a comment", () => {
      const found = check({
        'modules/a/src/people.ts': "// joins core_org_units for the unit name\nexport const people = (db: (t: string) => unknown) => db('core_users');\n",
      });
      expect(found).toEqual([
        expect.stringMatching(/^modules\/a\/src\/people\.ts:1 \[module-core-table\] names the core table core_org_units/),
        expect.stringMatching(/^modules\/a\/src\/people\.ts:2 \[module-core-table\] names the core table core_users/),
      ]);
    });
  });

  describe('rule 4: core, workflows and the web desktop point away from modules', () => {
    it('reports core importing a module by name and by relative path', () => {
      const found = check({
        'core/src/wiring.ts': "import a from '@kunlun/module-a';\nimport { run } from '../../modules/a/src/index.ts';\nexport { a, run };\n",
      });
      expect(found).toEqual([
        expect.stringMatching(/^core\/src\/wiring\.ts:1 \[layer-direction\] core imports @kunlun\/module-a/),
        expect.stringMatching(/^core\/src\/wiring\.ts:2 \[layer-direction\] core imports \.\.\/\.\.\/modules\/a\/src\/index\.ts/),
      ]);
    });

    it('reports workflows importing core', () => {
      expect(check({ 'workflows/src/store.ts': "export { openDatabase } from '@kunlun/core';\n" })).toEqual([
        expect.stringMatching(/^workflows\/src\/store\.ts:1 \[layer-direction\] workflows imports @kunlun\/core/),
      ]);
    });

    it('reports the web desktop importing module internals, or globbing more than module web entries', () => {
      const found = check({
        'web/src/shortcut.ts':
          "import part from '../../modules/a/web/index.ts';\nexport const all = import.meta.glob('../../modules/*/src/*.ts');\nexport { part };\n",
      });
      expect(found).toEqual([
        expect.stringMatching(/^web\/src\/shortcut\.ts:1 \[layer-direction\] the web desktop imports \.\.\/\.\.\/modules\/a\/web\/index\.ts/),
        expect.stringMatching(
          /^web\/src\/shortcut\.ts:2 \[layer-direction\] import\.meta\.glob\('\.\.\/\.\.\/modules\/\*\/src\/\*\.ts'\) reaches into modules/,
        ),
      ]);
    });
  });

  describe('rule 5: no import cycle between files', () => {
    it('reports a runtime cycle with the loop it takes', () => {
      const found = check({
        'core/src/db/database.ts': "import { migrate } from './migrator.ts';\nexport const openDatabase = () => migrate;\n",
        'core/src/db/migrator.ts': "import { openDatabase } from './database';\nexport const migrate = () => openDatabase;\n",
      });
      expect(found).toEqual([
        expect.stringMatching(
          /^core\/src\/db\/database\.ts:1 \[import-cycle\] import cycle core\/src\/db\/database\.ts → core\/src\/db\/migrator\.ts → core\/src\/db\/database\.ts$/,
        ),
      ]);
    });

    it('counts `import { type X }` (it still loads the file) but not `import type`', () => {
      const found = check({ 'modules/a/src/index.ts': "import { type Item } from './item.ts';\nexport const run = (i: Item) => i;\n" });
      expect(found).toEqual([
        expect.stringMatching(
          /^modules\/a\/src\/index\.ts:1 \[import-cycle\] import cycle modules\/a\/src\/index\.ts → modules\/a\/src\/item\.ts → modules\/a\/src\/index\.ts/,
        ),
      ]);
    });

    it('follows workspace package exports and @/ into the cycle graph', () => {
      const found = check({ 'web/src/api/client.ts': "import { http as kitHttp } from '@/moduleKit';\nexport const http = kitHttp;\n" });
      expect(found).toEqual([
        expect.stringMatching(/\[import-cycle\] import cycle web\/src\/api\/client\.ts → web\/src\/moduleKit\.ts → web\/src\/api\/client\.ts/),
      ]);
    });
  });
});
