import { z } from 'zod';
import { defineRoute, RESPONSE_SENT } from '../../http/route.ts';
import { readUpload } from '../../http/uploads.ts';
import { badRequest } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import { diffDefinitions, MAX_BPMN_BYTES } from '@kunlun/workflows';
import type { DefinitionLibrary } from '../definitions/definitionLibrary.ts';
import { readDefinitionXml } from '../definitions/definitionLibrary.ts';
import type { Engine } from '../engine.ts';
import type { FormRegistry } from '../forms/formRegistry.ts';
import type { Registry } from '../../modules/registry.ts';
import type { ServiceTaskHandler } from '../serviceTaskHandler.ts';

const manage = { permission: 'engine.definition.manage' } as const;
const keyParams = z.strictObject({ key: z.string().regex(/^[a-z][a-z0-9]*(\.[A-Za-z][A-Za-z0-9_-]*)+$/) });
const idParams = z.strictObject({ id: z.uuid() });
const version = z.object({
  id: z.string(),
  key: z.string(),
  version: z.number().int(),
  name: z.string(),
  state: z.enum(['draft', 'published', 'retired']),
  lineage: z.enum(['base', 'fork', 'import']),
  contentHash: z.string(),
  baseHash: z.string().nullable(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});
const keyInfo = z.object({
  key: z.string(),
  name: z.string(),
  module: z.string().nullable(),
  status: z.enum(['base', 'forked', 'local', 'upstream-changed', 'merge-clean', 'conflicts']),
  published: version.nullable(),
  draft: version.nullable(),
  shippedHash: z.string().nullable(),
  conflicts: z.number().int(),
});
const xmlBody = z.strictObject({ xml: z.string().min(1).max(MAX_BPMN_BYTES) });
const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() });
const designerRegistry = z.object({
  forms: z.array(z.object({ id: z.string(), module: z.string(), title: bilingual })),
  serviceTasks: z.array(z.object({ id: z.string(), module: z.string() })),
});
const moduleOf = (id: string) => id.split('.')[0]!;

/** The process library for IT staff: status, versions, fork, save, lint, publish, adopt, merge, import, export, migrate. */
export function definitionRoutes(deps: { library: DefinitionLibrary; engine: Engine; forms: FormRegistry; serviceTasks: Registry<ServiceTaskHandler> }) {
  const { library, engine, forms, serviceTasks } = deps;
  return [
    defineRoute({
      method: 'GET',
      path: '/api/definitions/registry',
      summary: '可用表单与服务 Forms and service tasks of the enabled modules, for the designer and its lint',
      tags: ['definitions'],
      access: manage,
      response: designerRegistry,
      handler: async () => ({
        forms: forms.ids().map((id) => ({ id, module: moduleOf(id), title: forms.get(id)!.title })),
        serviceTasks: serviceTasks.ids().map((id) => ({ id, module: moduleOf(id) })),
      }),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/definitions',
      summary: '流程库 Every process with its upgrade status',
      tags: ['definitions'],
      access: manage,
      response: z.array(keyInfo),
      handler: () => library.keys(),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/definitions/:key/versions',
      summary: '版本 Versions of a process',
      tags: ['definitions'],
      access: manage,
      params: keyParams,
      response: z.array(version),
      handler: ({ params }) => library.versions(params.key),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/definitions/versions/:id',
      summary: '版本内容 One version with its XML',
      tags: ['definitions'],
      access: manage,
      params: idParams,
      response: version.extend({ xml: z.string() }),
      handler: ({ params }) => library.version(params.id),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/definitions/:key/fork',
      audit: {
        action: 'definitions.fork',
        label: text('复制流程', 'Fork a process'),
        targetOfAnswer: (result) => ({ type: 'process', id: result.key, name: result.name }),
      },
      summary: '修改 Start a draft from the published version',
      tags: ['definitions'],
      access: manage,
      params: keyParams,
      response: version,
      status: 201,
      handler: ({ params, auth }) => library.fork(params.key, auth.user.id),
    }),
    defineRoute({
      method: 'PUT',
      path: '/api/definitions/versions/:id',
      audit: {
        action: 'definitions.save',
        label: text('保存流程草稿', 'Save a process draft'),
        targetOfAnswer: (result) => ({ type: 'process', id: result.key, name: result.name }),
      },
      summary: '保存草稿 Save a draft',
      tags: ['definitions'],
      access: manage,
      params: idParams,
      body: xmlBody,
      response: version,
      handler: ({ params, body, auth }) => library.saveDraft(params.id, body.xml, auth.user.id),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/definitions/lint',
      audit: { by: 'readOnly', because: 'lints the posted XML and stores nothing' },
      summary: '检查 Lint a definition against the enabled modules',
      tags: ['definitions'],
      access: manage,
      body: xmlBody,
      response: z.object({
        problems: z.array(z.object({ rule: z.string(), elementId: z.string().nullable(), message: z.string(), category: z.enum(['error', 'warn']) })),
        errorCount: z.number().int(),
        warningCount: z.number().int(),
      }),
      handler: async ({ body }) => {
        const report = await library.lint(body.xml);
        return { ...report, problems: report.problems.map((p) => ({ ...p, elementId: p.elementId ?? null })) };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/api/definitions/versions/:id/publish',
      audit: {
        action: 'definitions.publish',
        label: text('发布流程', 'Publish a process'),
        targetOfAnswer: (result) => ({ type: 'process', id: result.key, name: result.name }),
      },
      summary: '发布 Publish a draft (refused when lint finds errors)',
      tags: ['definitions'],
      access: manage,
      params: idParams,
      response: version,
      handler: ({ params, auth }) => library.publish(params.id, auth.user.id),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/definitions/:key/adopt',
      audit: {
        action: 'definitions.adopt',
        label: text('采用流程新版本', 'Adopt a new base'),
        targetOfAnswer: (result) => ({ type: 'process', id: result.key, name: result.name }),
      },
      summary: '采用新版本 Adopt the newly shipped base of an untouched process',
      tags: ['definitions'],
      access: manage,
      params: keyParams,
      response: version,
      handler: ({ params, auth }) => library.adopt(params.key, auth.user.id),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/definitions/:key/merge',
      summary: '合并建议 Three-way merge of the fork with the new base',
      tags: ['definitions'],
      access: manage,
      params: keyParams,
      response: z.object({
        baseXml: z.string(),
        upstreamXml: z.string(),
        forkXml: z.string(),
        mergedXml: z.string(),
        conflicts: z.array(z.record(z.string(), z.unknown())),
        applied: z.array(z.unknown()),
      }),
      handler: async ({ params }) => {
        const p = await library.mergeProposal(params.key);
        return { ...p, conflicts: p.conflicts as unknown as Record<string, unknown>[] };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/api/definitions/:key/merge',
      audit: {
        action: 'definitions.merge',
        label: text('合并流程', 'Merge a process'),
        targetOfAnswer: (result) => ({ type: 'process', id: result.key, name: result.name }),
      },
      summary: '接受合并 Save the resolved merge as the draft',
      tags: ['definitions'],
      access: manage,
      params: keyParams,
      body: xmlBody,
      response: version,
      status: 201,
      handler: ({ params, body, auth }) => library.acceptMerge(params.key, body.xml, auth.user.id),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/definitions/import',
      audit: {
        action: 'definitions.import',
        label: text('导入流程', 'Import a process'),
        targetOfAnswer: (result) => ({ type: 'process', id: result.key, name: result.name }),
      },
      summary: '导入 Import a .bpmn file as a draft',
      tags: ['definitions'],
      access: manage,
      bodyKind: 'upload',
      response: version,
      status: 201,
      async handler({ ctx, auth }) {
        const upload = await readUpload(ctx, { limitBytes: MAX_BPMN_BYTES });
        const xml = new TextDecoder('utf-8', { fatal: false }).decode(upload.files[0]!.data);
        return library.importXml(xml, auth.user.id);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/api/definitions/versions/:id/export',
      summary: '导出 Download a version as .bpmn',
      tags: ['definitions'],
      access: manage,
      params: idParams,
      async handler({ params, ctx }) {
        const v = await library.version(params.id);
        ctx.type = 'application/xml';
        ctx.set('Content-Disposition', `attachment; filename="${v.key}.v${v.version}.bpmn"`);
        ctx.body = v.xml;
        return RESPONSE_SENT;
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/api/definitions/diff',
      audit: { by: 'readOnly', because: 'compares two definitions and stores nothing' },
      summary: '比较 Semantic diff of two definitions (version ids or XML)',
      tags: ['definitions'],
      access: manage,
      body: z.strictObject({ a: z.string().min(1), b: z.string().min(1) }),
      response: z.record(z.string(), z.unknown()),
      async handler({ body }) {
        const load = async (ref: string) => (/^[0-9a-f-]{36}$/i.test(ref) ? (await library.version(ref)).xml : (await readDefinitionXml(ref), ref));
        return (await diffDefinitions(await load(body.a), await load(body.b))) as unknown as Record<string, unknown>;
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/api/definitions/migrate',
      audit: {
        action: 'definitions.migrate',
        label: text('迁移流程实例', 'Migrate instances'),
        target: ({ body }) => ({ type: 'process', id: body.toDefinitionId }),
      },
      summary: '迁移实例 Move running instances to another version, with an element mapping',
      tags: ['definitions'],
      access: manage,
      body: z.strictObject({
        fromDefinitionId: z.uuid(),
        toDefinitionId: z.uuid(),
        mapping: z.record(z.string(), z.string()).default({}),
        instanceIds: z.array(z.uuid()).max(10_000).optional(),
      }),
      response: z.object({ migrated: z.array(z.string()), refused: z.array(z.object({ instanceId: z.string(), reasons: z.array(z.string()) })) }),
      handler: ({ body, auth }) => {
        if (body.fromDefinitionId === body.toDefinitionId)
          throw badRequest('definitions.same_version', text('源版本与目标版本相同', 'Source and target are the same version'));
        return engine.migrate(body.fromDefinitionId, body.toDefinitionId, body.mapping, engine.actorOf(auth), body.instanceIds);
      },
    }),
  ];
}
