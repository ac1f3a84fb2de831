import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bpmn, createTestApp, Desk, seedOrg, type TestApp } from '@kunlun/test-kit';

const { definitions, start, end, user, chain } = bpmn;

/**
 * A move's statements are prepared once per connection. A rolling upgrade adds columns while
 * servers of the previous release are still moving instances: their prepared statements must
 * go on working (a prepared `SELECT *` would fail with "cached plan must not change result type").
 */
describe('prepared move statements across a migration', () => {
  let app: TestApp;
  let desk: Desk;

  beforeAll(async () => {
    app = await createTestApp();
    await seedOrg(app.runtime);
    desk = new Desk(app);
    await app.deploy(
      definitions('test.threeSteps', [
        start(),
        user('draft', '拟稿', 'initiator'),
        user('review', '审核', '"hb_head"'),
        user('file', '归档', 'initiator'),
        end(),
        ...chain('start', 'draft', 'review', 'file', 'end'),
      ]),
    );
  });
  afterAll(() => app.close());

  it('given statements prepared by many moves, when a migration adds columns to the instances, tasks and history, then the next moves still go through', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push(await desk.start('hb_clerk', 'test.threeSteps', { title: `关于第${i + 1}季度工作的报告`, submit: true }));
    for (const id of ids.slice(0, 4)) await desk.complete('hb_head', id);

    await app.runtime.db.raw('ALTER TABLE engine_instances ADD COLUMN archived_note text');
    await app.runtime.db.raw('ALTER TABLE engine_tasks ADD COLUMN archived_note text');
    await app.runtime.db.raw('ALTER TABLE engine_history ADD COLUMN archived_note text');

    for (const id of ids.slice(4)) await desk.complete('hb_head', id);
    for (const id of ids) await desk.complete('hb_clerk', id);
    for (const id of ids) expect(await desk.state(id)).toBe('completed');
  });
});
