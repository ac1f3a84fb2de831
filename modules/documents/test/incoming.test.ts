import { describe, expect, it } from 'vitest';
import { upload } from './documentsDesk.ts';
import { documentsSite } from './documentsSite.ts';

/** 收文办理: 初审 may 退文 with a reason that reaches the sender; 批办 needs a lead department; paper documents are registered too. */
describe('documents.incoming', () => {
  const site = documentsSite();

  it('given a signed document, when 初审 returns it (退文), then the reason is required and reaches the sender’s receipt table', async () => {
    const doc = await site.desk.issue({ docType: '函', title: '关于商请提供2026年统计资料的函', mainRecipientIds: [site.org.units['632200-001']] });
    const signed = await (await site.desk.client('hb_registrar')).post(`/api/documents/receipts/${await site.desk.receiptFor('hb_registrar', doc.id)}/sign`);
    expect(signed.status).toBe(201);
    // An electronic document is as its sender issued it: 登记 cannot change its elements.
    const registrar = await site.desk.client('hb_registrar');
    const sheet = (await registrar.get(`/api/documents/incoming/${signed.body.incomingId}`)).body;
    expect(sheet.fieldAccess).toMatchObject({ title: 'readonly', copies: 'editable', pages: 'editable' });
    expect((await registrar.patch(`/api/documents/incoming/${signed.body.incomingId}`, { title: '改个标题' })).body.error.code).toBe(
      'documents.electronic_fixed',
    );
    expect((await registrar.patch(`/api/documents/incoming/${signed.body.incomingId}`, { copies: 1, pages: 3 })).status).toBe(200);
    await site.desk.handOn('hb_registrar', signed.body.instanceId, '登记');
    const head = await site.desk.client('hb_head');
    const task = (await site.desk.todo('hb_head', signed.body.instanceId))[0]!;
    // Without a reason the 退文 is refused and the task stays where it is.
    const noReason = await site.desk.act('hb_head', task.id, 'complete', { outcome: 'disagree' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.code).toBe('documents.return_reason_required');
    expect((await head.patch(`/api/documents/incoming/${signed.body.incomingId}`, { returnReason: '所需资料应向州统计局商请' })).status).toBe(200);
    await site.desk.handOn('hb_head', signed.body.instanceId, '初审', { outcome: 'disagree', opinion: '退文' });
    expect(await site.desk.state(signed.body.instanceId)).toBe('completed');
    const table = (await (await site.desk.client('xn_clerk')).get(`/api/documents/${doc.id}/receipts`)).body;
    expect(table.items[0]).toMatchObject({ state: 'returned', returnReason: '所需资料应向州统计局商请', returnedBy: { name: '王建国' } });
    expect((await site.desk.list('hb_registrar', 'box=received')).items[0]).toMatchObject({ kind: 'incoming', state: 'returned' });
  });

  it('given 批办 without a lead department, when the leader completes it, then it is refused and waits for one', async () => {
    const doc = await site.desk.issue({
      docType: '通知',
      title: '关于开展森林草原防火检查的通知',
      mainRecipientIds: [site.org.units['632200-001']],
      urgency: 'very_urgent',
    });
    const signed = (await (await site.desk.client('hb_registrar')).post(`/api/documents/receipts/${await site.desk.receiptFor('hb_registrar', doc.id)}/sign`))
      .body;
    await site.desk.handOn('hb_registrar', signed.instanceId, '登记');
    await site.desk.handOn('hb_head', signed.instanceId, '初审');
    await site.desk.handOn('hb_secretary', signed.instanceId, '拟办', { opinion: '请领导批示' });
    const task = (await site.desk.todo('hb_leader', signed.instanceId))[0]!;
    const refused = await site.desk.act('hb_leader', task.id, 'complete', {});
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('documents.lead_required');
    expect(
      (await (await site.desk.client('hb_leader')).patch(`/api/documents/incoming/${signed.incomingId}`, { leadUnitId: site.org.units['632200-003'] })).status,
    ).toBe(200);
    await site.desk.handOn('hb_leader', signed.instanceId, '批办');
    // 特急: the lead department has two days; the holder sees it due, the registrar may urge it (催办).
    const detail = (await (await site.desk.client('hb_registrar')).get(`/api/documents/incoming/${signed.incomingId}`)).body;
    const lead = detail.handling.find((h: { user: { name: string } }) => h.user.name === '马秀兰');
    const dueInDays = (Date.parse(lead.dueAt) - Date.now()) / 86_400_000;
    expect(dueInDays).toBeGreaterThan(1.9);
    expect(dueInDays).toBeLessThan(2.1);
    expect((await (await site.desk.client('hb_registrar')).post(`/api/tasks/${lead.taskId}/urge`, { note: '请抓紧办理' })).body).toEqual({ urged: 1 });
    expect((await (await site.desk.client('hb_registrar')).get(`/api/documents/incoming/${signed.incomingId}`)).body.handling[0].urgeCount).toBe(1);
  });

  it('given a paper document received outside the system, when the registrar registers it, then it is numbered, found and handled like any other', async () => {
    const registrar = await site.desk.client('hb_registrar');
    const scan = await upload(registrar, '省应急厅来文扫描件.pdf', '%PDF-1.4\n%scan\n');
    const refused = await registrar.post('/api/documents/incoming/paper', {
      issuerName: '青海省应急管理厅',
      docType: '通知',
      title: '关于印发应急预案的通知',
      secrecy: '秘密',
    });
    expect(refused.body.error.code).toBe('documents.classified');
    const res = await registrar.post('/api/documents/incoming/paper', {
      issuerName: '青海省应急管理厅',
      docNumber: '青应急〔2026〕88号',
      docType: '通知',
      title: '关于印发青海省地震应急预案的通知',
      summary: '印发修订后的地震应急预案，请结合实际贯彻执行。',
      copies: 2,
      pages: 16,
      attachments: [{ fileId: scan, name: '扫描件' }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    // Only the registrar (at 登记) may correct a paper document's own elements.
    expect((await registrar.patch(`/api/documents/incoming/${res.body.incomingId}`, { title: '关于印发《青海省地震应急预案》的通知' })).status).toBe(200);
    await site.desk.handOn('hb_registrar', res.body.instanceId, '登记');
    const detail = (await registrar.get(`/api/documents/incoming/${res.body.incomingId}`)).body;
    expect(detail).toMatchObject({
      origin: 'paper',
      copies: 2,
      pages: 16,
      document: { title: '关于印发《青海省地震应急预案》的通知', docNumber: '青应急〔2026〕88号', issuerName: '青海省应急管理厅' },
    });
    expect(detail.incomingNumber).toMatch(/^北政办收〔\d{4}〕\d+号$/);
    expect((await site.desk.list('hb_registrar', `box=received&keyword=${encodeURIComponent('地震应急')}`)).items.map((i) => i.id)).toEqual([
      res.body.incomingId,
    ]);
    expect((await (await site.desk.client('hb_clerk')).get(`/api/files/${scan}`)).status).toBe(200);
    expect((await (await site.desk.client('xn_clerk')).get(`/api/files/${scan}`)).status).toBe(404);
    // A registrar registers only for their own unit.
    const other = await (
      await site.desk.client('hd_registrar')
    ).post('/api/documents/incoming/paper', { unitId: site.org.units['632200-001'], issuerName: '某单位', docType: '函', title: '来函' });
    expect(other.status).toBe(403);
  });
});
