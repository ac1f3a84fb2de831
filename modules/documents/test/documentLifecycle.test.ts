import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, waitFor, type OrgFixture, type TestApp } from '@kunlun/test-kit';
import { OFFICES, REGISTRARS, seedDocumentsOrg } from './documentsOrg.ts';
import { DocumentsDesk, upload } from './documentsDesk.ts';
import { sealPng } from './unit/rendition/sealFixture.ts';

/**
 * The whole life of a document across units, through the HTTP API as each person: 西宁市政府办公室
 * drafts a 通知 to the offices of all eight prefectures and copies it to two departments; it is
 * reviewed, countersigned by 西宁市发改委, signed off, numbered, printed with the seal and
 * distributed; two offices sign for it, one returns it with a reason, the sender's receipt
 * table shows the three states; 海北州政府办公室 handles it (拟办, 批办, 主办 and 协办, 传阅) to 归档.
 */
describe('a 通知 from drafting in one prefecture to filing in another', () => {
  let app: TestApp;
  let org: OrgFixture;
  let desk: DocumentsDesk;
  const title = '西宁市人民政府办公室关于做好2027年元旦春节期间安全生产工作的通知';

  beforeAll(async () => {
    app = await createTestApp({ modules: ['documents'], workers: true });
    org = await seedDocumentsOrg(app.runtime);
    desk = new DocumentsDesk(app);
  });
  afterAll(() => app.close());

  it('runs from 拟稿 to every recipient’s inbox, to 签收 / 退文, to the receiving office’s 归档', async () => {
    // Given: the drafter writes the 通知 with an attachment, to all 8 prefecture offices, copied to two departments.
    const clerk = await desk.client('xn_clerk');
    const attachment = await upload(clerk, '重点检查任务分工表.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const drafted = await desk.draft('xn_clerk', {
      docType: '通知',
      title,
      urgency: 'urgent',
      mainRecipientIds: OFFICES.map((c) => org.units[c]),
      mainTo: ['各市、自治州人民政府办公室'],
      copyRecipientIds: [org.units['630100-003'], org.units['632200-003']],
      bodyHtml:
        '<p>各市、自治州人民政府办公室：</p><p>元旦春节将至，为切实做好节日期间安全生产工作，现就有关事项通知如下。</p><p>一、压实安全生产责任</p><p>二、强化隐患排查整治</p>',
      attachments: [{ fileId: attachment, name: '重点检查任务分工表' }],
    });
    await desk.handOn('xn_clerk', drafted.instanceId, '拟稿');
    await desk.handOn('xn_head', drafted.instanceId, '部门审核', { opinion: '同意' });
    // 核稿: the office asks 西宁市发改委 to countersign.
    await desk.change('xn_head', drafted.id, { countersignUnitIds: [org.units['630100-002']] });
    await desk.handOn('xn_head', drafted.instanceId, '办公室核稿', { opinion: '请发改委会签' });
    await desk.handOn('xn_fgw_head', drafted.instanceId, '会签', { opinion: '无意见' });
    await desk.handOn('xn_leader', drafted.instanceId, '领导签发', { opinion: '同意印发' });
    await desk.handOn('xn_secretary', drafted.instanceId, '复核');
    const numbered = await desk.document('xn_registrar', drafted.id);
    expect(numbered.docNumber).toMatch(/^宁政办〔\d{4}〕1号$/);
    expect(numbered.signers).toEqual(['马明德']);
    // 印制 with the office's seal, then 核发.
    const registrar = await desk.client('xn_registrar');
    const seal = await upload(registrar, '西宁市政府办公室印章.png', sealPng(), 'image/png');
    await desk.change('xn_registrar', drafted.id, { sealed: true, sealFileId: seal });
    await desk.handOn('xn_registrar', drafted.instanceId, '印制');
    await waitFor(async () => (await desk.document('xn_registrar', drafted.id)).rendition.state === 'ready', { what: 'the rendition', timeoutMs: 30_000 });
    await desk.handOn('xn_registrar', drafted.instanceId, '核发');

    // Then: every one of the 10 recipient units has it in its inbox.
    const distributed = await waitFor(
      async () => {
        const d = await desk.document('xn_clerk', drafted.id);
        return d.distribution?.state === 'done' ? d : null;
      },
      { what: 'the distribution' },
    );
    expect(distributed.distribution).toMatchObject({ total: 10, delivered: 10 });
    const inbox = await desk.list('hb_registrar', 'box=toSign');
    expect(inbox.items).toEqual([expect.objectContaining({ kind: 'receipt', documentId: drafted.id, title, docNumber: numbered.docNumber })]);

    // When: 海北 and 海东 sign for it; 黄南 returns it with a reason.
    const hbReceipt = inbox.items[0]!.id;
    const signedHb = await (await desk.client('hb_registrar')).post(`/api/documents/receipts/${hbReceipt}/sign`);
    expect(signedHb.status).toBe(201);
    const hdReceipt = (await desk.list('hd_registrar', 'box=toSign')).items[0]!.id;
    expect((await (await desk.client('hd_registrar')).post(`/api/documents/receipts/${hdReceipt}/sign`)).status).toBe(201);
    const hnRegistrar = REGISTRARS['632300-001']!;
    const hnReceipt = (await desk.list(hnRegistrar, 'box=toSign')).items[0]!.id;
    const returned = await (await desk.client(hnRegistrar)).post(`/api/documents/receipts/${hnReceipt}/return`, { reason: '非我州主管事项，请核实主送机关' });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect((await (await desk.client('hb_registrar')).post(`/api/documents/receipts/${hbReceipt}/sign`)).status).toBe(409);

    // Then: the sender's receipt table shows signed (who, when), returned (why) and delivered.
    const table = (await registrar.get(`/api/documents/${drafted.id}/receipts?pageSize=50`)).body;
    expect(table.summary).toEqual({ pending: 0, delivered: 7, signed: 2, returned: 1, recalled: 0 });
    const row = (code: string) => table.items.find((r: { unit: { code: string } }) => r.unit.code === code);
    expect(row('632200-001')).toMatchObject({ state: 'signed', role: 'main', signedBy: { name: '收发员3' }, signedAt: expect.any(String) });
    expect(row('630200-001')).toMatchObject({ state: 'signed', signedBy: { name: '收发员2' } });
    expect(row('632300-001')).toMatchObject({ state: 'returned', returnReason: '非我州主管事项，请核实主送机关', returnedBy: { name: '收发员4' } });
    expect(row('630100-003')).toMatchObject({ state: 'delivered', role: 'copy', signedBy: null });
    // The sender urges the seven that have not signed, and recalls it from 海西 before it signs.
    expect((await registrar.post(`/api/documents/${drafted.id}/urge`, {})).body).toEqual({ urged: 7 });
    expect((await desk.list(REGISTRARS['632800-001']!, 'box=toSign')).items[0]).toMatchObject({ urgeCount: 1 });
    expect((await registrar.post(`/api/documents/${drafted.id}/recall`, { unitIds: [org.units['632800-001']] })).body).toEqual({ recalled: 1, refused: [] });
    expect((await (await desk.client(REGISTRARS['632800-001']!)).get(`/api/documents/${drafted.id}`)).status).toBe(404);

    // When: 海北州政府办公室 handles it: 登记 → 初审 → 拟办 → 批办 → 主办/协办 → 传阅 → 办结 → 归档.
    const incomingId = signedHb.body.incomingId as string;
    const hbInstance = signedHb.body.instanceId as string;
    await desk.handOn('hb_registrar', hbInstance, '登记');
    await desk.handOn('hb_head', hbInstance, '初审', { opinion: '请秘书拟办' });
    const hbSecretary = await desk.client('hb_secretary');
    expect(
      (
        await hbSecretary.patch(`/api/documents/incoming/${incomingId}`, {
          proposal: '拟请州教育局牵头，州政府办公室配合',
          leadUnitId: org.units['632200-003'],
          assistUnitIds: [org.units['632200-001']],
          readerIds: [org.users.hb_governor, org.users.hb_leader],
        })
      ).status,
    ).toBe(200);
    await desk.handOn('hb_secretary', hbInstance, '拟办');
    expect(
      (await (await desk.client('hb_leader')).patch(`/api/documents/incoming/${incomingId}`, { instruction: '同意拟办意见，请州教育局抓好落实' })).status,
    ).toBe(200);
    await desk.handOn('hb_leader', hbInstance, '批办', { opinion: '同意' });
    const handling = (await (await desk.client('hb_registrar')).get(`/api/documents/incoming/${incomingId}`)).body;
    expect(handling.incomingNumber).toMatch(/^北政办收〔\d{4}〕1号$/);
    expect(handling.handling.map((h: { user: { name: string }; dueAt: string | null }) => [h.user.name, Boolean(h.dueAt)]).sort()).toEqual([
      ['王建国', true],
      ['马秀兰', true],
    ]);
    expect(
      (await (await desk.client('hb_edu_head')).patch(`/api/documents/incoming/${incomingId}`, { handlingResult: '已部署全州教育系统开展安全检查' })).status,
    ).toBe(200);
    await desk.handOn('hb_edu_head', hbInstance, '主办');
    await desk.handOn('hb_head', hbInstance, '协办', { opinion: '已配合' });
    await desk.handOn('hb_governor', hbInstance, '传阅', { opinion: '已阅' });
    await desk.handOn('hb_leader', hbInstance, '传阅', { opinion: '已阅' });
    await desk.handOn('hb_registrar', hbInstance, '办结');
    expect((await (await desk.client('hb_registrar')).patch(`/api/documents/incoming/${incomingId}`, { retention: '定期30年' })).status).toBe(200);
    await desk.handOn('hb_registrar', hbInstance, '归档');

    // Then: it is filed in 海北, with its reading records, and the sender sees 海北's incoming number.
    const filed = (await (await desk.client('hb_registrar')).get(`/api/documents/incoming/${incomingId}`)).body;
    expect(filed).toMatchObject({
      state: 'archived',
      retention: '定期30年',
      handlingResult: '已部署全州教育系统开展安全检查',
      leadUnit: { name: '海北藏族自治州教育局' },
    });
    expect(filed.readRecords.map((r: { reader: { name: string }; readAt: string | null }) => [r.reader.name, Boolean(r.readAt)]).sort()).toEqual([
      ['才让多杰', true],
      ['旦正', true],
    ]);
    expect((await desk.list('hb_registrar', 'box=archived')).items).toEqual([expect.objectContaining({ kind: 'incoming', documentId: drafted.id })]);
    expect(await desk.state(hbInstance)).toBe('completed');
    const after = (await registrar.get(`/api/documents/${drafted.id}/receipts?state=signed`)).body;
    expect(after.items.find((r: { unit: { code: string } }) => r.unit.code === '632200-001').incomingNumber).toBe(filed.incomingNumber);
  });
});
