import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bpmn, createTestApp, Desk, seedOrg, waitFor, type OrgFixture, type TestApp } from '@kunlun/test-kit';

const { definitions, start, user, gateway, chain, flow } = bpmn;
const fixtures = path.resolve(import.meta.dirname, '../../../../tests/fixtures/modules-engine');

/**
 * What core offers a module that keeps its form in records of its own (tests/fixtures/.../ledger):
 * the form shown from the record and submitted into it per step, retitling, who led to a service
 * task, notifications and jobs that leave only when the transaction commits, and reads of where
 * its instances stand.
 */
const LEDGER = definitions(
  'ledger.entry',
  [
    start(),
    user('draft', '填写登记单', 'initiator', 'kunlun:formKey="ledger.entry" kunlun:operations="complete,circulate"'),
    user('review', '审核', 'post("dept_head", initiator.unit)', 'kunlun:formKey="ledger.entry" kunlun:operations="complete,return,transfer,circulate"'),
    gateway('exclusive', 'decision', 'default="decision_stamp"'),
    '<bpmn:serviceTask id="stamp" name="盖章" kunlun:handler="ledger.stamp" />',
    '<bpmn:endEvent id="approved" name="审批通过" />',
    '<bpmn:endEvent id="rejected" name="未予同意" />',
    ...chain('start', 'draft', 'review', 'decision'),
    flow('decision', 'stamp'),
    flow('stamp', 'approved'),
    flow('decision', 'rejected', 'outcome = "disagree"'),
  ],
  { name: '登记' },
);

describe('a module that keeps its form in its own records', () => {
  let app: TestApp;
  let org: OrgFixture;
  let desk: Desk;

  beforeAll(async () => {
    app = await createTestApp({ modulesDir: fixtures, modules: ['ledger'], workers: true });
    org = await seedOrg(app.runtime);
    desk = new Desk(app);
    await app.deploy(LEDGER);
  });
  afterAll(() => app.close());

  async function newEntry(title: string, amount = 1200): Promise<{ id: string; instanceId: string; taskId: string }> {
    const res = await (await desk.as('hb_clerk')).post('/api/ledger/entries', { title, amount });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }
  const entry = (id: string) => app.runtime.db('ledger_entries').where({ id }).first();

  it('shows the record in the form, takes each step’s fields into the record (not the variables) and retitles the work', async () => {
    // Given an entry drafted by the clerk
    const e = await newEntry('购置档案柜');
    const clerk = await desk.as('hb_clerk');
    const draft = (await clerk.get(`/api/tasks/${e.taskId}`)).body;
    expect(draft.values).toEqual({ title: '购置档案柜', amount: 1200, units: [], note: null });
    // When the clerk completes the draft with the record's fields, two units among them
    const units = [org.units['632200-003']!, org.units['632221-001']!];
    const done = await desk.act('hb_clerk', e.taskId, 'complete', { variables: { title: '购置档案柜（修订）', amount: 1500, units, note: '请审核' } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    // Then the record holds them, the instance's variables only what the module hands the process
    expect(await entry(e.id)).toMatchObject({ title: '购置档案柜（修订）', amount: 1500, unit_ids: units, note: '请审核' });
    const variables = (await app.runtime.db('engine_instances').where({ id: e.instanceId }).first('variables')).variables;
    expect(variables).toMatchObject({ entryId: e.id, amount: 1500 });
    expect(variables).not.toHaveProperty('note');
    expect(variables).not.toHaveProperty('units');
    // And the head's 待办 shows the new title; the instance page shows the record, read-only
    const review = await desk.task('hb_head', e.instanceId);
    expect(review.title).toBe('购置档案柜（修订）');
    const instance = await desk.instance('hb_head', e.instanceId);
    expect(instance.title).toBe('购置档案柜（修订）');
    expect(instance.form).toMatchObject({
      id: 'ledger.entry',
      values: { title: '购置档案柜（修订）', amount: 1500, units, note: '请审核' },
      access: { title: 'readonly', units: 'readonly' },
    });
    expect(instance.history.find((h: { kind: string }) => h.kind === 'instance.retitled')).toMatchObject({
      actor: { name: '李明' },
      details: { from: '购置档案柜', to: '购置档案柜（修订）' },
    });
  });

  it('refuses, with nothing changed, a field not editable at the step, a bad list of units, and what the module itself refuses', async () => {
    const e = await newEntry('修缮会议室');
    await desk.act('hb_clerk', e.taskId, 'complete', { variables: { title: '修缮会议室', units: [org.units['632200-003']] } });
    const review = await desk.task('hb_head', e.instanceId);
    // When the reviewer changes the title (editable only at 填写登记单)
    const notHere = await desk.act('hb_head', review.id, 'complete', { variables: { title: '改个标题' } });
    expect(notHere.status).toBe(400);
    expect(notHere.body.error.details.issues[0]).toMatchObject({ path: 'variables.title', message: '“标题”在此环节不可修改' });
    // And when the module refuses the note, the move rolls back with it
    const refused = await desk.act('hb_head', review.id, 'complete', { variables: { note: '作废' } });
    expect(refused.status).toBe(422);
    expect(await desk.standing(e.instanceId)).toEqual(['review:hb_head']);
    expect(await entry(e.id)).toMatchObject({ title: '修缮会议室', note: null });
    // A units field takes units only, and at most its maximum
    const e2 = await newEntry('购置电脑');
    const notUnits = await desk.act('hb_clerk', e2.taskId, 'complete', { variables: { units: ['海北州教育局'] } });
    expect(notUnits.body.error.details.issues[0]).toMatchObject({ path: 'variables.units', message: '“经办单位”应为机构列表' });
    const tooMany = await desk.act('hb_clerk', e2.taskId, 'complete', { variables: { units: Object.values(org.units).slice(0, 4) } });
    expect(tooMany.body.error.details.issues[0]).toMatchObject({ message: '“经办单位”最多 3 个' });
  });

  it('tells the stamp step who led to it, rings the drafter’s bell, posts the entry after commit and says how the process ended', async () => {
    // Given the clerk's desktop listening, and an entry reviewed by the head
    const rung: string[] = [];
    const detach = app.runtime.live!.attach(org.users.hb_clerk!, (event) => void rung.push(String(event.kind)));
    const e = await newEntry('购置打印机');
    await desk.act('hb_clerk', e.taskId, 'complete', {});
    await desk.complete('hb_head', e.instanceId, { opinion: '同意' });
    // Then the clerk's bell rang live once the move had committed
    await waitFor(() => rung.includes('ledger.stamped'), { what: 'the live ring of the bell' });
    detach();
    // Then the stamp step knew the head led to it
    expect((await entry(e.id)).stamped_by).toBe(org.users.hb_head);
    // And the clerk's bell has the module's notification, leading to the entry
    const bell = (await (await desk.as('hb_clerk')).get('/api/notifications')).body.items;
    expect(bell).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'ledger.stamped', title: '已盖章：购置打印机', link: `/ledger/${e.id}` })]));
    // And the posting job ran once the move had committed
    const posting = await waitFor(() => app.runtime.db('ledger_postings').where({ entry_id: e.id }).first(), { what: 'the posting job' });
    expect(posting.job_id).toBe(`post-${e.id}`);
    // And the instance ended at 审批通过: on the instance, in 我发起的 and in the head's 已办
    const instance = await desk.instance('hb_clerk', e.instanceId);
    expect(instance).toMatchObject({ state: 'completed', ending: { elementId: 'approved', name: '审批通过' } });
    expect(instance.history.at(-1)).toMatchObject({ kind: 'instance.completed', details: { endEventId: 'approved', endEventName: '审批通过' } });
    const started = (await (await desk.as('hb_clerk')).get('/api/tasks?box=started&pageSize=100')).body.items.find(
      (i: { instanceId: string }) => i.instanceId === e.instanceId,
    );
    expect(started).toMatchObject({ state: 'completed', instanceState: 'completed', businessKey: e.id, ending: { elementId: 'approved', name: '审批通过' } });
    const handled = (await (await desk.as('hb_head')).get('/api/tasks?box=done&pageSize=100')).body.items.find(
      (i: { instanceId: string }) => i.instanceId === e.instanceId,
    );
    expect(handled).toMatchObject({ instanceState: 'completed', ending: { name: '审批通过' } });
  });

  it('a process turned down ends at 未予同意, and the initiator is told so', async () => {
    const e = await newEntry('出国考察');
    await desk.act('hb_clerk', e.taskId, 'complete', {});
    await desk.complete('hb_head', e.instanceId, { outcome: 'disagree', opinion: '暂缓' });
    expect((await desk.instance('hb_clerk', e.instanceId)).ending).toEqual({ elementId: 'rejected', name: '未予同意' });
    const bell = (await (await desk.as('hb_clerk')).get('/api/notifications')).body.items;
    expect(bell.map((n: { title: string }) => n.title)).toContain('已办结（未予同意）：出国考察');
    expect((await entry(e.id)).stamped_by).toBeNull();
  });

  it('sends nothing for a rolled-back transaction; what a dying process left behind, the sweeper sends', async () => {
    const e = await newEntry('年终盘点');
    const clerk = await desk.as('hb_clerk');
    // When the module notifies and queues a posting, then its transaction fails
    expect((await clerk.post(`/api/ledger/entries/${e.id}/remind`, { fail: true })).status).toBe(409);
    // Then there is no notification and nothing in the outbox
    expect(await app.runtime.db('core_notifications').where({ kind: 'ledger.reminded' }).first()).toBeUndefined();
    expect(
      await app.runtime
        .db('engine_outbox')
        .whereRaw("payload->>'jobId' = ?", [`remind-${e.id}`])
        .first(),
    ).toBeUndefined();
    // When the transaction commits but the process "dies" before sending what it queued
    const outbox = app.runtime.engine.outbox;
    const send = outbox.send;
    outbox.send = () => undefined;
    try {
      expect((await clerk.post(`/api/ledger/entries/${e.id}/remind`, { fail: false })).status).toBe(200);
    } finally {
      outbox.send = send;
    }
    expect(await app.runtime.db('core_notifications').where({ kind: 'ledger.reminded' }).first()).toMatchObject({ title: '请过账' });
    const left = await app.runtime
      .db('engine_outbox')
      .whereRaw("payload->>'jobId' = ?", [`remind-${e.id}`])
      .first();
    expect(left.dispatched_at).toBeNull();
    // Then the sweeper sends it, and the job runs
    outbox.kick(0);
    const posting = await waitFor(
      () =>
        app.runtime
          .db('ledger_postings')
          .where({ job_id: `remind-${e.id}` })
          .first(),
      { what: 'the swept job' },
    );
    expect(posting.entry_id).toBe(e.id);
  });

  it('retitles outside a move: 待办 and the history follow', async () => {
    const e = await newEntry('采购办公用品');
    await desk.act('hb_clerk', e.taskId, 'complete', {});
    const res = await (await desk.as('hb_clerk')).patch(`/api/ledger/entries/${e.id}`, { title: '采购办公用品（第二批）' });
    expect(res.body).toEqual({ retitled: true });
    expect((await desk.task('hb_head', e.instanceId)).title).toBe('采购办公用品（第二批）');
    const done = (await (await desk.as('hb_clerk')).get('/api/tasks?box=done&pageSize=100')).body.items.find(
      (i: { instanceId: string }) => i.instanceId === e.instanceId,
    );
    expect(done.title).toBe('采购办公用品（第二批）');
  });

  it('reads where an instance stands, who took part and what each did, without the engine’s tables', async () => {
    const e = await newEntry('维修公务用车');
    await desk.act('hb_clerk', e.taskId, 'complete', { opinion: '请审核' });
    const review = await desk.task('hb_head', e.instanceId);
    expect((await desk.act('hb_head', review.id, 'circulate', { userIds: [org.users.hb_leader!] })).status).toBe(200);
    const standing = (await (await desk.as('hb_head')).get(`/api/ledger/entries/${e.id}/standing`)).body;
    expect(standing.openTasks).toEqual([
      expect.objectContaining({
        elementId: 'review',
        name: '审核',
        state: 'open',
        assignee: { id: org.users.hb_head, name: '王建国' },
        candidates: [],
        version: review.version,
      }),
    ]);
    expect(standing.participant).toBe(true);
    expect(
      standing.records.map((r: { elementId: string; user: { name: string }; state: string; opinion: string | null }) => [
        r.elementId,
        r.user.name,
        r.state,
        r.opinion,
      ]),
    ).toEqual([
      ['draft', '李明', 'completed', '请审核'],
      ['review', '王建国', 'open', null],
    ]);
    expect(standing.circulations).toEqual([
      expect.objectContaining({ reader: { id: org.users.hb_leader, name: '才让多杰' }, from: { id: org.users.hb_head, name: '王建国' }, readAt: null }),
    ]);
    expect((await (await desk.as('hb_leader')).get(`/api/ledger/entries/${e.id}/standing`)).body.participant).toBe(true);
    expect((await (await desk.as('ql_clerk')).get(`/api/ledger/entries/${e.id}/standing`)).body.participant).toBe(false);
  });
});
