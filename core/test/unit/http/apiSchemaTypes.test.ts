import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeApi } from '../../../src/runtime/apiDescription.ts';
import { API_SCHEMA_FILE, apiSchemaTypes } from '../../../../web/scripts/apiSchemaTypes.ts';

describe('the web API types (web/src/api/schema.gen.ts)', () => {
  it('match the route table of core and the modules: run `pnpm api:types` after changing a route', async () => {
    // given the server's routes as they are now, described the way GET /api/openapi.json does
    const document = await describeApi();
    // when the web's types are generated from them
    const generated = await apiSchemaTypes(document);
    // then the committed file is exactly that
    expect(fs.readFileSync(API_SCHEMA_FILE, 'utf8') === generated, 'web/src/api/schema.gen.ts is out of date: run pnpm api:types').toBe(true);
    expect(generated).toContain('"/api/tasks": {');
  }, 120_000);
});
