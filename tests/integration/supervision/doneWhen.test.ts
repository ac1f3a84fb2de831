import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, chinaDay } from '../../../modules/supervision/src/chinaDays.ts';
import { documentsSupervisionSite, instructIncoming } from './documentsSupervisionSite.ts';

/**
 * Issue 13, done when: a leader's instruction on an incoming document becomes an item with a
 * lead and two co-units; a co-unit declaring "not ours" is reassigned; co-units report to the
 * lead, the lead reports; one extension is approved, one refused; the lead's completion report
 * is sent back once, then accepted and closed by the leader; statistics give the right 办结率
 * and 按期办结率. Everything through the HTTP API, as the web desktop does it.
 *
 * Clock: T is today. Item A (from the document) is due T+2, extended to T+4, closed today.
 * Item B is due T+1 and closed at T+3 (the clock moved forward): late. Item C is due T+2,
 * extended to T+9, still open. Counted at T+6 over T … T+6: D 3, C 2, T 1, E 1.
 */
describe('issue 13 done when: from a 批办 on an incoming document to the statistics', () => {
  const site = documentsSupervisionSite();
  const u = (code: string) => site.org.units[code]!;
  const T = chinaDay();
  const items: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };
  afterEach(() => {
    vi.useRealTimers();
  });

  const stateOf = async (id: string) => (await site.desk.item('hb_sup_head', id)).state as string;
  const assignmentsOf = async (id: string) =>
    // Units named together are registered together: in no particular order among themselves.
    (await site.desk.item('hb_sup_head', id)).assignments
      .map((a: { unit: { name: string }; role: string; state: string }) => [a.unit.name, a.role, a.state])
      .sort();
  const extend = async (username: string, itemId: string, unitCode: string, requestedDueOn: string) =>
    (await site.desk.as(username)).post(`/api/supervision/items/${itemId}/extensions`, {
      unitId: u(unitCode),
      reason: '需协调省级部门共同研究，申请延期办理',
      requestedDueOn,
    });

  it('given the leader ticks 列入督办 at 批办, then the item has the lead and two co-units and goes to the 督查室 for 审核', async () => {
    const { incomingId } = await instructIncoming(site, {
      title: '关于加快推进学校供暖设施改造的通知',
      supervise: true,
      instruction: '请州教育局牵头，财政局、卫健委配合，入冬前完成改造。',
      leadUnit: u('632200-003'),
      assistUnits: [u('632200-004'), u('632200-005')],
      dueOn: addDays(T, 2),
    });
    const sheet = (await (await site.documents.client('hb_registrar')).get(`/api/documents/incoming/${incomingId}`)).body;
    expect(sheet.supervisionItems).toHaveLength(1);
    items.A = sheet.supervisionItems[0].id;
    expect(await assignmentsOf(items.A)).toEqual(
      [
        ['海北藏族自治州教育局', 'lead', 'pending'],
        ['海北藏族自治州财政局', 'co', 'pending'],
        ['海北藏族自治州卫生健康委员会', 'co', 'pending'],
      ].sort(),
    );
    await site.desk.step('hb_sup_head', items.A, '审核');
    expect(await stateOf(items.A)).toBe('signing');
  });

  it('given a co-unit says it is not theirs, then the office reassigns it (改派), the new unit signs and handling begins', async () => {
    await site.desk.step('hb_edu_registrar', items.A, '签收', { variables: { signDecision: 'sign' } });
    await site.desk.step('hb_fin_registrar', items.A, '签收', { variables: { signDecision: 'sign' } });
    await site.desk.step('hb_health_registrar', items.A, '签收', {
      variables: { signDecision: 'decline', declineReason: '学校供暖设施改造不属于卫健委职责' },
    });
    // The 督查室's head has 改派; the item waits for it.
    await site.desk.step('hb_sup_head', items.A, '改派', { variables: { reassignedUnits: [u('632200-006')] } });
    expect(await stateOf(items.A)).toBe('signing');
    const declined = (await site.desk.item('hb_sup_head', items.A)).assignments.find(
      (a: { unit: { name: string } }) => a.unit.name === '海北藏族自治州卫生健康委员会',
    );
    expect(declined).toMatchObject({ state: 'declined', declinedReason: '学校供暖设施改造不属于卫健委职责' });
    await site.desk.step('hb_civil_registrar', items.A, '签收', { variables: { signDecision: 'sign' } });
    expect(await stateOf(items.A)).toBe('handling');
    expect(await assignmentsOf(items.A)).toEqual(
      [
        ['海北藏族自治州教育局', 'lead', 'signed'],
        ['海北藏族自治州财政局', 'co', 'signed'],
        ['海北藏族自治州卫生健康委员会', 'co', 'declined'],
        ['海北藏族自治州民政局', 'co', 'signed'],
      ].sort(),
    );
  });

  it('given the item in hand, then co-units report to the lead and the lead reports to the office', async () => {
    await site.desk.report('hb_fin_registrar', items.A, { unitId: u('632200-004'), content: '改造资金1200万元已下达。' });
    await site.desk.report('hb_civil_registrar', items.A, { unitId: u('632200-006'), content: '已摸排困难家庭学生住宿情况。' });
    await site.desk.report('hb_edu_registrar', items.A, { unitId: u('632200-003'), content: '32所学校已完成招标，改造过半。', progress: 55 });
    const item = await site.desk.item('hb_sup_head', items.A);
    expect(item.progress).toBe(55);
    expect(item.reports.map((r: { unit: { name: string }; addressedTo: string }) => [r.unit.name, r.addressedTo]).sort()).toEqual(
      [
        ['海北藏族自治州教育局', 'office'],
        ['海北藏族自治州财政局', 'lead'],
        ['海北藏族自治州民政局', 'lead'],
      ].sort(),
    );
  });

  it('given the lead asks for extensions, then one approved moves the deadline once, one refused leaves it, and a second request while one is pending is refused', async () => {
    expect((await extend('hb_edu_registrar', items.A, '632200-003', addDays(T, 4))).status).toBe(201);
    const second = await extend('hb_edu_registrar', items.A, '632200-003', addDays(T, 5));
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('supervision.extension_pending');
    await site.desk.step('hb_sup_head', items.A, '审批', { outcome: 'agree', variables: { decisionNote: '同意延期' } });
    let item = await site.desk.item('hb_edu_registrar', items.A);
    expect([item.originalDueOn, item.dueOn]).toEqual([addDays(T, 2), addDays(T, 4)]);

    expect((await extend('hb_edu_registrar', items.A, '632200-003', addDays(T, 8))).status).toBe(201);
    await site.desk.step('hb_sup_head', items.A, '审批', { outcome: 'disagree', variables: { decisionNote: '请按期办结' } });
    item = await site.desk.item('hb_edu_registrar', items.A);
    expect(item.dueOn).toBe(addDays(T, 4));
    expect(item.extensions.map((e: { state: string; requestedDueOn: string; decisionNote: string }) => [e.state, e.requestedDueOn, e.decisionNote])).toEqual([
      ['approved', addDays(T, 4), '同意延期'],
      ['refused', addDays(T, 8), '请按期办结'],
    ]);
  });

  it('given the lead’s completion report, when the office sends it back once, then the lead reports again, the office accepts and the leader closes it on time', async () => {
    await site.desk.step('hb_fin_registrar', items.A, '协办', { variables: { coView: '资金保障到位。' } });
    await site.desk.step('hb_civil_registrar', items.A, '协办', { variables: { coView: '困难学生已妥善安置。' } });
    await site.desk.step('hb_edu_registrar', items.A, '牵头办理', { variables: { completionReport: '改造已完成。' } });
    expect(await stateOf(items.A)).toBe('completionReview');
    await site.desk.step('hb_sup_head', items.A, '审核办结报告', { outcome: 'disagree', variables: { reviewNote: '请补充验收和资金使用情况' } });
    expect(await stateOf(items.A)).toBe('handling');
    await site.desk.step('hb_edu_registrar', items.A, '牵头办理', { variables: { completionReport: '32所学校供暖改造已全部完成并通过验收，资金使用合规。' } });
    await site.desk.step('hb_sup_head', items.A, '审核办结报告', { variables: { reviewNote: '同意办结' } });
    expect(await stateOf(items.A)).toBe('leaderReview');
    await site.desk.step('hb_leader', items.A, '领导审阅');
    const item = await site.desk.item('hb_sup_head', items.A);
    expect(item).toMatchObject({ state: 'closed', closedOnTime: true, progress: 100 });
    expect(
      item.reports
        .filter((r: { kind: string }) => r.kind === 'completion')
        .map((r: { reviewState: string; reviewNote: string }) => [r.reviewState, r.reviewNote]),
    ).toEqual([
      ['accepted', '同意办结'],
      ['returned', '请补充验收和资金使用情况'],
    ]);
  });

  it('given one item closed late and one extended and open, then 办结率 and 按期办结率 count as defined', async () => {
    items.B = (
      await site.desk.register('hb_sup_clerk', {
        title: '整治城区养老机构消防安全隐患',
        content: '对城区养老机构开展消防安全隐患排查整治。',
        sourceKind: 'superior',
        lead: { unitId: u('632200-006') },
        dueOn: addDays(T, 1),
      })
    ).id;
    items.C = (
      await site.desk.register('hb_sup_clerk', {
        title: '编制2027年州级财政预算草案',
        content: '按州政府要求编制2027年州级财政预算草案。',
        sourceKind: 'superior',
        lead: { unitId: u('632200-004') },
        dueOn: addDays(T, 2),
      })
    ).id;
    await site.desk.step('hb_sup_head', items.B, '审核');
    await site.desk.step('hb_sup_head', items.C, '审核');
    await site.desk.step('hb_civil_registrar', items.B, '签收', { variables: { signDecision: 'sign' } });
    expect((await extend('hb_fin_registrar', items.C, '632200-004', addDays(T, 9))).status).toBe(201);
    await site.desk.step('hb_sup_head', items.C, '审批', { outcome: 'agree' });

    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(Date.now() + 3 * 86_400_000));
    expect(chinaDay()).toBe(addDays(T, 3));
    await site.desk.step('hb_civil_registrar', items.B, '牵头办理', { variables: { completionReport: '隐患已全部整改。' } });
    await site.desk.step('hb_sup_head', items.B, '审核办结报告');
    expect(await site.desk.item('hb_sup_head', items.B)).toMatchObject({ state: 'closed', closedOnTime: false });

    vi.setSystemTime(new Date(Date.now() + 3 * 86_400_000));
    const res = await (await site.desk.as('hb_sup_clerk')).get(`/api/supervision/statistics?from=${T}&to=${addDays(T, 6)}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.today).toBe(addDays(T, 6));
    expect(res.body.totals).toEqual({ due: 3, closed: 2, onTime: 1, extended: 1, overdue: 0, closedLate: 1, closedRate: 2 / 3, onTimeRate: 1 / 2 });
    expect(
      res.body.units
        .map((r: { unit: { name: string }; due: number; closed: number; onTime: number; extended: number }) => [
          r.unit.name,
          r.due,
          r.closed,
          r.onTime,
          r.extended,
        ])
        .sort(),
    ).toEqual(
      [
        ['海北藏族自治州教育局', 1, 1, 1, 0],
        ['海北藏族自治州民政局', 1, 1, 0, 0],
        ['海北藏族自治州财政局', 1, 0, 0, 1],
      ].sort(),
    );
  });
});
