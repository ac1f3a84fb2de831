import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { manifestSchema, type ModuleManifest } from './manifest.ts';

/** A module found on disk: its folder and validated manifest. Nothing of it has run yet. */
export interface DiscoveredModule {
  name: string;
  dir: string;
  manifest: ModuleManifest;
  migrationsDir: string;
  entry: string;
}

export class ModuleManifestError extends Error {
  constructor(
    readonly moduleDir: string,
    readonly problems: string[],
  ) {
    super(`module in ${moduleDir} has an invalid manifest:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ModuleManifestError';
  }
}

/** Reads every `<dir>/<name>/src/manifest.ts` below the modules folder and validates it. */
export async function discoverModules(modulesDir: string): Promise<DiscoveredModule[]> {
  if (!fs.existsSync(modulesDir)) return [];
  const found: DiscoveredModule[] = [];
  for (const entry of fs.readdirSync(modulesDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(modulesDir, entry.name);
    const manifestFile = path.join(dir, 'src', 'manifest.ts');
    if (!fs.existsSync(manifestFile)) continue;
    const exported = (await import(pathToFileURL(manifestFile).href)) as { default?: unknown; manifest?: unknown };
    const raw = exported.default ?? exported.manifest;
    const parsed = manifestSchema.safeParse(raw);
    if (!parsed.success) {
      throw new ModuleManifestError(
        dir,
        parsed.error.issues.map((i) => `${i.path.join('.') || '(manifest)'}: ${i.message}`),
      );
    }
    if (parsed.data.name !== entry.name) {
      throw new ModuleManifestError(dir, [`name "${parsed.data.name}" must equal the folder name "${entry.name}"`]);
    }
    found.push({
      name: parsed.data.name,
      dir,
      manifest: parsed.data,
      migrationsDir: path.join(dir, 'src', 'migrations'),
      entry: path.join(dir, 'src', 'index.ts'),
    });
  }
  return found;
}
