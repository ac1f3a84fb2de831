import { describe, expect, it } from 'vitest';
import { supervisionSite } from './supervisionSite.ts';

type Notice = { kind: string; title: string; body: string | null; link: string | null };

/**
 * 催办 by the supervision office: the handling units still working on an item (or the ones it
 * names) hear of it on their bells, their contacts and 收发员 alike, and the item keeps a record
 * of each unit urged. A unit's own people cannot urge; a closed item cannot be urged.
 */
describe('urging the handling units of an item (催办)', () => {
  const site = supervisionSite();

  const urgedNotices = async (username: string, itemId: string): Promise<Notice[]> => {
    const res = await (await site.desk.as(username)).get('/api/notifications?pageSize=100');
    expect(res.status).toBe(200);
    return (res.body.items as Notice[]).filter((n) => n.kind === 'supervision.urged' && n.link === `/supervision/${itemId}`);
  };
  const urge = async (username: string, itemId: string, body: Record<string, unknown> = {}) =>
    (await site.desk.as(username)).post(`/api/supervision/items/${itemId}/urges`, body);

  it('presses every unit not yet finished, each unit’s 收发员 hears of it, and the item keeps the record', async () => {
    const { desk, org } = site;
    // given an item issued to 教育局 (lead) and 财政局 (co), not yet signed for
    const { id } = await desk.register('hb_sup_clerk', {
      title: '全州校园安全隐患排查整治',
      content: '开展校园及周边安全隐患排查，建立问题清单。',
      sourceKind: 'superior',
      lead: { unitId: org.units['632200-003'] },
      coUnits: [{ unitId: org.units['632200-004'] }],
    });
    await desk.step('hb_sup_head', id, '审核');

    // when the 督查室 urges it with a note
    const res = await urge('hb_sup_clerk', id, { note: '请于本周五前签收并报送排查方案。' });

    // then both units were urged and both 收发员 have the note on their bells
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.units).toBe(2);
    for (const registrar of ['hb_edu_registrar', 'hb_fin_registrar']) {
      const notices = await urgedNotices(registrar, id);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ title: expect.stringContaining('督办催办'), body: '请于本周五前签收并报送排查方案。' });
    }
    const item = await desk.item('hb_sup_clerk', id);
    expect(item.can.urge).toBe(true);
    expect(
      item.urges
        .map((u: { unit: { name: string }; kind: string; note: string; sentBy: { name: string } }) => [u.unit.name, u.kind, u.note, u.sentBy.name])
        .sort(),
    ).toEqual([
      ['海北藏族自治州教育局', 'manual', '请于本周五前签收并报送排查方案。', '张桂芳'],
      ['海北藏族自治州财政局', 'manual', '请于本周五前签收并报送排查方案。', '张桂芳'],
    ]);
  });

  it('presses only the units named, and by default leaves out a co-unit whose part is done', async () => {
    const { desk, org } = site;
    // given an item in hand, its co-unit 财政局 done with its part
    const { id } = await desk.register('hb_sup_clerk', {
      title: '落实农村低收入人口常态化帮扶',
      content: '完善监测预警机制，分层分类实施帮扶。',
      sourceKind: 'meeting',
      lead: { unitId: org.units['632200-006'] },
      coUnits: [{ unitId: org.units['632200-004'] }],
    });
    await desk.step('hb_sup_head', id, '审核');
    await desk.step('hb_civil_registrar', id, '签收', { variables: { signDecision: 'sign' } });
    await desk.step('hb_fin_registrar', id, '签收', { variables: { signDecision: 'sign' } });
    await desk.step('hb_fin_registrar', id, '协办', { variables: { coView: '帮扶资金已足额安排。' } });

    // when the 督查室 names 财政局, it alone hears of it (and with the deadline, no note given)
    const named = await urge('hb_sup_clerk', id, { unitIds: [org.units['632200-004']] });
    expect(named.status, JSON.stringify(named.body)).toBe(201);
    expect(named.body.units).toBe(1);
    expect(await urgedNotices('hb_fin_registrar', id)).toEqual([expect.objectContaining({ body: expect.stringMatching(/前办结。$/) })]);
    expect(await urgedNotices('hb_civil_registrar', id)).toEqual([]);

    // when it urges without naming units, only the lead 民政局 is pressed
    const all = await urge('hb_sup_clerk', id);
    expect(all.status, JSON.stringify(all.body)).toBe(201);
    expect(all.body.units).toBe(1);
    expect(await urgedNotices('hb_civil_registrar', id)).toHaveLength(1);
    expect(await urgedNotices('hb_fin_registrar', id)).toHaveLength(1);

    // and a unit that does not handle the item cannot be named
    const stranger = await urge('hb_sup_clerk', id, { unitIds: [org.units['632200-005']] });
    expect(stranger.status).toBe(422);
    expect(stranger.body.error.code).toBe('supervision.not_a_handling_unit');
  });

  it('answers 403 to a handling unit’s own people and 409 once the item is closed', async () => {
    const { desk, org } = site;
    // given an item 卫健委 handles alone
    const { id } = await desk.register('hb_sup_clerk', {
      title: '提升基层医疗卫生服务能力',
      content: '推进乡镇卫生院标准化建设。',
      sourceKind: 'document',
      lead: { unitId: org.units['632200-005'] },
    });
    await desk.step('hb_sup_head', id, '审核');
    await desk.step('hb_health_registrar', id, '签收', { variables: { signDecision: 'sign' } });

    // when the unit's 收发员 tries to urge it: 403, and nobody is notified
    const own = await urge('hb_health_registrar', id);
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('supervision.not_your_item');
    expect(await urgedNotices('hb_health_registrar', id)).toEqual([]);

    // when the item is closed, the office cannot urge it any more
    await desk.step('hb_health_registrar', id, '牵头办理', { variables: { completionReport: '12所乡镇卫生院已完成标准化建设。' } });
    await desk.step('hb_sup_head', id, '审核办结报告', { variables: { reviewNote: '同意办结' } });
    expect((await desk.item('hb_sup_clerk', id)).state).toBe('closed');
    const late = await urge('hb_sup_clerk', id);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('supervision.not_in_hand');
    expect((await desk.item('hb_sup_clerk', id)).urges).toEqual([]);
  });
});
