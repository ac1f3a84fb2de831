import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedOrg, type ApiClient, type TestApp } from '@kunlun/test-kit';

/** 签报转发文: an approved 签报 drafted into an outgoing document through documents.drafting. */
describe('据此拟文: an outgoing document drafted from an approved 签报', () => {
  let app: TestApp;
  let clerk: ApiClient;
  let head: ApiClient;
  let leader: ApiClient;
  let stranger: ApiClient;

  beforeAll(async () => {
    app = await createTestApp({ modules: ['documents', 'general'] });
    await seedOrg(app.runtime);
    [clerk, head, leader, stranger] = await Promise.all([
      app.signedIn('hb_clerk'),
      app.signedIn('hb_head'),
      app.signedIn('hb_leader'),
      app.signedIn('hb_edu_head'),
    ]);
  });
  afterAll(() => app.close());

  const todo = async (client: ApiClient) => (await client.get('/api/tasks?box=todo')).body.items as { id: string; title: string; processKey?: string }[];

  async function submitted(title: string): Promise<string> {
    const started = await clerk.post('/api/processes/general.approval/start', {
      variables: { title, content: '办公室档案柜已满。\n拟购置 4 组，经费从办公经费列支。', urgency: 'normal' },
      submit: true,
    });
    expect(started.status).toBe(201);
    return started.body.instanceId as string;
  }

  async function approved(title: string): Promise<string> {
    const instanceId = await submitted(title);
    for (const reviewer of [head, leader]) {
      const task = (await todo(reviewer)).find((t) => t.title === title)!;
      expect((await reviewer.post(`/api/tasks/${task.id}/complete`, { outcome: 'agree', opinion: '同意' })).status).toBe(200);
    }
    return instanceId;
  }

  it('the initiator drafts once: the draft carries the title, body and the link back; a second request is refused', async () => {
    // given an approved 签报
    const instanceId = await approved('关于购置档案柜的请示');
    expect((await clerk.get(`/api/general/approvals/${instanceId}/outgoing-draft`)).body).toEqual({ approved: true, document: null, mayDraft: true });

    // when its initiator asks for a draft
    const drafted = await clerk.post(`/api/general/approvals/${instanceId}/outgoing-draft`, {});

    // then a documents draft exists with the 签报's title and body, at the drafter's 拟稿 step
    expect(drafted.status).toBe(201);
    const document = await clerk.get(`/api/documents/${drafted.body.id}`);
    expect(document.status).toBe(200);
    expect(document.body).toMatchObject({ title: '关于购置档案柜的请示', state: 'drafting' });
    expect(JSON.stringify(document.body)).toContain('<p>拟购置 4 组，经费从办公经费列支。</p>');
    expect((await todo(clerk)).map((t) => t.title)).toContain('关于购置档案柜的请示');
    // and the 签报 links to it
    expect((await clerk.get(`/api/general/approvals/${instanceId}/outgoing-draft`)).body).toEqual({
      approved: true,
      document: { id: drafted.body.id, title: '关于购置档案柜的请示', state: 'drafting' },
      mayDraft: false,
    });

    // when asked again, it answers 409 and no second document appears
    const again = await clerk.post(`/api/general/approvals/${instanceId}/outgoing-draft`, {});
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'documents.source_drafted', details: { documentId: drafted.body.id } });
  });

  it('someone who took no part in the 签报 is answered 404, as if it did not exist', async () => {
    const instanceId = await approved('关于更换会议室投影仪的请示');
    const res = await stranger.post(`/api/general/approvals/${instanceId}/outgoing-draft`, {});
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('general.approval_not_found');
    expect((await stranger.get(`/api/general/approvals/${instanceId}/outgoing-draft`)).status).toBe(404);
  });

  it('a 签报 still under review is answered 409', async () => {
    const instanceId = await submitted('关于申请加班餐补的请示');
    const res = await clerk.post(`/api/general/approvals/${instanceId}/outgoing-draft`, {});
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('general.not_approved');
    expect((await clerk.get(`/api/general/approvals/${instanceId}/outgoing-draft`)).body).toMatchObject({ approved: false, mayDraft: false });
  });

  it('a 签报 the leader did not agree to is answered 409', async () => {
    const title = '关于外出考察的请示';
    const instanceId = await submitted(title);
    const headTask = (await todo(head)).find((t) => t.title === title)!;
    expect((await head.post(`/api/tasks/${headTask.id}/complete`, { outcome: 'disagree', opinion: '暂缓' })).status).toBe(200);
    expect((await clerk.get(`/api/instances/${instanceId}`)).body.state).toBe('completed');
    const res = await clerk.post(`/api/general/approvals/${instanceId}/outgoing-draft`, {});
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('general.not_approved');
  });
});
