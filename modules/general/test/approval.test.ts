import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedOrg, type ApiClient, type OrgFixture, type TestApp } from '@kunlun/test-kit';

describe('签报 general.approval: applicant → department head → leader in charge', () => {
  let app: TestApp;
  let org: OrgFixture;
  let clerk: ApiClient;
  let head: ApiClient;
  let leader: ApiClient;

  beforeAll(async () => {
    app = await createTestApp({ modules: ['general'] });
    org = await seedOrg(app.runtime);
    [clerk, head, leader] = await Promise.all([app.signedIn('hb_clerk'), app.signedIn('hb_head'), app.signedIn('hb_leader')]);
  });
  afterAll(() => app.close());

  const todo = async (client: ApiClient) =>
    (await client.get('/api/tasks?box=todo')).body.items as { id: string; title: string; stepName: string; version: number }[];

  it('the catalog offers 签报 to staff with its start form', async () => {
    const res = await clerk.get('/api/processes');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([expect.objectContaining({ key: 'general.approval', name: '签报', module: 'general', startFormKey: 'general.approval' })]);
  });

  it('a clerk submits; the head agrees; the leader agrees; the clerk sees it done with both opinions', async () => {
    const started = await clerk.post('/api/processes/general.approval/start', {
      variables: { title: '关于购置档案柜的请示', content: '办公室档案柜已满，拟购置 4 组。', urgency: 'urgent' },
      submit: true,
    });
    expect(started.status).toBe(201);
    const instanceId = started.body.instanceId;
    const [headTask] = await todo(head);
    expect(headTask).toMatchObject({ title: '关于购置档案柜的请示', stepName: '部门负责人审核' });
    const detail = await head.get(`/api/tasks/${headTask!.id}`);
    expect(detail.body.operations).toEqual(expect.arrayContaining(['complete', 'return', 'transfer', 'addSigners']));
    expect(detail.body.fieldAccess).toEqual({ title: 'readonly', content: 'readonly', urgency: 'readonly', attachments: 'readonly' });
    expect(detail.body.instance.urgency).toBe('urgent');
    expect(
      (await head.post(`/api/tasks/${headTask!.id}/complete`, { version: headTask!.version, outcome: 'agree', opinion: '同意，请王副州长审批' })).status,
    ).toBe(200);
    const [leaderTask] = await todo(leader);
    expect(leaderTask!.stepName).toBe('分管领导审批');
    expect((await leader.post(`/api/tasks/${leaderTask!.id}/complete`, { outcome: 'agree', opinion: '同意' })).status).toBe(200);
    const mine = (await clerk.get('/api/tasks?box=started')).body.items;
    expect(mine[0]).toMatchObject({ instanceId, state: 'completed' });
    const instance = await clerk.get(`/api/instances/${instanceId}`);
    const opinions = instance.body.history
      .filter((h: { kind: string }) => h.kind === 'task.completed')
      .map((h: { actor: { name: string }; opinion: string | null }) => [h.actor.name, h.opinion]);
    expect(opinions).toEqual([
      ['李明', null],
      ['王建国', '同意，请王副州长审批'],
      ['才让多杰', '同意'],
    ]);
    expect(instance.body.completedElementIds).toEqual(expect.arrayContaining(['apply', 'deptReview', 'leaderApprove', 'approved']));
    void org;
  });
});
