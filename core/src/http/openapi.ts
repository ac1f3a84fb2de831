import { z } from 'zod';
import { permissionsOf, type AnyRoute } from './route.ts';
import type { PermissionCatalog } from '../access/permissionCatalog.ts';

/**
 * The OpenAPI 3.1 description of every mounted route, generated from the same zod schemas
 * that validate requests, so the document cannot drift from what the server accepts.
 */
export function buildOpenApi(routes: AnyRoute[], catalog: PermissionCatalog, info: { version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  const toSchema = (schema: z.ZodType, io: 'input' | 'output') => stripMeta(z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }));
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const parameters: unknown[] = [];
    for (const [where, schema] of [
      ['path', route.params],
      ['query', route.query],
    ] as const) {
      if (!schema) continue;
      const json = toSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, prop] of Object.entries(json.properties ?? {})) {
        parameters.push({ name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: prop });
      }
    }
    const access = route.access;
    const operation: Record<string, unknown> = {
      summary: route.summary,
      tags: route.tags ?? [route.path.split('/')[2] ?? 'api'],
      operationId: `${route.method.toLowerCase()}${path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string) => (c ? c.toUpperCase() : ''))}`,
      parameters,
      'x-kunlun-access': typeof access === 'object' ? { anyOf: permissionsOf(access).map((p) => ({ permission: p, title: catalog.titleOf(p) })) } : access,
      security: access === 'public' ? [] : [{ session: [] }],
      responses: {
        [String(route.status ?? 200)]: {
          description: 'OK',
          ...(route.response ? { content: { 'application/json': { schema: toSchema(route.response, 'output') } } } : {}),
        },
        default: { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
    };
    if (route.body) {
      operation.requestBody = { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input') } } };
    } else if (route.bodyKind === 'upload') {
      operation.requestBody = {
        required: true,
        content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } } },
      };
    }
    (paths[path] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Kunlun OA API', version: info.version, description: '昆仑办公自动化系统接口 / Kunlun OA HTTP API' },
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'kunlun_session', description: 'Unsafe methods also send X-CSRF-Token (double submit).' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message', 'details'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'object' } },
            },
          },
        },
      },
    },
  };
}

function stripMeta(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = schema;
  return rest;
}
