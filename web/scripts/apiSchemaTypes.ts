import fs from 'node:fs';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

/** Where the web keeps the generated types of the server's API. */
export const API_SCHEMA_FILE = path.resolve(import.meta.dirname, '../src/api/schema.gen.ts');

const HEADER = `/**
 * Generated — do not edit. The request and response types of every server route, from the
 * zod schemas of the server's route table (GET /api/openapi.json).
 * Regenerate with \`pnpm api:types\` (kunlun openapi | web/scripts/apiSchemaTypes.ts, openapi-typescript).
 */
`;

/** The TypeScript source of web/src/api/schema.gen.ts for an OpenAPI 3.1 document. */
export async function apiSchemaTypes(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(document as unknown as OpenAPI3, { alphabetize: true, defaultNonNullable: false });
  return HEADER + astToString(ast);
}

// Run as a script: reads the OpenAPI document on standard input, writes API_SCHEMA_FILE.
if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const document = JSON.parse(await text(process.stdin)) as Record<string, unknown>;
  fs.writeFileSync(API_SCHEMA_FILE, await apiSchemaTypes(document));
  process.stdout.write(`wrote ${path.relative(process.cwd(), API_SCHEMA_FILE)}\n`);
}
