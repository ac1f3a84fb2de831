import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type OrgFixture, type TestApp } from '@kunlun/test-kit';
import { addDays, chinaDay, weekdayOf } from '../src/chinaDays.ts';
import { REMIND_JOB, unitReminders } from '../src/reminderDigest.ts';
import { SupervisionDesk } from './supervisionDesk.ts';
import { seedSupervisionOrg } from './supervisionOrg.ts';

/**
 * Colour warnings and the daily reminders, with the clock moved: an item turns blue near its
 * deadline, yellow when the lead's progress report is late, red past the deadline; each handling
 * unit gets one digest a day however often the job runs, and nothing for an item closed or under
 * completion review. The server runs in this process, so moving Date moves its "today" too.
 */
describe('reminders and colour warnings over the days', () => {
  let app: TestApp;
  let org: OrgFixture;
  let desk: SupervisionDesk;
  // The day the test starts (China time); every other day is counted from it.
  const T0 = chinaDay();
  const at = (day: string) => vi.setSystemTime(new Date(`${day}T12:00:00+08:00`));

  beforeAll(async () => {
    // Sessions must outlive the days the clock is moved on by.
    app = await createTestApp({
      modules: ['supervision'],
      workers: true,
      env: { KUNLUN_SESSION_IDLE_MINUTES: String(7 * 24 * 60), KUNLUN_SESSION_MAX_HOURS: '720' },
    });
    org = await seedSupervisionOrg(app.runtime);
    desk = new SupervisionDesk(app);
  });
  afterEach(() => vi.useRealTimers());
  afterAll(() => app?.close());

  /** Runs the daily job for a day, as its scheduler would (with the day given instead of taken from the clock). */
  const remind = (day: string) => app.runtime.jobs!.processors.get(REMIND_JOB)!({ day }, undefined as never);
  const digestsOf = (unitCode: string, day: string) =>
    app.runtime.db('supervision_urges').where({ unit_id: org.units[unitCode], kind: 'digest', day }).select('items');
  const remindersTo = (username: string, unitCode: string, day: string) =>
    app.runtime
      .db('core_notifications')
      .where({ user_id: org.users[username], kind: 'supervision.reminder', link: `/supervision?unitId=${org.units[unitCode]}` })
      .whereLike('body', `${day}%`)
      .pluck('title');
  const colourOf = async (id: string) => (await desk.item('hb_sup_clerk', id)).colour;
  const listed = async (colour: string) => {
    const res = await (await desk.as('hb_sup_clerk')).get(`/api/supervision/items?colour=${colour}&pageSize=100`);
    expect(res.status).toBe(200);
    return (res.body.items as { id: string }[]).map((i) => i.id);
  };

  it('the daily reminder has its scheduler, at 8:30 China time', async () => {
    const schedulers = await app.runtime.jobs!.queueOf('supervision').getJobSchedulers();
    expect(schedulers.map((s) => [s.key, s.pattern, s.tz])).toEqual([[REMIND_JOB, '30 8 * * *', 'Asia/Shanghai']]);
    // From here on the tests run the job themselves, for the days they choose; the moved clock must not fire it.
    await app.runtime.jobs!.queueOf('supervision').removeJobScheduler(REMIND_JOB);
  });

  it('an item passes blue → yellow → red with the clock moved, and its units get one reminder a day', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    at(T0);
    // given an item due in 4 days, reported on weekly — first report due in 2 days
    const reportDay = addDays(T0, 2);
    const { id } = await desk.register('hb_sup_clerk', {
      title: '推进全州义务教育优质均衡发展',
      content: '制定义务教育优质均衡发展实施方案。',
      sourceKind: 'instruction',
      instructedBy: org.users.hb_leader,
      lead: { unitId: org.units['632200-003'] },
      coUnits: [{ unitId: org.units['632200-004'] }],
      dueOn: addDays(T0, 4),
      cadence: { kind: 'weekly', weekday: weekdayOf(reportDay) },
    });
    await desk.step('hb_sup_head', id, '审核');
    await desk.step('hb_edu_registrar', id, '签收', { variables: { signDecision: 'sign' } });
    await desk.step('hb_fin_registrar', id, '签收', { variables: { signDecision: 'sign' } });
    await desk.report('hb_edu_registrar', id, { unitId: org.units['632200-003'], content: '方案初稿已完成。', progress: 50 });
    expect((await desk.item('hb_sup_clerk', id)).nextReportDue).toBe(reportDay);
    expect(await colourOf(id)).toBe('green');

    // when two days pass: two days to the deadline → blue
    at(reportDay);
    expect(await colourOf(id)).toBe('blue');
    expect(await listed('blue')).toContain(id);
    expect(await listed('green')).not.toContain(id);

    // and the day's reminders run twice: each unit has one digest and its 收发员 one notification
    await remind(reportDay);
    await remind(reportDay);
    expect(await digestsOf('632200-003', reportDay)).toEqual([{ items: 1 }]);
    expect(await digestsOf('632200-004', reportDay)).toEqual([{ items: 1 }]);
    expect(await remindersTo('hb_edu_registrar', '632200-003', reportDay)).toEqual(['督办提醒：1项即将到期']);
    expect(await remindersTo('hb_fin_registrar', '632200-004', reportDay)).toEqual(['督办提醒：1项即将到期']);
    // the candidates come one query per batch of units, in unit order
    const [first, ...more] = await unitReminders(app.runtime.db, reportDay, 3, '00000000-0000-0000-0000-000000000000', 1);
    expect(more).toEqual([]);
    const [second] = await unitReminders(app.runtime.db, reportDay, 3, first!.unitId, 1);
    expect([first!.unitId, second!.unitId].sort()).toEqual([org.units['632200-003'], org.units['632200-004']].sort());

    // when the report day passes without the lead's report → yellow; the lead is reminded of it, the co-unit not
    const dayAfter = addDays(reportDay, 1);
    at(dayAfter);
    expect(await colourOf(id)).toBe('yellow');
    expect(await listed('yellow')).toContain(id);
    await remind(dayAfter);
    expect(await remindersTo('hb_edu_registrar', '632200-003', dayAfter)).toEqual(['督办提醒：1项即将到期，1项待反馈进展']);
    expect(await remindersTo('hb_fin_registrar', '632200-004', dayAfter)).toEqual(['督办提醒：1项即将到期']);

    // when the deadline day comes, then passes → red
    const dueDay = addDays(T0, 4);
    await remind(dueDay);
    expect(await remindersTo('hb_fin_registrar', '632200-004', dueDay)).toEqual(['督办提醒：1项今日到期']);
    const late = addDays(T0, 5);
    at(late);
    expect(await colourOf(id)).toBe('red');
    expect(await listed('red')).toContain(id);
    expect(await listed('yellow')).not.toContain(id);

    // when the item is closed, the day's reminders say nothing of it
    await desk.step('hb_fin_registrar', id, '协办', { variables: { coView: '资金可以保障。' } });
    await desk.step('hb_edu_registrar', id, '牵头办理', { variables: { completionReport: '实施方案已印发。' } });
    await desk.step('hb_sup_head', id, '审核办结报告', { variables: { reviewNote: '同意办结' } });
    await desk.step('hb_leader', id, '领导审阅');
    expect((await desk.item('hb_sup_clerk', id)).state).toBe('closed');
    await remind(late);
    expect(await digestsOf('632200-003', late)).toEqual([]);
    expect(await digestsOf('632200-004', late)).toEqual([]);
    expect(await remindersTo('hb_edu_registrar', '632200-003', late)).toEqual([]);
  });

  it('a returned completion report re-arms its reminders', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    at(T0);
    // given an item of 卫健委 due in two days, whose completion report is under the office's review
    const { id } = await desk.register('hb_sup_clerk', {
      title: '提升基层医疗卫生服务能力',
      content: '推进乡镇卫生院标准化建设。',
      sourceKind: 'document',
      lead: { unitId: org.units['632200-005'] },
      dueOn: addDays(T0, 2),
      cadence: { kind: 'once' },
    });
    await desk.step('hb_sup_head', id, '审核');
    await desk.step('hb_health_registrar', id, '签收', { variables: { signDecision: 'sign' } });
    await desk.step('hb_health_registrar', id, '牵头办理', { variables: { completionReport: '已完成标准化建设。' } });
    expect((await desk.item('hb_sup_clerk', id)).state).toBe('completionReview');

    // when the day's reminders run, the unit hears nothing: the item is with the office
    await remind(T0);
    expect(await digestsOf('632200-005', T0)).toEqual([]);
    expect(await remindersTo('hb_health_registrar', '632200-005', T0)).toEqual([]);

    // when the office sends the report back, the item is in hand again
    await desk.step('hb_sup_head', id, '审核办结报告', {
      outcome: 'disagree',
      opinion: '请补充各卫生院验收情况。',
      variables: { reviewNote: '请补充各卫生院验收情况。' },
    });
    expect((await desk.item('hb_health_registrar', id)).state).toBe('handling');

    // then the next day's reminder includes it again
    const next = addDays(T0, 1);
    at(next);
    await remind(next);
    expect(await digestsOf('632200-005', next)).toEqual([{ items: 1 }]);
    expect(await remindersTo('hb_health_registrar', '632200-005', next)).toEqual(['督办提醒：1项即将到期']);
  });
});
