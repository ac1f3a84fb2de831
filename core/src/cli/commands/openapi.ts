import fs from 'node:fs';
import type { Command } from '../command.ts';
import { describeApi } from '../../runtime/apiDescription.ts';

export const openapiCommand: Command = {
  name: 'openapi',
  summary: 'write the OpenAPI 3.1 document of every route (no database or Redis needed)',
  usage: `Usage: kunlun openapi [--out FILE]

  Builds the route table of core and of every module in modules/ on a throw-away in-memory
  database and prints the document GET /api/openapi.json serves (to FILE with --out).
  The web's API types come from it: pnpm api:types`,
  options: { out: { type: 'string' } },
  async run({ values }) {
    const json = `${JSON.stringify(await describeApi(), null, 2)}\n`;
    if (typeof values.out === 'string') fs.writeFileSync(values.out, json);
    else process.stdout.write(json);
  },
};
