import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** A workspace package: its name, folder (relative to the root) and `exports` map. */
export interface WorkspacePackage {
  name: string;
  dir: string;
  exports: Record<string, string>;
}

/** What the boundary check knows of a workspace, read from files without running anything. */
export interface WorkspaceLayout {
  root: string;
  packages: Map<string, WorkspacePackage>;
  /** Module folder name → the module names its manifest lists in `dependsOn`. */
  dependsOn: Map<string, string[]>;
  /** Bare aliases of the root tsconfig.json `paths` (e.g. `@kunlun/test-kit`) → file relative to the root. */
  aliases: Map<string, string>;
}

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));

function exportsMap(raw: unknown): Record<string, string> {
  if (typeof raw === 'string') return { '.': raw };
  if (!raw || typeof raw !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [key, target] of Object.entries(raw as Record<string, unknown>)) {
    const file =
      typeof target === 'string' ? target : ((target as Record<string, unknown> | null)?.import ?? (target as Record<string, unknown> | null)?.default);
    if (typeof file === 'string') out[key] = file;
  }
  return out;
}

function packageDirs(root: string): string[] {
  const dirs = ['core', 'workflows', 'web', 'tests'];
  const modulesDir = path.join(root, 'modules');
  if (fs.existsSync(modulesDir)) {
    for (const e of fs.readdirSync(modulesDir, { withFileTypes: true })) if (e.isDirectory()) dirs.push(`modules/${e.name}`);
  }
  return dirs.filter((d) => fs.existsSync(path.join(root, d, 'package.json')));
}

/**
 * The `dependsOn: [...]` and `optionalDependsOn: [...]` of `modules/<name>/src/manifest.ts` (a
 * module may import the contract of either kind of dependency), read from the syntax tree of the
 * `defineModule({ … })` object literal: a manifest is data (DESIGN.md), so this needs no running.
 */
const DEPENDENCY_LISTS = ['dependsOn', 'optionalDependsOn'];

export function manifestDependsOn(manifestFile: string): string[] {
  if (!fs.existsSync(manifestFile)) return [];
  const sf = ts.createSourceFile(manifestFile, fs.readFileSync(manifestFile, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && DEPENDENCY_LISTS.includes(node.name.text)) {
      let value = node.initializer;
      while (ts.isAsExpression(value) || ts.isSatisfiesExpression(value)) value = value.expression;
      if (ts.isArrayLiteralExpression(value)) {
        for (const element of value.elements) if (ts.isStringLiteralLike(element)) names.push(element.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return names;
}

function rootAliases(root: string): Map<string, string> {
  const aliases = new Map<string, string>();
  const tsconfig = path.join(root, 'tsconfig.json');
  if (!fs.existsSync(tsconfig)) return aliases;
  const { config } = ts.readConfigFile(tsconfig, ts.sys.readFile);
  const options = (config as { compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> } } | undefined)?.compilerOptions;
  const base = options?.baseUrl ?? '.';
  for (const [alias, targets] of Object.entries(options?.paths ?? {})) {
    if (!alias.includes('*') && targets[0]) aliases.set(alias, path.posix.normalize(path.posix.join(base, targets[0])));
  }
  return aliases;
}

export function readWorkspaceLayout(root: string): WorkspaceLayout {
  const packages = new Map<string, WorkspacePackage>();
  const dependsOn = new Map<string, string[]>();
  for (const dir of packageDirs(root)) {
    const pkg = readJson(path.join(root, dir, 'package.json')) as { name?: string; exports?: unknown };
    if (pkg.name) packages.set(pkg.name, { name: pkg.name, dir, exports: exportsMap(pkg.exports) });
    if (dir.startsWith('modules/')) dependsOn.set(dir.slice('modules/'.length), manifestDependsOn(path.join(root, dir, 'src/manifest.ts')));
  }
  return { root, packages, dependsOn, aliases: rootAliases(root) };
}
