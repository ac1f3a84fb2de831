import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, waitFor, type TestApp } from '@kunlun/test-kit';
import { DocumentsDesk } from './documentsDesk.ts';
import { oneOfEachKind, seedDemoSlice, type DemoSlice } from './demoSlice.ts';

/**
 * 代收: every unit a document can be delivered to has someone who signs for it. A government has
 * only leaders, so its office's 收发员 receives for it; sections and a township's other offices
 * are received for too. Tried on every kind of unit of the demo organization.
 */
describe('who receives for a unit', () => {
  let app: TestApp;
  let org: DemoSlice;
  let desk: DocumentsDesk;
  beforeAll(async () => {
    app = await createTestApp({ modules: ['documents'], workers: true });
    org = await seedDemoSlice(app.runtime);
    desk = new DocumentsDesk(app);
  }, 120_000);
  afterAll(() => app?.close());

  /** 海北州政府办公室 (北政办) issues a document to these units: every step agrees; waits until every copy is delivered. */
  async function issueFromHaibei(title: string, recipientIds: string[]): Promise<string> {
    const drafted = await desk.draft('hb_clerk', { docType: '通知', title, mainRecipientIds: recipientIds });
    for (const [who, step] of [
      ['hb_clerk', '拟稿'],
      ['hb_head', '部门审核'],
      ['hb_head', '办公室核稿'],
      ['hb_leader', '领导签发'],
      ['hb_secretary', '复核'],
      ['hb_registrar', '印制'],
      ['hb_registrar', '核发'],
    ] as const) {
      await desk.handOn(who, drafted.instanceId, step);
    }
    await waitFor(async () => (await desk.document('hb_clerk', drafted.id)).distribution?.state === 'done' || null, {
      what: 'the distribution',
      timeoutMs: 30_000,
    });
    return drafted.id;
  }

  const usernameOf = (userId: string) => Object.entries(org.users).find(([, id]) => id === userId)![0];

  it('given a document delivered to one unit of every kind, then each copy has a registrar who sees it in 待签收 and can sign for it', async () => {
    const kinds = oneOfEachKind(org.demo, ['632200-001']);
    expect(kinds.map((u) => u.role)).toEqual(expect.arrayContaining(['government', 'office', 'department', 'section', 'township', 'townshipOffice']));
    const recipients = [...kinds.map((u) => u.code), '632222'].filter((c, i, all) => all.indexOf(c) === i);
    const documentId = await issueFromHaibei(
      '关于做好2026年春季森林草原防火工作的通知',
      recipients.map((c) => org.units[c]!),
    );
    const admin = await desk.client('admin');
    const who = await admin.get(`/api/documents/receiving-units?unitIds=${recipients.map((c) => org.units[c]).join(',')}`);
    expect(who.status, JSON.stringify(who.body)).toBe(200);

    for (const code of recipients) {
      const unitId = org.units[code]!;
      const answer = who.body.items.find((i: { unit: { id: string } }) => i.unit.id === unitId);
      expect(answer.registrars.length, `someone receives for ${answer.unit.name}`).toBeGreaterThan(0);
      const registrar = usernameOf(answer.registrars[0].id);
      const inbox = await desk.list(registrar, 'box=toSign&pageSize=200');
      const copy = inbox.items.find((i) => i.documentId === documentId && i.unit?.id === unitId);
      expect(copy, `${registrar} sees ${answer.unit.name}'s copy in 待签收`).toBeDefined();
      const signed = await (await desk.client(registrar)).post(`/api/documents/receipts/${copy!.id}/sign`);
      expect(signed.status, `${registrar} signs for ${answer.unit.name}: ${JSON.stringify(signed.body)}`).toBe(201);
    }
  }, 180_000);

  it('given a copy for 门源县人民政府, then its office registrar is told, signs for it, and the record says for whom and by whom', async () => {
    const government = org.units['632221']!;
    const documentId = await issueFromHaibei('关于报送2026年第一季度经济运行情况的通知', [government]);
    // The bell rings in the county office, saying for whom.
    const bells = (await (await desk.client('my_registrar')).get('/api/notifications?pageSize=50')).body.items;
    expect(bells.find((b: { link: string }) => b.link === `/documents/${documentId}`)).toMatchObject({
      title: expect.stringContaining('待签收'),
      body: expect.stringContaining('门源回族自治县人民政府'),
    });
    // A registrar of another unit may neither see nor sign it.
    expect((await desk.list('hb_edu_registrar', 'box=toSign')).items.some((i) => i.documentId === documentId)).toBe(false);
    const copy = (await desk.list('my_registrar', 'box=toSign')).items.find((i) => i.documentId === documentId);
    expect((await (await desk.client('hb_edu_registrar')).post(`/api/documents/receipts/${copy!.id}/sign`)).status).toBe(403);
    const signed = await (await desk.client('my_registrar')).post(`/api/documents/receipts/${copy!.id}/sign`);
    expect(signed.status, JSON.stringify(signed.body)).toBe(201);
    const sheet = (await (await desk.client('my_registrar')).get(`/api/documents/incoming/${signed.body.incomingId}`)).body;
    expect(sheet.unit.name).toBe('门源回族自治县人民政府');
    expect(sheet.receivedBy.name).toBe('门源回族自治县人民政府办公室');
    // The county office handles it: its head holds the 初审 after 登记.
    await desk.handOn('my_registrar', signed.body.instanceId, '登记');
    expect(await desk.standing(signed.body.instanceId)).toEqual(['firstCheck:my_head']);
  }, 120_000);

  it('given a recipient registrar who signed for a copy, then they see only their own copy and may neither urge nor recall; the sender’s recall tells the withdrawn unit', async () => {
    const [education, emergency] = [org.units['632200-003']!, org.units['632200-022']!];
    const documentId = await issueFromHaibei('关于开展校园安全隐患排查的通知', [education, emergency]);
    const copy = (await desk.list('hb_edu_registrar', 'box=toSign')).items.find((i) => i.documentId === documentId);
    const signed = await (await desk.client('hb_edu_registrar')).post(`/api/documents/receipts/${copy!.id}/sign`);
    expect(signed.status).toBe(201);
    await desk.handOn('hb_edu_registrar', signed.body.instanceId, '登记');
    const recipient = await desk.client('hb_edu_registrar');
    const seen = await desk.document('hb_edu_registrar', documentId);
    expect(seen.viewer.sender).toBe(false);
    expect(seen.distribution).toBeNull();
    expect(seen.receipts.map((r: { unitId: string }) => r.unitId)).toEqual([education]);
    expect((await recipient.get(`/api/documents/${documentId}/receipts`)).status).toBe(403);
    expect((await recipient.post(`/api/documents/${documentId}/urge`, {})).status).toBe(403);
    expect((await recipient.post(`/api/documents/${documentId}/recall`, { unitIds: [emergency] })).status).toBe(403);
    expect((await desk.list('632200-022.registrar1', 'box=toSign')).items.some((i) => i.documentId === documentId)).toBe(true);
    // The sender recalls it from 应急管理局, with a reason; its registrar is told who did.
    const recalled = await (await desk.client('hb_clerk')).post(`/api/documents/${documentId}/recall`, { unitIds: [emergency], reason: '主送单位有误' });
    expect(recalled.body).toMatchObject({ recalled: 1 });
    expect((await desk.list('632200-022.registrar1', 'box=toSign')).items.some((i) => i.documentId === documentId)).toBe(false);
    const bells = (await (await desk.client('632200-022.registrar1')).get('/api/notifications?pageSize=50')).body.items;
    const drafter = (await desk.document('hb_clerk', documentId)).draftedBy.name;
    expect(bells.find((b: { kind: string; link: string }) => b.kind === 'documents.recalled' && b.link === `/documents/${documentId}`)).toMatchObject({
      title: expect.stringContaining('撤回'),
      body: expect.stringMatching(new RegExp(`${drafter}.*主送单位有误`)),
    });
  }, 120_000);

  it('given the administrator names another receiving unit for a government, then its undelivered copies move to that unit’s registrar', async () => {
    const government = org.units['632222']!;
    const documentId = await issueFromHaibei('关于开展安全生产大检查的通知', [government]);
    const admin = await desk.client('admin');
    const emergency = org.units['632222-020']!;
    const set = await admin.put(`/api/documents/receiving-units/${government}`, { receivingUnitId: emergency });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toMatchObject({ configured: true, receivingUnit: { id: emergency } });
    expect((await desk.list('632222-020.registrar1', 'box=toSign')).items.some((i) => i.documentId === documentId)).toBe(true);
    expect((await desk.list('632222-001.registrar1', 'box=toSign')).items.some((i) => i.documentId === documentId)).toBe(false);
    // A unit without registrars cannot be named; clearing goes back to the office.
    expect((await admin.put(`/api/documents/receiving-units/${government}`, { receivingUnitId: org.units['632222-001-01'] })).body.error.code).toBe(
      'documents.receiver_without_registrar',
    );
    expect((await admin.put(`/api/documents/receiving-units/${government}`, { receivingUnitId: null })).body.receivingUnit.id).toBe(org.units['632222-001']);
    expect((await desk.list('632222-001.registrar1', 'box=toSign')).items.some((i) => i.documentId === documentId)).toBe(true);
    // Only the administrator decides it.
    expect((await (await desk.client('hb_registrar')).put(`/api/documents/receiving-units/${government}`, { receivingUnitId: emergency })).status).toBe(403);
  }, 120_000);
});
