import path from 'node:path';
import type { ImportSpecifier } from './importScan.ts';
import { exportedFile, resolveImport } from './importResolution.ts';
import type { WorkspaceLayout } from './workspacePackages.ts';
import type { Violation } from './violation.ts';

/** The only `@/…` paths a module's web part may import: the module kit of the web desktop. */
export const MODULE_KIT_SPECIFIERS = new Set(['@/moduleKit', '@/moduleKit.ts', '@/moduleKit/index.ts']);

/** The one `import.meta.glob` pattern (relative to the root) through which the web desktop finds module web parts. */
export const MODULE_WEB_GLOB = 'modules/*/web/index.ts';

const moduleOf = (file: string): string | null => /^modules\/([^/]+)\//.exec(file)?.[1] ?? null;
const isModuleWeb = (file: string) => /^modules\/[^/]+\/web\//.test(file);
const isUnder = (file: string, dir: string) => file === dir || file.startsWith(`${dir}/`);

/** Where a specifier points inside the workspace (relative to the root), or null for a library. */
function targetOf(layout: WorkspaceLayout, file: string, imp: ImportSpecifier): { path: string | null; packageDir: string | null; subpath: string | null } {
  if (imp.specifier.startsWith('.')) {
    return { path: path.posix.normalize(path.posix.join(path.posix.dirname(file), imp.specifier)), packageDir: null, subpath: null };
  }
  const resolved = resolveImport(layout, file, imp.specifier);
  if (resolved.kind === 'file') return { path: resolved.file, packageDir: null, subpath: null };
  if (resolved.kind === 'package') return { path: resolved.file ?? resolved.pkg.dir, packageDir: resolved.pkg.dir, subpath: resolved.subpath };
  return { path: null, packageDir: null, subpath: null };
}

function moduleRules(layout: WorkspaceLayout, file: string, own: string, imp: ImportSpecifier, at: (rule: Violation['rule'], message: string) => void): void {
  const { specifier } = imp;
  if (isModuleWeb(file) && specifier.startsWith('@/') && !MODULE_KIT_SPECIFIERS.has(specifier)) {
    at('module-web-kit', `module web code imports ${specifier} from the web desktop; only the module kit @/moduleKit is allowed`);
    return;
  }
  const target = targetOf(layout, file, imp);
  if (target.packageDir && target.packageDir.startsWith('modules/') && target.packageDir !== `modules/${own}`) {
    const other = target.packageDir.slice('modules/'.length);
    const pkg = [...layout.packages.values()].find((p) => p.dir === target.packageDir)!;
    if (target.subpath !== './contract') {
      at('module-internals', `imports ${specifier}: from another module only @kunlun/module-${other}/contract may be imported`);
    } else if (!(layout.dependsOn.get(own) ?? []).includes(other)) {
      at('module-internals', `imports the contract of module ${other}, but modules/${own}/src/manifest.ts does not list "${other}" in dependsOn`);
    } else if (!exportedFile(pkg, './contract')) {
      at('module-internals', `imports ${specifier}, but ${pkg.name} declares no "./contract" entry in its package.json exports`);
    }
    return;
  }
  if (!specifier.startsWith('.') || !target.path || isUnder(target.path, `modules/${own}`)) return;
  if (isModuleWeb(file) && isUnder(target.path, 'web')) {
    at('module-web-kit', `module web code reaches into the web desktop through ${specifier}; import the module kit @/moduleKit instead`);
  } else {
    at('module-internals', `relative import ${specifier} leaves the module folder modules/${own} (reaches ${target.path})`);
  }
}

function layerRules(layout: WorkspaceLayout, file: string, imp: ImportSpecifier, at: (rule: Violation['rule'], message: string) => void): void {
  if (imp.kind === 'glob') {
    const pattern = path.posix.normalize(path.posix.join(path.posix.dirname(file), imp.specifier));
    if (file.startsWith('web/src/') && isUnder(pattern, 'modules') && pattern !== MODULE_WEB_GLOB) {
      at('layer-direction', `import.meta.glob('${imp.specifier}') reaches into modules; the web desktop picks up only ${MODULE_WEB_GLOB}`);
    }
    return;
  }
  const target = targetOf(layout, file, imp).path;
  if (!target) return;
  const intoModules = isUnder(target, 'modules');
  if (file.startsWith('core/') && intoModules) {
    at('layer-direction', `core imports ${imp.specifier}: core never imports a module (modules register themselves through the loader)`);
  } else if (file.startsWith('workflows/') && (intoModules || isUnder(target, 'core'))) {
    at('layer-direction', `workflows imports ${imp.specifier}: the BPMN library depends on neither core nor modules`);
  } else if (file.startsWith('web/src/') && intoModules) {
    at('layer-direction', `the web desktop imports ${imp.specifier}: module web parts are found only through import.meta.glob('${MODULE_WEB_GLOB}')`);
  }
}

/** A `core_<name>` table named anywhere in a module's server code (strings, identifiers and comments alike). */
const CORE_TABLE = /\bcore_[A-Za-z0-9_]+/;

function coreTableRule(file: string, source: string, out: Violation[]): void {
  source.split('\n').forEach((text, i) => {
    const table = CORE_TABLE.exec(text)?.[0];
    if (table) {
      out.push({
        rule: 'module-core-table',
        file,
        line: i + 1,
        message: `names the core table ${table}; a module never reads core's tables: use a service of @kunlun/core`,
      });
    }
  });
}

/** The violations of rules 1–4 in one file (`file` relative to the root). */
export function fileViolations(layout: WorkspaceLayout, file: string, source: string, imports: ImportSpecifier[]): Violation[] {
  const out: Violation[] = [];
  const own = moduleOf(file);
  for (const imp of imports) {
    const at = (rule: Violation['rule'], message: string) => out.push({ rule, file, line: imp.line, message });
    if (own) {
      if (imp.kind !== 'glob') moduleRules(layout, file, own, imp, at);
    } else {
      layerRules(layout, file, imp, at);
    }
  }
  if (own && file.startsWith(`modules/${own}/src/`)) coreTableRule(file, source, out);
  return out;
}
