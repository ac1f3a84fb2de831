import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testDatabaseKind } from '@kunlun/test-kit';
import { migrateDown, migrateUp, migrationStatus } from '../../src/db/migrator.ts';
import { CORE_MIGRATIONS_DIR } from '../../src/runtime/kunlunRuntime.ts';
import type { Database } from '../../src/db/database.ts';

const sources = [{ name: 'core', dir: CORE_MIGRATIONS_DIR }];
const MIGRATION = '20261129090000_instance_end_events';

describe(`recording how earlier instances ended (migration, ${testDatabaseKind()})`, () => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ database: db, dispose } = await freshDatabase());
  });
  afterAll(() => dispose());

  it('gives an instance completed before the migration the process-level end event it reached, and leaves running ones alone', async () => {
    // Given the database as it was before the migration (PGlite starts empty, PostgreSQL migrated)
    await migrateUp(db.knex, sources);
    const status = await migrationStatus(db.knex, sources);
    const at = status.findIndex((s) => s.name === MIGRATION);
    expect(at).toBeGreaterThan(0);
    await migrateDown(db.knex, sources, { steps: status.length - at });
    const graph = {
      key: 'test.ending',
      name: '结束方式',
      startEvents: ['start'],
      flows: {},
      elements: {
        start: { id: 'start', kind: 'startEvent', scope: null, incoming: [], outgoing: [] },
        sub: { id: 'sub', kind: 'subProcess', scope: null, incoming: [], outgoing: [] },
        innerEnd: { id: 'innerEnd', kind: 'endEvent', name: '子流程结束', scope: 'sub', incoming: [], outgoing: [] },
        approved: { id: 'approved', kind: 'endEvent', name: '审批通过', scope: null, incoming: [], outgoing: [] },
        rejected: { id: 'rejected', kind: 'endEvent', name: '未予同意', scope: null, incoming: [], outgoing: [] },
      },
    };
    const definitionId = randomUUID();
    await db.knex('engine_definitions').insert({
      id: definitionId,
      key: 'test.ending',
      version: 1,
      name: '结束方式',
      xml: '<bpmn/>',
      graph: JSON.stringify(graph),
      content_hash: 'x',
      state: 'published',
      lineage: 'import',
    });
    const instance = (state: string, completed: string[]) => ({
      id: randomUUID(),
      definition_id: definitionId,
      process_key: 'test.ending',
      title: '一件事',
      state,
      completed_elements: completed,
    });
    const turnedDown = instance('completed', ['start', 'sub', 'innerEnd', 'rejected']);
    const running = instance('active', ['start']);
    const terminated = instance('terminated', ['start', 'approved']);
    await db.knex('engine_instances').insert([turnedDown, running, terminated]);
    // When the migration runs
    await migrateUp(db.knex, sources);
    // Then the completed one says it ended at 未予同意 (not the sub-process's end); the others say nothing
    const rows = await db.knex('engine_instances').whereIn('id', [turnedDown.id, running.id, terminated.id]).select('id', 'end_event_id', 'end_event_name');
    const byId = Object.fromEntries(rows.map((r) => [r.id, [r.end_event_id, r.end_event_name]]));
    expect(byId[turnedDown.id]).toEqual(['rejected', '未予同意']);
    expect(byId[running.id]).toEqual([null, null]);
    expect(byId[terminated.id]).toEqual([null, null]);
  });
});
