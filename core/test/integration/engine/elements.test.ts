import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bpmn, createTestApp, Desk, seedOrg, waitFor, type TestApp } from '@kunlun/test-kit';
import { BpmnError } from '../../../src/index.ts';

const { definitions, start, end, user, gateway, flow, chain, timer, cycle, messageRef, message, errorDef, countersign } = bpmn;

describe('the engine runs every supported BPMN element', () => {
  let app: TestApp;
  let desk: Desk;

  beforeAll(async () => {
    app = await createTestApp({ workers: true });
    await seedOrg(app.runtime);
    desk = new Desk(app);
    app.runtime.serviceTasks.register('core', 'test.assignNumber', async ({ trx, variables }) => {
      const [row] = await trx('engine_instances').count<{ n: number }[]>('* as n');
      return { number: `北政办〔2026〕${Number(row!.n)}号`, numberedFor: variables.title ?? null };
    });
    app.runtime.serviceTasks.register('core', 'test.rejectIfLarge', async ({ variables }) => {
      if (Number(variables.amount) > 100) throw new BpmnError('TOO_LARGE', 'amount above limit');
      return { checked: true };
    });
  });
  afterAll(() => app.close());

  it('exclusive gateway: the first true condition wins, the default otherwise; a sync service task and a FEEL script run in the move', async () => {
    await app.deploy(
      definitions('test.exclusive', [
        start(),
        user('draft', '拟稿', 'initiator'),
        `<bpmn:scriptTask id="score" scriptFormat="feel" kunlun:resultVariable="level"><bpmn:script>if amount &gt; 50 then "high" else "low"</bpmn:script></bpmn:scriptTask>`,
        gateway('exclusive', 'route', 'default="route_low"'),
        user('high', '分管领导审批', 'leaderInCharge(initiator.unit)'),
        `<bpmn:serviceTask id="low" kunlun:handler="test.assignNumber" />`,
        end('done'),
        ...chain('start', 'draft', 'score', 'route'),
        flow('route', 'high', 'level = "high"'),
        flow('route', 'low', undefined, 'route_low'),
        flow('high', 'done'),
        flow('low', 'done'),
      ]),
    );
    const small = await desk.start('hb_clerk', 'test.exclusive', { variables: { amount: 10, title: '小额' }, submit: true });
    expect(await desk.state(small)).toBe('completed');
    const smallVars = (await desk.instance('hb_clerk', small)).variables;
    expect(smallVars).toMatchObject({ level: 'low', numberedFor: '小额' });
    expect(smallVars.number).toMatch(/^北政办〔2026〕\d+号$/);
    const large = await desk.start('hb_clerk', 'test.exclusive', { variables: { amount: 80 }, submit: true });
    expect(await desk.standing(large)).toEqual(['high:hb_leader']);
  });

  it('parallel gateway: both branches get tasks; the join waits for both', async () => {
    await app.deploy(
      definitions('test.parallel', [
        start(),
        gateway('parallel', 'split'),
        user('office', '办公室会签', 'post("dept_head", unit("632200-001"))'),
        user('education', '教育局会签', 'post("dept_head", unit("632200-003"))'),
        gateway('parallel', 'join'),
        user('sign', '签发', 'leaderInCharge(unit("632200-001"))'),
        end(),
        ...chain('start', 'split', 'office', 'join', 'sign', 'end'),
        ...chain('split', 'education', 'join'),
      ]),
    );
    const id = await desk.start('hb_clerk', 'test.parallel');
    expect(await desk.standing(id)).toEqual(['education:hb_edu_head', 'office:hb_head']);
    await desk.complete('hb_head', id);
    expect(await desk.standing(id)).toEqual(['education:hb_edu_head']);
    await desk.complete('hb_edu_head', id);
    expect(await desk.standing(id)).toEqual(['sign:hb_leader']);
  });

  it('inclusive gateway: takes every true branch; the join waits only for branches that were taken', async () => {
    await app.deploy(
      definitions('test.inclusive', [
        start(),
        gateway('inclusive', 'split', 'default="split_c"'),
        user('a', '甲', '"hb_head"'),
        user('b', '乙', '"hb_edu_head"'),
        user('c', '丙', '"my_head"'),
        gateway('inclusive', 'join'),
        user('after', '汇总', '"hb_leader"'),
        end(),
        flow('split', 'a', 'needA = true'),
        flow('split', 'b', 'needB = true'),
        flow('split', 'c', undefined, 'split_c'),
        ...chain('start', 'split'),
        ...chain('a', 'join'),
        ...chain('b', 'join'),
        ...chain('c', 'join'),
        ...chain('join', 'after', 'end'),
      ]),
    );
    const two = await desk.start('hb_clerk', 'test.inclusive', { variables: { needA: true, needB: true } });
    expect(await desk.standing(two)).toEqual(['a:hb_head', 'b:hb_edu_head']);
    await desk.complete('hb_head', two);
    expect(await desk.standing(two)).toEqual(['b:hb_edu_head']);
    await desk.complete('hb_edu_head', two);
    expect(await desk.standing(two)).toEqual(['after:hb_leader']);
    const one = await desk.start('hb_clerk', 'test.inclusive', { variables: { needA: true, needB: false } });
    expect(await desk.standing(one)).toEqual(['a:hb_head']);
    await desk.complete('hb_head', one);
    expect(await desk.standing(one)).toEqual(['after:hb_leader']);
    const none = await desk.start('hb_clerk', 'test.inclusive', { variables: { needA: false, needB: false } });
    expect(await desk.standing(none)).toEqual(['c:my_head']);
  });

  it('countersign (会签): every member must agree; 或签 completes with the first; a ratio completes once reached', async () => {
    const members = '["hb_head", "hb_edu_head", "my_head"]';
    await app.deploy(
      definitions('test.countersign', [
        start(),
        gateway('exclusive', 'mode', 'default="mode_all"'),
        user('all', '会签', members, '', countersign()),
        user('any', '或签', members, '', countersign({ completion: 'nrOfCompletedInstances >= 1' })),
        user('ratio', '三分之二同意', members, '', countersign({ completion: 'nrOfAgreed / nrOfInstances >= 0.6' })),
        user('seq', '依次会签', '["hb_head", "hb_edu_head"]', '', countersign({ sequential: true })),
        user('after', '结果', '"hb_leader"'),
        end(),
        ...chain('start', 'mode'),
        flow('mode', 'all', undefined, 'mode_all'),
        flow('mode', 'any', 'mode = "any"'),
        flow('mode', 'ratio', 'mode = "ratio"'),
        flow('mode', 'seq', 'mode = "seq"'),
        ...chain('all', 'after'),
        ...chain('any', 'after'),
        ...chain('ratio', 'after'),
        ...chain('seq', 'after'),
        ...chain('after', 'end'),
      ]),
    );
    const all = await desk.start('hb_clerk', 'test.countersign', { variables: { mode: 'all' } });
    expect(await desk.standing(all)).toEqual(['all:hb_edu_head', 'all:hb_head', 'all:my_head']);
    await desk.complete('hb_head', all);
    await desk.complete('hb_edu_head', all, { outcome: 'disagree', opinion: '经费不足' });
    expect(await desk.standing(all)).toEqual(['all:my_head']);
    await desk.complete('my_head', all);
    expect(await desk.standing(all)).toEqual(['after:hb_leader']);
    expect((await desk.instance('hb_clerk', all)).variables).toMatchObject({ outcome: 'disagree', nrOfAgreed: 2, nrOfDisagreed: 1 });

    const any = await desk.start('hb_clerk', 'test.countersign', { variables: { mode: 'any' } });
    await desk.complete('my_head', any);
    expect(await desk.standing(any)).toEqual(['after:hb_leader']);
    const cancelled = await app.runtime.db('engine_tasks').where({ instance_id: any, state: 'cancelled' }).count<{ n: number }[]>('* as n');
    expect(Number(cancelled[0]!.n)).toBe(2);

    const ratio = await desk.start('hb_clerk', 'test.countersign', { variables: { mode: 'ratio' } });
    await desk.complete('hb_head', ratio);
    expect((await desk.standing(ratio)).length).toBe(2);
    await desk.complete('my_head', ratio);
    expect(await desk.standing(ratio)).toEqual(['after:hb_leader']);

    const seq = await desk.start('hb_clerk', 'test.countersign', { variables: { mode: 'seq' } });
    expect(await desk.standing(seq)).toEqual(['seq:hb_head']);
    await desk.complete('hb_head', seq);
    expect(await desk.standing(seq)).toEqual(['seq:hb_edu_head']);
    await desk.complete('hb_edu_head', seq);
    expect(await desk.standing(seq)).toEqual(['after:hb_leader']);
  });

  it('embedded sub-process runs inside its scope; an error end event inside is caught by the error boundary', async () => {
    await app.deploy(
      definitions(
        'test.subprocess',
        [
          start(),
          `<bpmn:subProcess id="review">
             ${start('inner')}
             ${user('check', '审核', '"hb_head"')}
             ${gateway('exclusive', 'ok', 'default="ok_done"')}
             ${end('innerDone')}
             ${end('innerError', '<bpmn:errorEventDefinition errorRef="E1" />')}
             ${chain('inner', 'check', 'ok').join('')}
             ${flow('ok', 'innerDone', undefined, 'ok_done')}
             ${flow('ok', 'innerError', 'outcome = "disagree"')}
           </bpmn:subProcess>`,
          `<bpmn:boundaryEvent id="rejected" attachedToRef="review"><bpmn:errorEventDefinition errorRef="E1" /></bpmn:boundaryEvent>`,
          user('rework', '修改', 'initiator'),
          user('next', '下一步', '"hb_leader"'),
          end('done'),
          end('stop'),
          ...chain('start', 'review', 'next', 'done'),
          ...chain('rejected', 'rework', 'stop'),
        ],
        { rootExtra: errorDef('E1', 'REJECTED') },
      ),
    );
    const good = await desk.start('hb_clerk', 'test.subprocess');
    expect(await desk.standing(good)).toEqual(['check:hb_head']);
    await desk.complete('hb_head', good);
    expect(await desk.standing(good)).toEqual(['next:hb_leader']);
    const bad = await desk.start('hb_clerk', 'test.subprocess');
    await desk.complete('hb_head', bad, { outcome: 'disagree' });
    expect(await desk.standing(bad)).toEqual(['rework:hb_clerk']);
  });

  it('a service task throwing a business error is caught by its own error boundary', async () => {
    await app.deploy(
      definitions(
        'test.serviceError',
        [
          start(),
          `<bpmn:serviceTask id="check" kunlun:handler="test.rejectIfLarge" />`,
          `<bpmn:boundaryEvent id="tooLarge" attachedToRef="check"><bpmn:errorEventDefinition errorRef="E2" /></bpmn:boundaryEvent>`,
          user('explain', '说明理由', 'initiator'),
          end('ok'),
          end('explained'),
          ...chain('start', 'check', 'ok'),
          ...chain('tooLarge', 'explain', 'explained'),
        ],
        { rootExtra: errorDef('E2', 'TOO_LARGE') },
      ),
    );
    const ok = await desk.start('hb_clerk', 'test.serviceError', { variables: { amount: 5 } });
    expect(await desk.state(ok)).toBe('completed');
    const large = await desk.start('hb_clerk', 'test.serviceError', { variables: { amount: 500 } });
    expect(await desk.standing(large)).toEqual(['explain:hb_clerk']);
  });

  it('call activity: starts the called process as a child, waits for it, and takes its outputs', async () => {
    await app.deploy(
      definitions('test.child', [
        start(),
        user('childStep', '子流程办理', '"hb_head"'),
        `<bpmn:scriptTask id="result" scriptFormat="feel" kunlun:resultVariable="childResult"><bpmn:script>"办结：" + topic</bpmn:script></bpmn:scriptTask>`,
        end(),
        ...chain('start', 'childStep', 'result', 'end'),
      ]),
    );
    await app.deploy(
      definitions('test.parent', [
        start(),
        `<bpmn:callActivity id="call" calledElement="test.child" kunlun:inputs="topic" kunlun:outputs="childResult" />`,
        user('after', '父流程继续', '"hb_leader"'),
        end(),
        ...chain('start', 'call', 'after', 'end'),
      ]),
    );
    const parent = await desk.start('hb_clerk', 'test.parent', { variables: { topic: '防汛值班', secret: 'not passed' } });
    const child = await app.runtime.db('engine_instances').where({ parent_instance_id: parent }).first();
    expect(child).toMatchObject({ process_key: 'test.child', state: 'active' });
    expect(child.variables).toEqual({ topic: '防汛值班' });
    await desk.complete('hb_head', child.id);
    expect(await desk.state(child.id)).toBe('completed');
    expect(await desk.standing(parent)).toEqual(['after:hb_leader']);
    expect((await desk.instance('hb_clerk', parent)).variables.childResult).toBe('办结：防汛值班');
  });

  it('terminate end event ends the whole instance, withdrawing open tasks of other branches', async () => {
    await app.deploy(
      definitions('test.terminate', [
        start(),
        gateway('parallel', 'split'),
        user('slow', '慢', '"hb_head"'),
        user('fast', '快', '"hb_edu_head"'),
        end('finish', '<bpmn:terminateEventDefinition />'),
        end('normal'),
        ...chain('start', 'split', 'slow', 'normal'),
        ...chain('split', 'fast', 'finish'),
      ]),
    );
    const id = await desk.start('hb_clerk', 'test.terminate');
    await desk.complete('hb_edu_head', id);
    expect(await desk.state(id)).toBe('completed');
    expect(await desk.standing(id)).toEqual([]);
    expect(await desk.todo('hb_head', id)).toEqual([]);
  });

  it('timers: an intermediate timer waits and fires; an interrupting boundary timer withdraws the task', async () => {
    await app.deploy(
      definitions('test.timers', [
        start(),
        `<bpmn:intermediateCatchEvent id="wait">${timer('PT1S')}</bpmn:intermediateCatchEvent>`,
        user('answer', '答复', '"hb_head"'),
        `<bpmn:boundaryEvent id="late" attachedToRef="answer">${timer('PT1S')}</bpmn:boundaryEvent>`,
        user('escalated', '超时处理', '"hb_leader"'),
        end('answered'),
        end('handled'),
        ...chain('start', 'wait', 'answer', 'answered'),
        ...chain('late', 'escalated', 'handled'),
      ]),
    );
    const id = await desk.start('hb_clerk', 'test.timers');
    expect(await desk.standing(id)).toEqual([]);
    await waitFor(async () => (await desk.standing(id)).join() === 'answer:hb_head', { what: 'the timer to pass', timeoutMs: 15_000 });
    await waitFor(async () => (await desk.standing(id)).join() === 'escalated:hb_leader', { what: 'the boundary timer', timeoutMs: 15_000 });
    const history = (await desk.instance('hb_clerk', id)).history.map((h: { kind: string }) => h.kind);
    expect(history).toEqual(expect.arrayContaining(['timer.fired', 'boundary.timer', 'task.cancelled']));
  });

  it('a non-interrupting cycle timer adds a parallel path each time and leaves the task in place', async () => {
    await app.deploy(
      definitions('test.cycle', [
        start(),
        user('work', '办理', '"hb_head"'),
        `<bpmn:boundaryEvent id="nudge" attachedToRef="work" cancelActivity="false">${cycle('R2/PT1S')}</bpmn:boundaryEvent>`,
        `<bpmn:scriptTask id="count" scriptFormat="feel" kunlun:resultVariable="nudges"><bpmn:script>if nudges = null then 1 else nudges + 1</bpmn:script></bpmn:scriptTask>`,
        end('done'),
        end('nudged'),
        ...chain('start', 'work', 'done'),
        ...chain('nudge', 'count', 'nudged'),
      ]),
    );
    const id = await desk.start('hb_clerk', 'test.cycle');
    await waitFor(async () => (await desk.instance('hb_clerk', id)).variables.nudges === 2, { what: 'two nudges', timeoutMs: 20_000 });
    expect(await desk.standing(id)).toEqual(['work:hb_head']);
  });

  it('messages: a receive task and a message catch event continue on their message; an event-based gateway takes the first event', async () => {
    await app.deploy(
      definitions(
        'test.messages',
        [
          start(),
          `<bpmn:receiveTask id="receipt" messageRef="M1" kunlun:correlationKey="docNo" />`,
          gateway('eventBased', 'race'),
          `<bpmn:intermediateCatchEvent id="reply">${messageRef('M2', 'docNo')}</bpmn:intermediateCatchEvent>`,
          `<bpmn:intermediateCatchEvent id="timeout">${timer('PT30S')}</bpmn:intermediateCatchEvent>`,
          user('handleReply', '处理回复', '"hb_head"'),
          end('viaTimeout'),
          ...chain('start', 'receipt', 'race'),
          ...chain('race', 'reply', 'handleReply'),
          ...chain('race', 'timeout', 'viaTimeout'),
        ],
        { rootExtra: `${message('M1', 'documents.signedFor')}${message('M2', 'documents.replied')}` },
      ),
    );
    const id = await desk.start('hb_clerk', 'test.messages', { variables: { docNo: '北政办〔2026〕8号' } });
    const sender = await app.signedIn('hb_clerk');
    const wrongKey = await app.runtime.engine.correlate({ name: 'documents.signedFor', correlationKey: 'other' }).catch((e) => e);
    expect(wrongKey.code).toBe('engine.message_not_correlated');
    await app.runtime.engine.correlate({ name: 'documents.signedFor', correlationKey: '北政办〔2026〕8号', variables: { signedBy: '门源县政府办公室' } });
    expect((await app.runtime.db('engine_subscriptions').where({ instance_id: id }).pluck('element_id')).sort()).toEqual(['reply']);
    expect(await app.runtime.db('engine_timers').where({ instance_id: id, state: 'scheduled' }).pluck('element_id')).toEqual(['timeout']);
    await app.runtime.engine.correlate({ name: 'documents.replied', correlationKey: '北政办〔2026〕8号' });
    expect(await desk.standing(id)).toEqual(['handleReply:hb_head']);
    expect(await app.runtime.db('engine_timers').where({ instance_id: id, state: 'scheduled' }).count<{ n: number }[]>('* as n')).toEqual([{ n: 0 }]);
    expect((await desk.instance('hb_clerk', id)).variables.signedBy).toBe('门源县政府办公室');
    void sender;
  });

  it('a message start event starts a new instance; a timer start event starts them on schedule', async () => {
    await app.deploy(
      definitions('test.messageStart', [start('s', messageRef('M9')), user('t', '收文登记', '"hb_head"'), end(), ...chain('s', 't', 'end')], {
        rootExtra: message('M9', 'documents.received'),
      }),
    );
    const result = await app.runtime.engine.correlate({ name: 'documents.received', correlationKey: 'IN-1', variables: { from: '青海省人民政府办公厅' } });
    expect(result.started).toBe(true);
    expect(await desk.standing(result.instanceId)).toEqual(['t:hb_head']);
    await app.deploy(definitions('test.timerStart', [start('tick', timer('PT1S')), user('t', '值班日报', '"hb_head"'), end(), ...chain('tick', 't', 'end')]));
    await waitFor(async () => (await app.runtime.db('engine_instances').where({ process_key: 'test.timerStart' }).first('id')) !== undefined, {
      what: 'the timer start',
      timeoutMs: 15_000,
    });
  });

  it('an async service task runs on a worker after the move commits, with retries; when retries run out an incident is recorded', async () => {
    let calls = 0;
    app.runtime.serviceTasks.register('core', 'test.flaky', async () => {
      calls++;
      if (calls < 2) throw new Error('exchange endpoint unavailable');
      return { delivered: true };
    });
    app.runtime.serviceTasks.register('core', 'test.broken', async () => {
      throw new Error('always fails');
    });
    await app.deploy(
      definitions('test.async', [
        start(),
        `<bpmn:serviceTask id="deliver" kunlun:handler="test.flaky" kunlun:async="true" kunlun:retries="3" />`,
        user('check', '确认送达', '"hb_head"'),
        end(),
        ...chain('start', 'deliver', 'check', 'end'),
      ]),
    );
    const id = await desk.start('hb_clerk', 'test.async');
    await waitFor(async () => (await desk.standing(id)).join() === 'check:hb_head', { what: 'the async service task', timeoutMs: 20_000 });
    expect(calls).toBe(2);
    await app.deploy(
      definitions('test.asyncBroken', [
        start(),
        `<bpmn:serviceTask id="deliver" kunlun:handler="test.broken" kunlun:async="true" kunlun:retries="1" />`,
        end(),
        ...chain('start', 'deliver', 'end'),
      ]),
    );
    const broken = await desk.start('hb_clerk', 'test.asyncBroken');
    await waitFor(async () => app.runtime.db('engine_incidents').where({ instance_id: broken }).first(), { what: 'an incident', timeoutMs: 20_000 });
    expect(await desk.state(broken)).toBe('active');
  });
});
