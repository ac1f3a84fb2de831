import { z } from 'zod';
import { defineRoute, RESPONSE_SENT } from '../../http/route.ts';
import { forbidden, notFound } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import type { PermissionCatalog } from '../../access/permissionCatalog.ts';
import type { DiscoveredModule } from '../../modules/moduleDiscovery.ts';
import type { Engine } from '../engine.ts';
import { moveResultSchema, processCatalogSchema, startBody } from './engineSchemas.ts';

/**
 * The catalog of processes one may start, starting one, and a definition's XML for the diagram.
 * Processes of a disabled module cannot be started; processes in a namespace of no module
 * (an installation's own, e.g. "local.leave") can. A process its module declares
 * `startableFromCatalogue: false` (a document's, started with the document) is neither listed
 * nor started here.
 */
export function processRoutes(deps: { engine: Engine; catalog: PermissionCatalog; modules: DiscoveredModule[]; disabledModules: string[] }) {
  const { engine, catalog } = deps;
  const disabled = new Set(deps.disabledModules);
  const available = (key: string) => !disabled.has(key.split('.')[0]!);
  const startable = (key: string, can: (p: string) => boolean) => !catalog.has(`${key}.start`) || can(`${key}.start`);
  const byModuleOnly = new Set(deps.modules.flatMap((m) => m.manifest.processDeclarations.filter((p) => !p.startableFromCatalogue).map((p) => p.key)));
  return [
    defineRoute({
      method: 'GET',
      path: '/api/processes',
      summary: '可发起的流程 Processes the caller may start',
      tags: ['engine'],
      access: 'authenticated',
      response: processCatalogSchema,
      async handler({ auth }) {
        if (auth.user.accountKind !== 'regular') return [];
        const definitions = await engine.deps.definitions.listPublished();
        return definitions
          .filter((d) => available(d.key) && !byModuleOnly.has(d.key) && startable(d.key, (p) => auth.can(p)))
          .filter((d) => d.graph.startEvents.some((id) => d.graph.elements[id]!.trigger?.type === 'none'))
          .map((d) => {
            const start = d.graph.startEvents.find((id) => d.graph.elements[id]!.trigger?.type === 'none')!;
            const formKey = d.graph.elements[start]!.formKey ?? null;
            return {
              key: d.key,
              name: d.graph.name,
              module: d.module,
              moduleTitle: deps.modules.find((m) => m.name === d.module)?.manifest.title ?? null,
              version: d.version,
              definitionId: d.id,
              startFormKey: formKey,
              startForm: (engine.forms.get(formKey) as Record<string, unknown> | undefined) ?? null,
            };
          });
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/api/processes/:key/start',
      audit: {
        action: 'processes.start',
        label: text('发起流程', 'Start a process'),
        targetOfAnswer: (result) => ({ type: 'instance', id: result.instanceId }),
      },
      summary: '发起流程 Start a process (submit: also complete the first step)',
      tags: ['engine'],
      access: 'authenticated',
      params: z.strictObject({ key: z.string().regex(/^[a-z][a-z0-9]*(\.[A-Za-z][A-Za-z0-9_-]*)+$/) }),
      body: startBody,
      response: moveResultSchema,
      status: 201,
      handler: ({ params, body, auth }) => {
        if (!available(params.key))
          throw notFound('engine.process_not_found', text('流程不存在或所属模块未启用', 'No such process, or its module is disabled'));
        if (byModuleOnly.has(params.key)) {
          const module = deps.modules.find((m) => m.name === params.key.split('.')[0]);
          throw forbidden(
            'engine.started_by_module',
            text(
              `该流程只能在“${module?.manifest.title['zh-CN'] ?? params.key}”中发起`,
              `This process is started from its module (${module?.manifest.title.en ?? params.key})`,
            ),
            { key: params.key },
          );
        }
        return engine.start(params.key, body, auth, catalog.has(`${params.key}.start`));
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/api/definitions/:id/xml',
      summary: '流程图 BPMN XML of a definition version (for the diagram)',
      tags: ['engine'],
      access: 'authenticated',
      params: z.strictObject({ id: z.uuid() }),
      async handler({ params, ctx }) {
        const xml = await engine.deps.definitions.xmlOf(params.id);
        if (!xml) throw notFound('engine.definition_not_found', text('流程定义不存在', 'No such definition'));
        ctx.type = 'application/xml';
        ctx.set('Cache-Control', 'private, max-age=86400, immutable');
        ctx.body = xml;
        return RESPONSE_SENT;
      },
    }),
  ];
}
