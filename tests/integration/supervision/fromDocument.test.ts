import { describe, expect, it } from 'vitest';
import { addDays, chinaDay } from '../../../modules/supervision/src/chinaDays.ts';
import { documentsSupervisionSite, instructIncoming } from './documentsSupervisionSite.ts';

/**
 * 列入督办: the leader's 批办 on an incoming document, ticked 列入督办, becomes one supervision item
 * with the 批办's lead and assisting departments and due date, linked both ways; without the
 * tick, none. (Documents alone, without supervision, is covered by the documents tests.)
 */
describe('an incoming document put under supervision at 批办', () => {
  const site = documentsSupervisionSite();
  const u = (code: string) => site.org.units[code]!;

  it('given 列入督办 ticked, when the leader completes 批办, then exactly one item is registered with the lead and co-units and the incoming sheet links to it', async () => {
    const dueOn = addDays(chinaDay(), 12);
    const { incomingId } = await instructIncoming(site, {
      title: '关于做好2026年冬春季校园安全工作的通知',
      supervise: true,
      instruction: '请州教育局牵头，财政局、卫健委配合，抓好落实并按期报送情况。',
      leadUnit: u('632200-003'),
      assistUnits: [u('632200-004'), u('632200-005')],
      dueOn,
    });

    const sheet = (await (await site.documents.client('hb_registrar')).get(`/api/documents/incoming/${incomingId}`)).body;
    expect(sheet.supervise).toBe(true);
    expect(sheet.supervisionItems).toHaveLength(1);
    const [linked] = sheet.supervisionItems as { id: string; number: string; state: string }[];
    expect(linked!.number).toMatch(/^督〔\d{4}〕\d+号$/);

    const item = await site.desk.item('hb_sup_head', linked!.id);
    expect(item).toMatchObject({
      title: '关于做好2026年冬春季校园安全工作的通知',
      sourceKind: 'instruction',
      source: { module: 'documents', kind: 'documents.incoming', id: incomingId },
      instructedBy: { id: site.org.users.hb_leader },
      instruction: '请州教育局牵头，财政局、卫健委配合，抓好落实并按期报送情况。',
      registeredBy: { id: site.org.users.hb_registrar },
      office: { name: '海北藏族自治州人民政府办公室督查室' },
      dueOn,
      state: 'reviewing',
    });
    const roles = item.assignments.map((a: { unit: { name: string }; role: string }) => [a.unit.name, a.role]);
    expect(roles[0]).toEqual(['海北藏族自治州教育局', 'lead']);
    expect(roles.slice(1).sort()).toEqual(
      [
        ['海北藏族自治州财政局', 'co'],
        ['海北藏族自治州卫生健康委员会', 'co'],
      ].sort(),
    );
    // The 督查室's head has it to review (审核), as any item registered and submitted.
    expect((item.myTasks as { name: string }[]).map((t) => t.name)).toEqual(['审核']);
    const fromSource = await site.app.runtime.db('supervision_items').where({ source_module: 'documents', source_id: incomingId }).count({ n: '*' });
    expect(Number(fromSource[0]!.n)).toBe(1);
  });

  it('given 拟办 proposes 列入督办 and the 批办 is done again after the lead department returns it, then the leader sees it ticked and still one item is registered', async () => {
    const registrar = await site.documents.client('hb_registrar');
    const res = await registrar.post('/api/documents/incoming/paper', {
      issuerName: '青海省财政厅',
      docType: '通知',
      title: '关于下达2026年学前教育发展资金的通知',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { incomingId, instanceId } = res.body as { incomingId: string; instanceId: string };
    await site.documents.handOn('hb_registrar', instanceId, '登记');
    await site.documents.handOn('hb_head', instanceId, '初审');
    await site.documents.handOn('hb_secretary', instanceId, '拟办', { variables: { proposal: '建议列入督办', supervise: true, leadUnit: u('632200-003') } });
    const leader = await site.documents.client('hb_leader');
    const atInstruction = (await leader.get(`/api/documents/incoming/${incomingId}`)).body;
    expect(atInstruction.formValues.supervise).toBe(true);
    expect(atInstruction.fieldAccess.supervise).toBe('editable');
    await site.documents.handOn('hb_leader', instanceId, '批办', { variables: { instruction: '同意，请州教育局抓紧分配资金。' } });
    const lead = await site.documents.task('hb_edu_head', instanceId, '主办');
    const returned = await site.documents.act('hb_edu_head', lead.id, 'return', { targetElementId: 'instruct', opinion: '请明确协办单位' });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    await site.documents.handOn('hb_leader', instanceId, '批办', { variables: { assistUnits: [u('632200-004')] } });
    const sheet = (await registrar.get(`/api/documents/incoming/${incomingId}`)).body;
    expect(sheet.supervisionItems).toHaveLength(1);
    const item = await site.desk.item('hb_sup_head', sheet.supervisionItems[0].id);
    expect(item).toMatchObject({ instruction: '同意，请州教育局抓紧分配资金。', sourceKind: 'instruction' });
  });

  it('given 列入督办 not ticked, when the leader completes 批办, then no item is registered and the sheet links to none', async () => {
    const before = Number((await site.app.runtime.db('supervision_items').count({ n: '*' }))[0]!.n);
    const { incomingId } = await instructIncoming(site, {
      title: '关于报送2026年教育统计年报的通知',
      supervise: false,
      instruction: '请州教育局按时报送。',
      leadUnit: u('632200-003'),
      assistUnits: [],
    });
    const sheet = (await (await site.documents.client('hb_registrar')).get(`/api/documents/incoming/${incomingId}`)).body;
    expect(sheet).toMatchObject({ supervise: false, supervisionItems: [] });
    // The handling goes on in documents as before: the lead department's head has 主办.
    expect((await site.documents.todo('hb_edu_head')).some((t) => t.title.includes('关于报送2026年教育统计年报的通知'))).toBe(true);
    expect(Number((await site.app.runtime.db('supervision_items').count({ n: '*' }))[0]!.n)).toBe(before);
  });
});
