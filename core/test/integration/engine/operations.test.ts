import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bpmn, createTestApp, Desk, seedOrg, type OrgFixture, type TestApp } from '@kunlun/test-kit';

const { definitions, start, end, user, gateway, chain, countersign } = bpmn;
const ALL_OPS = 'kunlun:operations="complete,return,withdraw,transfer,delegate,addSigners,removeSigners,circulate,urge"';

describe('the OA operations on tasks and instances', () => {
  let app: TestApp;
  let org: OrgFixture;
  let desk: Desk;

  beforeAll(async () => {
    app = await createTestApp();
    org = await seedOrg(app.runtime);
    desk = new Desk(app);
    await app.deploy(
      definitions('test.approval', [
        start(),
        user('draft', '拟稿', 'initiator', 'kunlun:operations="complete,circulate"'),
        user('review', '审核', 'post("dept_head", initiator.unit)', ALL_OPS),
        user('approve', '审批', 'leaderInCharge(initiator.unit)', ALL_OPS),
        end(),
        ...chain('start', 'draft', 'review', 'approve', 'end'),
      ]),
    );
    await app.deploy(
      definitions('test.branches', [
        start(),
        user('draft', '拟稿', 'initiator'),
        gateway('parallel', 'split'),
        user('a1', '甲一', '"hb_head"', ALL_OPS),
        user('a2', '甲二', '"my_head"', ALL_OPS),
        user('b', '乙', '"hb_edu_head"', ALL_OPS),
        gateway('parallel', 'join'),
        user('final', '终审', '"hb_leader"', ALL_OPS),
        end(),
        ...chain('start', 'draft', 'split', 'a1', 'a2', 'join', 'final', 'end'),
        ...chain('split', 'b', 'join'),
      ]),
    );
    await app.deploy(
      definitions('test.countersignReturn', [
        start(),
        user('draft', '拟稿', 'initiator'),
        user('sign', '会签', '["hb_head", "hb_edu_head", "my_head"]', ALL_OPS, countersign()),
        user('final', '终审', '"hb_leader"'),
        end(),
        ...chain('start', 'draft', 'sign', 'final', 'end'),
      ]),
    );
  });
  afterAll(() => app.close());

  const submit = (who = 'hb_clerk', key = 'test.approval') => desk.start(who, key, { submit: true, title: '关于调整值班安排的请示' });

  describe('办理 complete', () => {
    it('two people completing the same task at once: exactly one succeeds, the other gets 409, one history entry', async () => {
      const id = await submit();
      const task = await desk.task('hb_head', id);
      const head = await desk.as('hb_head');
      const twin = await app.signedIn('hb_head');
      const [a, b] = await Promise.all([
        head.post(`/api/tasks/${task.id}/complete`, { opinion: '同意' }),
        twin.post(`/api/tasks/${task.id}/complete`, { opinion: '同意' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      expect([a, b].find((r) => r.status === 409)!.body.error.code).toBe('engine.task_not_open');
      const entries = await app.runtime.db('engine_history').where({ task_id: task.id, kind: 'task.completed' });
      expect(entries).toHaveLength(1);
      expect(await desk.standing(id)).toEqual(['approve:hb_leader']);
    });

    it('a stale screen (old version) cannot complete a task that changed; a stranger cannot complete it at all', async () => {
      const id = await submit();
      const task = await desk.task('hb_head', id);
      expect((await desk.act('hb_head', task.id, 'transfer', { userId: org.users.hb_edu_head, version: task.version })).status).toBe(200);
      const stale = await desk.act('hb_edu_head', task.id, 'complete', { version: task.version });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe('engine.task_changed');
      const stranger = await desk.act('ql_clerk', task.id, 'complete', {});
      expect(stranger.status).toBe(403);
      expect((await desk.act('hb_edu_head', task.id, 'complete', { version: task.version + 1 })).status).toBe(200);
    });

    it('a step without anyone to handle it refuses the move with the reason, and nothing is created', async () => {
      await app.deploy(
        definitions('test.nobody', [
          start(),
          user('draft', '拟稿', 'initiator'),
          user('x', '无人环节', 'post("dept_head", unit("630000-001"))'),
          end(),
          ...chain('start', 'draft', 'x', 'end'),
        ]),
      );
      const before = await app.runtime.db('engine_instances').count<{ n: number }[]>('* as n');
      const res = await (await desk.as('hb_clerk')).post('/api/processes/test.nobody/start', { submit: true });
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'engine.no_assignee', message: expect.stringContaining('「无人环节」找不到处理人') });
      expect(await app.runtime.db('engine_instances').count<{ n: number }[]>('* as n')).toEqual(before);
    });

    it('下一步处理人: the submitter chooses who handles the next step', async () => {
      await app.deploy(
        definitions('test.choice', [
          start(),
          user('draft', '拟稿', 'initiator'),
          user('next', '指定办理', 'chosen'),
          end(),
          ...chain('start', 'draft', 'next', 'end'),
        ]),
      );
      const id = await desk.start('hb_clerk', 'test.choice', { submit: true, nextAssignees: [org.users.ql_clerk] });
      expect(await desk.standing(id)).toEqual(['next:ql_clerk']);
    });
  });

  describe('退回 return', () => {
    it('lists the earlier steps, returns to the chosen one to whoever did it, and the flow goes on again from there', async () => {
      const id = await submit();
      await desk.complete('hb_head', id, { opinion: '同意' });
      const task = await desk.task('hb_leader', id);
      const detail = (await (await desk.as('hb_leader')).get(`/api/tasks/${task.id}`)).body;
      expect(detail.returnableSteps.map((s: { elementId: string }) => s.elementId)).toEqual(['review', 'draft']);
      const res = await desk.act('hb_leader', task.id, 'return', { targetElementId: 'draft', opinion: '请补充经费测算' });
      expect(res.status).toBe(200);
      expect(await desk.standing(id)).toEqual(['draft:hb_clerk']);
      const draft = await desk.task('hb_clerk', id);
      const draftDetail = (await (await desk.as('hb_clerk')).get(`/api/tasks/${draft.id}`)).body;
      expect(draftDetail.task.details.returned).toMatchObject({ byName: '才让多杰', opinion: '请补充经费测算' });
      await desk.complete('hb_clerk', id);
      expect(await desk.standing(id)).toEqual(['review:hb_head']);
      const done = await (await desk.as('hb_leader')).get('/api/tasks?box=done');
      expect(done.body.items.find((i: { instanceId: string }) => i.instanceId === id)).toMatchObject({ outcome: 'return' });
    });

    it('with "come straight back", the reworked step returns to the returner, skipping the steps between', async () => {
      const id = await submit();
      await desk.complete('hb_head', id);
      const task = await desk.task('hb_leader', id);
      await desk.act('hb_leader', task.id, 'return', { targetElementId: 'draft', comeBack: true });
      await desk.complete('hb_clerk', id);
      expect(await desk.standing(id)).toEqual(['approve:hb_leader']);
    });

    it('returning across a parallel split withdraws the sibling branch and the token waiting at the join', async () => {
      const id = await submit('hb_clerk', 'test.branches');
      expect(await desk.standing(id)).toEqual(['a1:hb_head', 'b:hb_edu_head']);
      await desk.complete('hb_edu_head', id);
      await desk.complete('hb_head', id);
      const task = await desk.task('my_head', id);
      expect((await desk.act('my_head', task.id, 'return', { targetElementId: 'draft', opinion: '重新拟稿' })).status).toBe(200);
      expect(await desk.standing(id)).toEqual(['draft:hb_clerk']);
      const tokens = (await app.runtime.db('engine_instances').where({ id }).first('tokens')).tokens;
      expect(tokens.map((t: { el: string }) => t.el)).toEqual(['draft']);
      await desk.complete('hb_clerk', id);
      expect(await desk.standing(id)).toEqual(['a1:hb_head', 'b:hb_edu_head']);
    });

    it('returning within one branch leaves the other branch running', async () => {
      const id = await submit('hb_clerk', 'test.branches');
      await desk.complete('hb_head', id);
      const task = await desk.task('my_head', id);
      const steps = (await (await desk.as('my_head')).get(`/api/tasks/${task.id}`)).body.returnableSteps.map((s: { elementId: string }) => s.elementId);
      expect(steps).toEqual(['a1', 'draft']);
      await desk.act('my_head', task.id, 'return', { targetElementId: 'a1' });
      expect(await desk.standing(id)).toEqual(['a1:hb_head', 'b:hb_edu_head']);
      const refused = await desk.act('hb_edu_head', (await desk.task('hb_edu_head', id)).id, 'return', { targetElementId: 'a1' });
      expect(refused.status).toBe(422);
    });

    it('returning out of a countersign withdraws every member’s task', async () => {
      const id = await submit('hb_clerk', 'test.countersignReturn');
      await desk.complete('hb_head', id);
      const task = await desk.task('hb_edu_head', id);
      await desk.act('hb_edu_head', task.id, 'return', { targetElementId: 'draft', opinion: '格式不对' });
      expect(await desk.standing(id)).toEqual(['draft:hb_clerk']);
    });
  });

  describe('撤回 withdraw', () => {
    it('the submitter takes the move back while the next step is untouched; once acted on, it is refused with the reason', async () => {
      const id = await submit();
      expect(await desk.standing(id)).toEqual(['review:hb_head']);
      const clerk = await desk.as('hb_clerk');
      expect((await clerk.get(`/api/instances/${id}`)).body.viewer.canWithdraw).toBe(true);
      expect((await clerk.post(`/api/instances/${id}/withdraw`)).status).toBe(200);
      expect(await desk.standing(id)).toEqual(['draft:hb_clerk']);
      await desk.complete('hb_clerk', id);
      await desk.complete('hb_head', id);
      const late = await clerk.post(`/api/instances/${id}/withdraw`);
      expect(late.status).toBe(409);
      expect(late.body.error).toMatchObject({ code: 'engine.withdraw_too_late', message: '下一步已有人办理，不能撤回' });
      expect(await desk.standing(id)).toEqual(['approve:hb_leader']);
      expect((await (await desk.as('hb_head')).post(`/api/instances/${id}/withdraw`)).status).toBe(200);
      expect(await desk.standing(id)).toEqual(['review:hb_head']);
    });
  });

  describe('转办, 委派, 认领', () => {
    it('委派: the delegate answers, and the task comes back to the delegator with the answer', async () => {
      const id = await submit();
      const task = await desk.task('hb_head', id);
      expect((await desk.act('hb_head', task.id, 'delegate', { userId: org.users.hb_edu_head, opinion: '请帮助核实' })).status).toBe(200);
      expect(await desk.standing(id)).toEqual(['review:hb_edu_head']);
      await desk.complete('hb_edu_head', id, { opinion: '已核实，数据无误' });
      expect(await desk.standing(id)).toEqual(['review:hb_head']);
      const detail = (await (await desk.as('hb_head')).get(`/api/tasks/${task.id}`)).body;
      expect(detail.task.details.delegateOpinion).toBe('已核实，数据无误');
      await desk.complete('hb_head', id);
      expect(await desk.standing(id)).toEqual(['approve:hb_leader']);
    });

    it('a task offered to several people is claimed by one and leaves the others’ boxes', async () => {
      await app.deploy(definitions('test.claim', [start(), user('pick', '任一人办理', '["hb_head", "hb_edu_head"]'), end(), ...chain('start', 'pick', 'end')]));
      const id = await desk.start('hb_clerk', 'test.claim');
      const offered = await desk.task('hb_head', id);
      expect((await desk.todo('hb_edu_head', id)).length).toBe(1);
      expect((await desk.act('hb_edu_head', offered.id, 'claim', {})).status).toBe(200);
      expect(await desk.todo('hb_head', id)).toEqual([]);
      expect(await desk.standing(id)).toEqual(['pick:hb_edu_head']);
    });
  });

  describe('加签 / 减签', () => {
    it('before: the holder waits for the added signer; after: the added signer signs before the process moves on', async () => {
      const id = await submit();
      const task = await desk.task('hb_head', id);
      expect((await desk.act('hb_head', task.id, 'add-signers', { userIds: [org.users.hb_edu_head], mode: 'before' })).status).toBe(200);
      expect(await desk.standing(id)).toEqual(['review:hb_edu_head', 'review:hb_head(blocked)']);
      expect((await desk.act('hb_head', task.id, 'complete', {})).status).toBe(409);
      await desk.complete('hb_edu_head', id, { opinion: '同意' });
      expect(await desk.standing(id)).toEqual(['review:hb_head']);
      expect((await desk.act('hb_head', task.id, 'add-signers', { userIds: [org.users.my_head], mode: 'after' })).status).toBe(200);
      await desk.complete('hb_head', id);
      expect(await desk.standing(id)).toEqual(['review:my_head']);
      await desk.complete('my_head', id);
      expect(await desk.standing(id)).toEqual(['approve:hb_leader']);
    });

    it('parallel: the added person handles the step alongside; 减签 removes someone who has not acted', async () => {
      const id = await submit();
      const task = await desk.task('hb_head', id);
      await desk.act('hb_head', task.id, 'add-signers', { userIds: [org.users.hb_edu_head, org.users.my_head], mode: 'parallel' });
      expect(await desk.standing(id)).toEqual(['review:hb_edu_head', 'review:hb_head', 'review:my_head']);
      const mine = (await desk.task('my_head', id)).id;
      expect((await desk.act('hb_head', task.id, 'remove-signers', { taskIds: [mine] })).status).toBe(200);
      expect(await desk.standing(id)).toEqual(['review:hb_edu_head', 'review:hb_head']);
      await desk.complete('hb_head', id);
      expect(await desk.standing(id)).toEqual(['review:hb_edu_head']);
      await desk.complete('hb_edu_head', id);
      expect(await desk.standing(id)).toEqual(['approve:hb_leader']);
    });
  });

  describe('传阅, 催办', () => {
    it('circulated people find it in 待阅, read it, and their read record is in the history', async () => {
      const id = await submit();
      const task = await desk.task('hb_head', id);
      const res = await desk.act('hb_head', task.id, 'circulate', { userIds: [org.users.ql_clerk, org.users.my_clerk], note: '请阅知' });
      expect(res.body).toEqual({ circulated: 2 });
      const reader = await desk.as('ql_clerk');
      const unread = (await reader.get('/api/tasks?box=cc')).body.items;
      expect(unread).toEqual([expect.objectContaining({ instanceId: id, kind: 'circulation', readAt: null, fromName: '王建国' })]);
      expect((await reader.get(`/api/instances/${id}`)).status).toBe(200);
      expect((await reader.post(`/api/circulations/${unread[0].id}/read`)).status).toBe(200);
      expect((await reader.get('/api/tasks?box=cc')).body.items).toEqual([]);
      expect((await reader.get('/api/tasks?box=cc&read=true')).body.items[0].readAt).not.toBeNull();
      const history = (await desk.instance('hb_clerk', id)).history.map(
        (h: { kind: string; actor: { name: string } | null }) => `${h.kind}:${h.actor?.name ?? ''}`,
      );
      expect(history).toEqual(expect.arrayContaining(['instance.circulated:王建国', 'circulation.read:卓玛']));
    });

    it('the initiator urges the holder, who is notified; a stranger may not urge', async () => {
      const id = await submit();
      const clerk = await desk.as('hb_clerk');
      expect((await clerk.post(`/api/instances/${id}/urge`, { note: '请尽快审核' })).body).toEqual({ urged: 1 });
      const notes = (await (await desk.as('hb_head')).get('/api/notifications?unread=true')).body.items;
      expect(notes.some((n: { kind: string; body: string }) => n.kind === 'task.urged' && n.body === '请尽快审核')).toBe(true);
      expect((await (await desk.as('ql_clerk')).post(`/api/instances/${id}/urge`, {})).status).toBe(404);
    });
  });

  describe('委托 proxy, suspend / resume / terminate, visibility', () => {
    it('while an out-of-office proxy is active, new tasks go to the proxy, recorded on behalf of the holder', async () => {
      const head = await desk.as('hb_head');
      const proxy = await head.post('/api/me/proxies', {
        proxyId: org.users.hb_edu_head,
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        endsAt: new Date(Date.now() + 3600_000).toISOString(),
        reason: '出差',
      });
      expect(proxy.status).toBe(201);
      const id = await submit();
      expect(await desk.standing(id)).toEqual(['review:hb_edu_head']);
      await desk.complete('hb_edu_head', id, { opinion: '代为审核同意' });
      const entry = (await desk.instance('hb_clerk', id)).history.find(
        (h: { kind: string; elementId: string }) => h.kind === 'task.completed' && h.elementId === 'review',
      );
      expect(entry).toMatchObject({ actor: { name: '马秀兰' }, onBehalfOf: { name: '王建国' } });
      expect((await head.delete(`/api/me/proxies/${proxy.body.id}`)).status).toBe(204);
      const later = await submit();
      expect(await desk.standing(later)).toEqual(['review:hb_head']);
    });

    it('a manager suspends (tasks cannot be completed) and resumes; the initiator terminates (撤销) their own', async () => {
      const sec = await app.signedIn('secadmin');
      const role = await sec.post('/api/security/roles', {
        code: 'process_manager',
        name: '流程管理员',
        dataScope: 'unit_subtree',
        permissions: ['engine.instance.manage', 'engine.instance.readAll'],
      });
      const staff = (await sec.get('/api/security/roles')).body.find((r: { code: string }) => r.code === 'staff');
      await sec.put(`/api/security/users/${org.users.hb_leader}/roles`, {
        grants: [{ roleId: staff.id }, { roleId: role.body.id, anchorUnitId: org.units['632200'] }],
      });
      const manager = await app.signedIn('hb_leader');
      const id = await submit();
      expect((await manager.post(`/api/instances/${id}/suspend`, { reason: '暂缓' })).status).toBe(200);
      const task = await desk.task('hb_head', id);
      expect((await desk.act('hb_head', task.id, 'complete', {})).body.error.code).toBe('engine.instance_suspended');
      expect((await manager.post(`/api/instances/${id}/resume`, {})).status).toBe(200);
      expect((await desk.act('hb_head', task.id, 'complete', {})).status).toBe(200);
      expect((await (await desk.as('hb_head')).post(`/api/instances/${id}/suspend`, {})).status).toBe(403);
      expect((await (await desk.as('hb_clerk')).post(`/api/instances/${id}/terminate`, { reason: '不再需要' })).status).toBe(200);
      expect(await desk.state(id)).toBe('terminated');
      expect(await desk.standing(id)).toEqual([]);
    });

    it('someone with no part in an instance gets 404 for it and its tasks', async () => {
      const id = await submit();
      const task = await desk.task('hb_head', id);
      const outsider = await desk.as('ql_clerk');
      expect((await outsider.get(`/api/instances/${id}`)).status).toBe(404);
      expect((await outsider.get(`/api/tasks/${task.id}`)).status).toBe(404);
    });
  });

  describe('the boxes', () => {
    it('待办 sorts by due date or urgency and filters by keyword; 已办 lists what one did; counts feed the badges', async () => {
      const clerk = await desk.as('hb_clerk');
      await clerk.post('/api/processes/test.approval/start', { submit: true, title: '特急：森林防火检查', urgency: 'very_urgent' });
      const head = await desk.as('hb_head');
      const byUrgency = (await head.get('/api/tasks?box=todo&sort=urgency')).body;
      expect(byUrgency.items[0]).toMatchObject({ title: '特急：森林防火检查', urgency: 'very_urgent' });
      const found = (await head.get(`/api/tasks?box=todo&keyword=${encodeURIComponent('森林防火')}`)).body;
      expect(found.items.map((i: { title: string }) => i.title)).toEqual(['特急：森林防火检查']);
      const counts = (await head.get('/api/tasks/counts')).body;
      expect(counts.todo).toBe(byUrgency.total);
      const done = (await head.get('/api/tasks?box=done')).body;
      expect(done.items.every((i: { state: string }) => i.state === 'completed')).toBe(true);
      expect(done.total).toBeGreaterThan(0);
    });
  });
});
