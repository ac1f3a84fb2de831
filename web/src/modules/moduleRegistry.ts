import type { WebModule } from './webModule.ts';

export type WebModuleLoader = () => Promise<{ default?: WebModule } | undefined>;

/** Every module's web part, found at build time: `modules/<name>/web/index.ts` (none is fine). */
const moduleFiles: Record<string, WebModuleLoader> = import.meta.glob<{ default?: WebModule }>('../../../modules/*/web/index.ts');

const FOLDER = /\/modules\/([^/]+)\/web\/index\.ts$/;
const MODULE_NAME = /^[a-z][a-z0-9]{1,30}$/;

/** The module folder a web part was found in: `../../../modules/documents/web/index.ts` → `documents`. */
export function folderOf(file: string): string | undefined {
  return FOLDER.exec(file)?.[1];
}

function problemsOf(folder: string | undefined, module: WebModule | undefined): string[] {
  if (!module || typeof module !== 'object') return ['it has no default export (export default defineWebModule({ … }))'];
  const problems: string[] = [];
  if (typeof module.name !== 'string' || !MODULE_NAME.test(module.name)) problems.push(`its name "${String(module.name)}" is not a module name`);
  else if (folder !== module.name) problems.push(`its name "${module.name}" differs from its folder "${folder ?? '?'}"`);
  for (const item of [...(module.menu ?? []), ...(module.adminMenu ?? []), ...(module.widgets ?? []), ...(module.formWidgets ?? [])]) {
    if (!item.id.startsWith(`${module.name}.`)) problems.push(`"${item.id}" is not namespaced "${module.name}.…"`);
  }
  for (const page of module.taskPages ?? []) {
    const matches = [page.processKey, page.formId].filter((x): x is string => typeof x === 'string');
    if (matches.length !== 1) problems.push('a task page names either a processKey or a formId');
    else if (!matches[0]!.startsWith(`${module.name}.`)) problems.push(`task page "${matches[0]}" is not namespaced "${module.name}.…"`);
    if (typeof page.route !== 'function') problems.push('a task page needs a route function');
  }
  return problems;
}

/**
 * Loads the web parts of modules. One that fails to load or breaks the contract is left out and
 * reported on the console, so a single broken module cannot take the whole desktop down.
 */
export async function collectWebModules(loaders: Record<string, WebModuleLoader>): Promise<WebModule[]> {
  const entries = Object.entries(loaders);
  const loaded = await Promise.all(
    entries.map(async ([file, load]) => {
      try {
        const module = (await load())?.default;
        const problems = problemsOf(folderOf(file), module);
        if (problems.length) {
          console.error(`[kunlun] module web part ${file} left out: ${problems.join('; ')}`);
          return undefined;
        }
        return module;
      } catch (err) {
        console.error(`[kunlun] module web part ${file} failed to load`, err);
        return undefined;
      }
    }),
  );
  const modules = loaded.filter((m): m is WebModule => m !== undefined);
  return modules.sort((a, b) => a.name.localeCompare(b.name));
}

/** The web parts of the modules built into this desktop. */
export function loadWebModules(): Promise<WebModule[]> {
  return collectWebModules(moduleFiles);
}
