import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bpmn, createTestApp, Desk, seedOrg, type OrgFixture, type TestApp } from '@kunlun/test-kit';

const { definitions, start, end, user, chain } = bpmn;
const ALL_OPS = 'kunlun:operations="complete,return,transfer,delegate,addSigners,removeSigners,circulate"';

/** What people see of the engine's work: badge counts that agree with 待办, histories that name people, instances with their forms. */
describe('the boxes and pages of processes', () => {
  let app: TestApp;
  let org: OrgFixture;
  let desk: Desk;

  beforeAll(async () => {
    app = await createTestApp({ modules: ['general'] });
    org = await seedOrg(app.runtime);
    desk = new Desk(app);
    await app.deploy(
      definitions('test.pool', [
        start(),
        user('draft', '拟稿', 'initiator'),
        user('pick', '认领办理', '["hb_head", "hb_edu_head"]', ALL_OPS),
        end(),
        ...chain('start', 'draft', 'pick', 'end'),
      ]),
    );
  });
  afterAll(() => app.close());

  const counts = async (username: string) => (await (await desk.as(username)).get('/api/tasks/counts')).body;
  const todoTotal = async (username: string) => (await (await desk.as(username)).get('/api/tasks?box=todo')).body.total;

  it('the 待办 badge counts tasks waiting to be claimed, as the 待办 list shows them, until someone claims them', async () => {
    // Given a task offered to two people
    const before = await counts('hb_head');
    const id = await desk.start('hb_clerk', 'test.pool', { submit: true, title: '关于调整办公用房的请示' });
    // Then both see it in their badge and their list, and the two agree
    expect((await counts('hb_head')).todo).toBe(before.todo + 1);
    expect((await counts('hb_head')).todo).toBe(await todoTotal('hb_head'));
    expect((await counts('hb_edu_head')).todo).toBe(await todoTotal('hb_edu_head'));
    // When one of them claims it
    const task = await desk.task('hb_edu_head', id);
    expect((await desk.act('hb_edu_head', task.id, 'claim', { version: task.version })).status).toBe(200);
    // Then it leaves the other's badge and list
    expect((await counts('hb_head')).todo).toBe(before.todo);
    expect(await todoTotal('hb_head')).toBe(before.todo);
    expect((await counts('hb_edu_head')).todo).toBe(await todoTotal('hb_edu_head'));
  });

  it('the history names, with their units, the people its entries hold by id', async () => {
    // Given a 签报 transferred by the head and signed before by a county head
    const id = await desk.start('hb_clerk', 'general.approval', {
      variables: { title: '关于购置档案柜的请示', content: '拟购置 4 组', urgency: 'normal' },
      submit: true,
    });
    const task = await desk.task('hb_head', id);
    expect((await desk.act('hb_head', task.id, 'add-signers', { userIds: [org.users.my_head], mode: 'parallel' })).status).toBe(200);
    const again = await desk.task('hb_head', id);
    expect((await desk.act('hb_head', again.id, 'transfer', { userId: org.users.hb_edu_head, version: again.version })).status).toBe(200);
    // When the clerk reads the history
    const history = (await desk.instance('hb_clerk', id)).history as {
      kind: string;
      details: Record<string, unknown>;
      people: Record<string, { name: string; unit: string | null }>;
    }[];
    // Then each entry names its people itself
    expect(history.find((h) => h.kind === 'task.signersAdded')!.people).toEqual({ [org.users.my_head!]: { name: '祁玉梅', unit: '门源县政府办公室' } });
    expect(history.find((h) => h.kind === 'task.transferred')!.people).toEqual({ [org.users.hb_edu_head!]: { name: '马秀兰', unit: '海北州教育局' } });
    const created = history.filter((h) => h.kind === 'task.created').map((h) => Object.values(h.people).map((p) => p.name));
    expect(created).toEqual(expect.arrayContaining([['李明'], ['王建国'], ['祁玉梅']]));
  });

  it('an instance carries its form with its values, read-only, so its page needs nothing else', async () => {
    const id = await desk.start('hb_clerk', 'general.approval', {
      variables: { title: '关于召开安全生产会议的请示', content: '定于下周一召开', urgency: 'urgent' },
      submit: true,
    });
    const instance = await desk.instance('hb_head', id);
    expect(instance.form).toEqual({
      id: 'general.approval',
      schema: expect.objectContaining({ id: 'general.approval', fields: expect.any(Array) }),
      values: { title: '关于召开安全生产会议的请示', content: '定于下周一召开', urgency: 'urgent' },
      access: { title: 'readonly', content: 'readonly', urgency: 'readonly', attachments: 'readonly' },
    });
    expect(instance.ending).toBeNull();
  });
});
