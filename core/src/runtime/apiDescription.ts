import { loadConfig } from '../config/config.ts';
import { openDatabase } from '../db/database.ts';
import { createLogger } from '../log/logger.ts';
import { createRuntime } from './kunlunRuntime.ts';
import { apiRoutes } from './httpApp.ts';

/**
 * The OpenAPI document of every route of core and of every module found in `modules/`, as an
 * API process would serve it at GET /api/openapi.json. Built on a throw-away in-memory PGlite
 * with no Redis, from default settings only, so the result depends on the code alone.
 */
export async function describeApi(): Promise<Record<string, unknown>> {
  const config = { ...loadConfig({}), database: { kind: 'pglite' as const, dataDir: 'memory://' } };
  const database = await openDatabase(config.database);
  try {
    const rt = await createRuntime(config, { role: 'cli', redis: false, database, log: createLogger('silent') });
    try {
      return apiRoutes(rt).openapi;
    } finally {
      await rt.close();
    }
  } finally {
    await database.close();
  }
}
