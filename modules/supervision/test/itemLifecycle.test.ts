import { describe, expect, it } from 'vitest';
import { supervisionSite } from './supervisionSite.ts';

/**
 * An item from 登记 to 办结 through the API: the 督查室 registers, its head reviews and issues,
 * the lead and co-units sign for it, report, the lead's completion report is reviewed, the
 * leader closes it.
 */
describe('a supervision item from registration to closing', () => {
  const site = supervisionSite();

  it('runs the whole way with the record in step with the process', async () => {
    const { desk, org } = site;
    const { id, number } = await desk.register('hb_sup_clerk', {
      title: '推进全州义务教育优质均衡发展',
      content: '按照州政府常务会议部署，制定义务教育优质均衡发展实施方案。',
      sourceKind: 'instruction',
      instructedBy: org.users.hb_leader,
      instruction: '请教育局牵头，财政局配合，月底前拿出方案。',
      lead: { unitId: org.units['632200-003'] },
      coUnits: [{ unitId: org.units['632200-004'] }],
      urgency: 'normal',
    });
    expect(number).toMatch(/^督〔\d{4}〕\d+号$/);
    let item = await desk.item('hb_sup_clerk', id);
    expect(item.state).toBe('reviewing');
    expect(item.assignments.map((a: { unit: { name: string }; role: string }) => [a.unit.name, a.role])).toEqual([
      ['海北藏族自治州教育局', 'lead'],
      ['海北藏族自治州财政局', 'co'],
    ]);

    await desk.step('hb_sup_head', id, '审核');
    item = await desk.item('hb_sup_clerk', id);
    expect(item.state).toBe('signing');

    await desk.step('hb_edu_registrar', id, '签收', { variables: { signDecision: 'sign' } });
    await desk.step('hb_fin_registrar', id, '签收', { variables: { signDecision: 'sign' } });
    item = await desk.item('hb_edu_registrar', id);
    expect(item.state).toBe('handling');

    await desk.report('hb_fin_registrar', id, { unitId: org.units['632200-004'], content: '已测算所需资金。' });
    await desk.report('hb_edu_registrar', id, { unitId: org.units['632200-003'], content: '方案初稿已完成。', progress: 60 });
    await desk.step('hb_fin_registrar', id, '协办', { variables: { coView: '资金可以保障。' } });
    await desk.step('hb_edu_registrar', id, '牵头办理', { variables: { completionReport: '实施方案已印发。' } });
    await desk.step('hb_sup_head', id, '审核办结报告', { variables: { reviewNote: '同意办结' } });
    item = await desk.item('hb_leader', id);
    expect(item.state).toBe('leaderReview');
    await desk.step('hb_leader', id, '领导审阅');
    item = await desk.item('hb_sup_clerk', id);
    expect(item.state).toBe('closed');
    expect(item.closedOnTime).toBe(true);
    expect(item.reports.map((r: { kind: string; unit: { name: string } }) => [r.kind, r.unit.name])).toContainEqual(['completion', '海北藏族自治州教育局']);
  });
});
