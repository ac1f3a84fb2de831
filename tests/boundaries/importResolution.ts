import fs from 'node:fs';
import path from 'node:path';
import type { WorkspaceLayout, WorkspacePackage } from './workspacePackages.ts';

/** Where a specifier leads: a workspace file (relative to the root), or nothing we own (a library, a missing file). */
export type ResolvedImport =
  | { kind: 'file'; file: string }
  | { kind: 'package'; pkg: WorkspacePackage; subpath: string; file: string | null }
  | { kind: 'external' }
  | { kind: 'unresolved' };

const CANDIDATE_SUFFIXES = ['', '.ts', '.vue', '/index.ts'];

function existingFile(root: string, rel: string): string | null {
  const candidates = CANDIDATE_SUFFIXES.map((s) => rel + s);
  if (rel.endsWith('.js')) candidates.push(`${rel.slice(0, -3)}.ts`);
  for (const c of candidates) {
    const abs = path.join(root, c);
    if (fs.existsSync(abs) && fs.statSync(abs).isFile()) return c;
  }
  return null;
}

/** The file a package's `exports` maps `./subpath` to, with `*` patterns; null when not exported. */
export function exportedFile(pkg: WorkspacePackage, subpath: string): string | null {
  const direct = pkg.exports[subpath];
  if (direct) return path.posix.normalize(path.posix.join(pkg.dir, direct));
  for (const [key, target] of Object.entries(pkg.exports)) {
    const star = key.indexOf('*');
    if (star < 0) continue;
    const [prefix, suffix] = [key.slice(0, star), key.slice(star + 1)];
    if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length >= prefix.length + suffix.length) {
      const middle = subpath.slice(prefix.length, subpath.length - suffix.length);
      return path.posix.normalize(path.posix.join(pkg.dir, target.replace('*', middle)));
    }
  }
  return null;
}

/** `@kunlun/module-documents/contract` → the package `@kunlun/module-documents` and `./contract`. */
export function splitPackageSpecifier(specifier: string): { name: string; subpath: string } {
  const parts = specifier.split('/');
  const count = specifier.startsWith('@') ? 2 : 1;
  const rest = parts.slice(count).join('/');
  return { name: parts.slice(0, count).join('/'), subpath: rest ? `./${rest}` : '.' };
}

/** Whether `file` (relative to the root) belongs to the web desktop or a module's web part, where `@/` means `web/src/`. */
const usesWebAlias = (file: string) => file.startsWith('web/') || /^modules\/[^/]+\/web\//.test(file);

export function resolveImport(layout: WorkspaceLayout, fromFile: string, rawSpecifier: string): ResolvedImport {
  const { root } = layout;
  // Vite's `?raw` / `?url` suffixes name the same file.
  const specifier = rawSpecifier.replace(/\?.*$/, '');
  if (specifier.startsWith('.')) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
    const file = existingFile(root, target);
    return file ? { kind: 'file', file } : { kind: 'unresolved' };
  }
  if (specifier.startsWith('@/') && usesWebAlias(fromFile)) {
    const file = existingFile(root, `web/src/${specifier.slice(2)}`);
    return file ? { kind: 'file', file } : { kind: 'unresolved' };
  }
  const alias = layout.aliases.get(specifier);
  if (alias) return { kind: 'file', file: alias };
  const { name, subpath } = splitPackageSpecifier(specifier);
  const pkg = layout.packages.get(name);
  if (!pkg) return { kind: 'external' };
  const exported = exportedFile(pkg, subpath);
  return { kind: 'package', pkg, subpath, file: exported && existingFile(root, exported) };
}
