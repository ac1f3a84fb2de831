import { z } from 'zod';
import { permissionDeclSchema } from '../access/permissionCatalog.ts';

/**
 * A module's manifest: pure data, readable without running the module. The loader validates it
 * with this schema before anything of the module runs.
 */
const moduleName = z.string().regex(/^[a-z][a-z0-9]{1,30}$/, 'a module name is 2–31 lower-case letters and digits, starting with a letter');

const bilingual = z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) });

/** Names core keeps for itself: no module may take them. */
export const RESERVED_MODULE_NAMES = ['core', 'org', 'system', 'security', 'audit', 'auth', 'engine', 'workflows', 'api', 'me', 'modules'];

const processKeyOf = (p: string | { key: string }) => (typeof p === 'string' ? p : p.key);

const namespacedId = z.string().regex(/^[a-z][a-z0-9]*(\.[a-zA-Z][a-zA-Z0-9_-]*)+$/, 'an id is <module>.<name>');

export const manifestSchema = z
  .strictObject({
    name: moduleName.refine((n) => !RESERVED_MODULE_NAMES.includes(n), { message: 'this name is reserved by core' }),
    title: bilingual,
    description: bilingual.optional(),
    version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'a semantic version such as 1.2.0'),
    dependsOn: z.array(moduleName).default([]),
    /**
     * Modules this one works with when they are enabled, and without when not (签报 drafts a
     * document only where documents runs): ordered after them when present, and may use their
     * services (ctx.services.useIfEnabled), but neither needs them nor keeps them enabled.
     */
    optionalDependsOn: z.array(moduleName).default([]),
    permissions: z.array(permissionDeclSchema).default([]),
    /**
     * Processes this module ships in workflows/base/<module>/<key>.bpmn: each a key, or
     * `{ key, startableFromCatalogue: false }` for a process only the module itself starts (a
     * document's process starts with the document): the process catalogue neither lists nor starts it.
     */
    processes: z.array(z.union([namespacedId, z.strictObject({ key: namespacedId, startableFromCatalogue: z.boolean().default(true) })])).default([]),
    /** Form ids, with their JSON schemas in src/forms/. */
    forms: z.array(namespacedId).default([]),
    /** Background jobs the module's worker side processes. */
    jobs: z.array(z.strictObject({ id: namespacedId, title: bilingual })).default([]),
    /** Services other modules may call when they declare this module in dependsOn. */
    services: z.array(namespacedId).default([]),
    /** Events the module emits, for listeners in other modules. */
    events: z.array(namespacedId).default([]),
    settings: z
      .array(
        z.strictObject({
          key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
          title: bilingual,
          type: z.enum(['string', 'number', 'boolean']),
          default: z.union([z.string(), z.number(), z.boolean()]),
        }),
      )
      .default([]),
  })
  .superRefine((m, ctx) => {
    const own = (id: string) => id.split('.')[0] === m.name;
    const lists = {
      permissions: m.permissions.map((p) => p.id),
      processes: m.processes.map(processKeyOf),
      forms: m.forms,
      jobs: m.jobs.map((j) => j.id),
      services: m.services,
      events: m.events,
    };
    for (const [list, ids] of Object.entries(lists)) {
      ids.forEach((id, i) => {
        if (!own(id)) ctx.addIssue({ code: 'custom', path: [list, i], message: `"${id}" must start with "${m.name}."` });
      });
      const dup = ids.find((id, i) => ids.indexOf(id) !== i);
      if (dup) ctx.addIssue({ code: 'custom', path: [list], message: `"${dup}" is declared twice` });
    }
    if (m.dependsOn.includes(m.name)) ctx.addIssue({ code: 'custom', path: ['dependsOn'], message: 'a module cannot depend on itself' });
    if (m.optionalDependsOn.includes(m.name)) ctx.addIssue({ code: 'custom', path: ['optionalDependsOn'], message: 'a module cannot depend on itself' });
    const both = m.optionalDependsOn.find((d) => m.dependsOn.includes(d));
    if (both) ctx.addIssue({ code: 'custom', path: ['optionalDependsOn'], message: `"${both}" is already in dependsOn` });
  })
  .transform(({ processes, ...m }) => ({
    ...m,
    /** The keys of the processes the module ships. */
    processes: processes.map(processKeyOf),
    /** Each shipped process with how it may be started. */
    processDeclarations: processes.map((p) => (typeof p === 'string' ? { key: p, startableFromCatalogue: true } : p)),
  }));

export type ModuleManifest = z.output<typeof manifestSchema>;
export type ModuleManifestInput = z.input<typeof manifestSchema>;

/** Typed identity for a module's src/manifest.ts. */
export function defineModule<const M extends ModuleManifestInput>(manifest: M): M {
  return manifest;
}
