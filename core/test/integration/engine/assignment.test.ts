import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bpmn, createTestApp, Desk, seedOrg, type OrgFixture, type TestApp } from '@kunlun/test-kit';

const { definitions, start, end, user, chain } = bpmn;

/**
 * The engine keeps what it looked up in the organization while nothing there changes; any change
 * an administrator makes — a post changing hands, an account disabled — reaches the very next task.
 */
describe('assignee rules follow the organization as it changes', () => {
  let app: TestApp;
  let desk: Desk;
  let org: OrgFixture;

  beforeAll(async () => {
    app = await createTestApp();
    org = await seedOrg(app.runtime);
    desk = new Desk(app);
    await app.deploy(
      definitions('test.headReview', [
        start(),
        user('draft', '拟稿', 'initiator'),
        user('review', '部门审核', 'post("dept_head", initiator.unit)'),
        end(),
        ...chain('start', 'draft', 'review', 'end'),
      ]),
    );
  });
  afterAll(() => app.close());

  const reviewerOfNextRequest = async (initiator = 'hb_clerk') => {
    const instanceId = await desk.start(initiator, 'test.headReview', { title: '关于采购办公用品的请示', submit: true });
    const task = await app.runtime.db('engine_tasks').where({ instance_id: instanceId, element_id: 'review', state: 'open' }).first('assignee_id');
    return task?.assignee_id ?? null;
  };

  it('when the 部门负责人 post changes hands, the next review goes to the new holder; when its holder is disabled, nobody is found', async () => {
    expect(await reviewerOfNextRequest()).toBe(org.users.hb_head);
    expect(await reviewerOfNextRequest()).toBe(org.users.hb_head); // answered from what the engine keeps

    const admin = await app.signedIn('admin');
    const posts = await app.runtime
      .db('core_posts')
      .where({ user_id: org.users.hb_head, unit_id: org.units['632200-001'], post_type: 'dept_head' })
      .select('id');
    expect(
      (await admin.post(`/api/org/users/${org.users.hb_clerk}/posts`, { unitId: org.units['632200-001'], postType: 'dept_head', title: '主任' })).status,
    ).toBe(201);
    for (const post of posts) expect((await admin.delete(`/api/org/posts/${post.id}`)).status).toBe(204);
    expect(await reviewerOfNextRequest('hb_head')).toBe(org.users.hb_clerk);

    expect((await admin.patch(`/api/org/users/${org.users.hb_clerk}`, { status: 'disabled' })).status).toBe(200);
    const head = await app.signedIn('hb_head');
    const refused = await head.post('/api/processes/test.headReview/start', { title: '关于报废旧电脑的请示', submit: true });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'engine.no_assignee', details: { elementId: 'review' } });
  });
});
