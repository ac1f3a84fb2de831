import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { contentHash } from '@kunlun/workflows';
import type { DefinitionStore, Definition } from './definitionStore.ts';
import { armStartTimers } from '../timers/startTimers.ts';

/**
 * The generic process definitions shipped with the suite (workflows/base/<module>/<key>.bpmn).
 * A key the installation has never had is published as is on start-up; keys it already has are
 * left alone (a new suite release is an upgrade, handled by the upgrade flow, not here).
 */
export function baseDefinitionFile(baseDir: string, key: string): string {
  return path.join(baseDir, key.split('.')[0]!, `${key}.bpmn`);
}

export async function publishMissingBaseDefinitions(db: Knex, store: DefinitionStore, baseDir: string, keys: string[]): Promise<Definition[]> {
  const published: Definition[] = [];
  for (const key of keys) {
    const file = baseDefinitionFile(baseDir, key);
    if (!fs.existsSync(file)) throw new Error(`process ${key} is declared but ${file} does not exist`);
    const exists = await db('engine_definitions').where({ key }).first('id');
    if (exists) continue;
    const xml = fs.readFileSync(file, 'utf8');
    const definition = await db.transaction(async (trx) => {
      const again = await trx('engine_definitions').where({ key }).first('id');
      if (again) return null;
      const d = await store.deploy(xml, { state: 'published', lineage: 'base', baseHash: await contentHash(xml) }, trx);
      await armStartTimers(trx, d);
      return d;
    });
    if (definition) published.push(definition);
  }
  return published;
}
