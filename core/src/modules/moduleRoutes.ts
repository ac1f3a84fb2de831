import { z } from 'zod';
import type { Knex } from 'knex';
import { defineRoute } from '../http/route.ts';
import { conflict, notFound } from '../http/apiError.ts';
import { text } from '../i18n/text.ts';
import { auditSourceOf, entryFrom, type AuditLog } from '../audit/auditLog.ts';
import type { DiscoveredModule } from './moduleDiscovery.ts';

const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() });
const moduleSchema = z.object({
  name: z.string(),
  title: bilingual,
  version: z.string(),
  dependsOn: z.array(z.string()),
  processes: z.array(z.string()),
  permissions: z.array(z.string()),
});

const describe = (m: DiscoveredModule) => ({
  name: m.name,
  title: m.manifest.title,
  version: m.manifest.version,
  dependsOn: m.manifest.dependsOn,
  processes: m.manifest.processes,
  permissions: m.manifest.permissions.map((p) => p.id),
});

/** What modules run, and the system administrator's switch to enable or disable them (on restart). */
export function moduleRoutes(deps: { db: Knex; audit: AuditLog; discovered: DiscoveredModule[]; enabled: DiscoveredModule[]; fixedByEnvironment: boolean }) {
  return [
    defineRoute({
      method: 'GET',
      path: '/api/modules',
      summary: '已启用的模块 Modules enabled in this installation',
      tags: ['system'],
      access: 'authenticated',
      response: z.array(moduleSchema),
      handler: async () => deps.enabled.map(describe),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/system/modules',
      summary: '全部模块及启用状态 Every installed module and whether it is enabled',
      tags: ['system'],
      access: { permission: 'system.module.manage' },
      response: z.array(moduleSchema.extend({ running: z.boolean(), enabledAfterRestart: z.boolean() })),
      async handler() {
        const flags: { name: string; enabled: boolean }[] = await deps.db('core_modules').select('name', 'enabled');
        return deps.discovered.map((m) => ({
          ...describe(m),
          running: deps.enabled.some((e) => e.name === m.name),
          enabledAfterRestart: flags.find((f) => f.name === m.name)?.enabled ?? true,
        }));
      },
    }),
    defineRoute({
      method: 'PUT',
      path: '/api/system/modules/:name',
      audit: { by: 'service', because: 'moduleRoutes records system.module.enable/disable in the transaction of the change' },
      summary: '启用或停用模块（重启后生效，停用不删除数据）Enable or disable a module from the next start; data is kept',
      tags: ['system'],
      access: { permission: 'system.module.manage' },
      params: z.strictObject({ name: z.string().regex(/^[a-z][a-z0-9]{1,30}$/) }),
      body: z.strictObject({ enabled: z.boolean() }),
      response: z.object({ name: z.string(), enabledAfterRestart: z.boolean() }),
      async handler(input) {
        const mod = deps.discovered.find((m) => m.name === input.params.name);
        if (!mod) throw notFound('system.module_not_found', text('模块不存在', 'No such module'));
        if (deps.fixedByEnvironment) {
          throw conflict('system.modules_fixed', text('模块由环境变量 KUNLUN_MODULES 指定，不能在界面中调整', 'Modules are fixed by KUNLUN_MODULES'));
        }
        const flags: { name: string; enabled: boolean }[] = await deps.db('core_modules').select('name', 'enabled');
        const enabledAfter = (name: string) => (name === mod.name ? input.body.enabled : (flags.find((f) => f.name === name)?.enabled ?? true));
        if (!input.body.enabled) {
          const dependents = deps.discovered.filter((m) => enabledAfter(m.name) && m.manifest.dependsOn.includes(mod.name)).map((m) => m.name);
          if (dependents.length) {
            throw conflict(
              'system.module_required',
              text(`模块 ${dependents.join('、')} 依赖此模块，请先停用它们`, `Modules ${dependents.join(', ')} depend on it`),
              { dependents },
            );
          }
        } else {
          const missing = mod.manifest.dependsOn.filter((d) => !enabledAfter(d));
          if (missing.length) {
            throw conflict('system.module_dependency_disabled', text(`请先启用它依赖的模块 ${missing.join('、')}`, `Enable ${missing.join(', ')} first`), {
              missing,
            });
          }
        }
        await deps.db.transaction(async (trx) => {
          await trx('core_modules')
            .insert({ name: mod.name, version: mod.manifest.version, enabled: input.body.enabled })
            .onConflict('name')
            .merge({ enabled: input.body.enabled, updated_at: trx.fn.now() });
          await deps.audit.record(
            entryFrom(auditSourceOf(input), {
              action: input.body.enabled ? 'system.module.enable' : 'system.module.disable',
              target: { type: 'module', id: mod.name },
            }),
            trx,
          );
        });
        return { name: mod.name, enabledAfterRestart: input.body.enabled };
      },
    }),
  ];
}
