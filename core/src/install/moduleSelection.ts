import type { Knex } from 'knex';
import { planModules } from '../modules/moduleLoader.ts';
import { ModuleDependencyError } from '../modules/dependencyOrder.ts';
import type { DiscoveredModule } from '../modules/moduleDiscovery.ts';
import { text } from '../i18n/text.ts';
import { AdminCommandError } from './adminCommandError.ts';

/**
 * The modules an installation runs. The choice is kept in the module register (core_modules),
 * where the system administrator can change it later — not fixed by KUNLUN_MODULES. A module
 * registered here as disabled still gets its default permissions granted the first time it runs
 * (core_modules.permissions_granted_at, see syncBuiltinRoles).
 */
export function chosenModules(discovered: DiscoveredModule[], choice: 'all' | string[]): DiscoveredModule[] {
  try {
    return planModules(discovered, { only: choice === 'all' ? discovered.map((m) => m.name) : choice });
  } catch (err) {
    if (err instanceof ModuleDependencyError) {
      throw new AdminCommandError(
        text(`模块依赖不满足：${err.modules.join(' → ')}；请一并启用它依赖的模块`, `Module dependencies are not met: ${err.message}`),
      );
    }
    throw err;
  }
}

export async function recordModuleChoice(
  db: Knex,
  discovered: DiscoveredModule[],
  enabled: DiscoveredModule[],
): Promise<{ enabled: string[]; disabled: string[] }> {
  const on = enabled.map((m) => m.name);
  const off = discovered.filter((m) => !on.includes(m.name));
  await db.transaction(async (trx) => {
    for (const m of off) {
      await trx('core_modules')
        .insert({ name: m.name, version: m.manifest.version, enabled: false })
        .onConflict('name')
        .merge({ enabled: false, updated_at: trx.fn.now() });
    }
    if (on.length) await trx('core_modules').whereIn('name', on).andWhere({ enabled: false }).update({ enabled: true, updated_at: trx.fn.now() });
  });
  return { enabled: on, disabled: off.map((m) => m.name) };
}
