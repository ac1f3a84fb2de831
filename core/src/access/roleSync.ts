import type { Knex } from 'knex';
import type { PermissionCatalog } from './permissionCatalog.ts';

const ADMIN_ROLE_OF_DUTY = { system: 'system_admin', security: 'security_admin', audit: 'audit_admin' } as const;

/**
 * Keeps the built-in roles in step with the permission catalog at start-up:
 * - each administrator role holds every permission of its duty (they are fixed by regulation);
 * - the first time a source (core or a module) runs — even if it sat disabled in the register
 *   before — the business permissions it declares with `grantTo` go to those roles. Later changes
 *   by the security administrator stay.
 */
export async function syncBuiltinRoles(db: Knex, catalog: PermissionCatalog, sources: { name: string; version: string }[]): Promise<void> {
  await db.transaction(async (trx) => {
    const roles: { id: string; code: string }[] = await trx('core_roles').where({ builtin: true }).select('id', 'code');
    const roleId = (code: string) => roles.find((r) => r.code === code)?.id;
    const wanted: { role_id: string; permission: string }[] = [];
    for (const [duty, code] of Object.entries(ADMIN_ROLE_OF_DUTY)) {
      const id = roleId(code);
      if (!id) continue;
      for (const p of catalog.ofDuty(duty as keyof typeof ADMIN_ROLE_OF_DUTY)) wanted.push({ role_id: id, permission: p.id });
    }
    const granted: string[] = await trx('core_modules').whereNotNull('permissions_granted_at').pluck('name');
    const firstTime = sources.filter((s) => !granted.includes(s.name));
    for (const source of firstTime) {
      for (const p of catalog.list().filter((e) => e.source === source.name && e.duty === 'business')) {
        for (const code of p.grantTo) {
          const id = roleId(code);
          if (id) wanted.push({ role_id: id, permission: p.id });
        }
      }
    }
    if (wanted.length) await trx('core_role_permissions').insert(wanted).onConflict(['role_id', 'permission']).ignore();
    for (const s of sources) {
      await trx('core_modules')
        .insert({ name: s.name, version: s.version, enabled: true, permissions_granted_at: trx.fn.now() })
        .onConflict('name')
        .merge({ version: s.version, updated_at: trx.fn.now(), permissions_granted_at: trx.raw('coalesce(core_modules.permissions_granted_at, now())') });
    }
  });
}
