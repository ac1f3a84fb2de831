import { describe, expect, it } from 'vitest';
import { waitFor } from '@kunlun/test-kit';
import { documentsSite } from './documentsSite.ts';

/**
 * A document's steps through the engine's task API: the task shows the document's fields, what a
 * step submits goes into the document (checked per step), a retitled document is retitled in
 * 待办 and 已办, its processes cannot be started from the catalogue, and registrars' bells ring
 * for deliveries and 催办.
 */
describe('documents handled through their tasks', () => {
  const site = documentsSite();

  const taskDetail = async (username: string, taskId: string) => (await (await site.desk.client(username)).get(`/api/tasks/${taskId}`)).body;
  const bell = async (username: string) =>
    (await (await site.desk.client(username)).get('/api/notifications?pageSize=50')).body.items as { kind: string; title: string; link: string }[];

  it('the process catalogue neither lists nor starts a document’s process: documents are drafted and signed for in 公文管理', async () => {
    const clerk = await site.desk.client('xn_clerk');
    const catalogue = (await clerk.get('/api/processes')).body as { key: string }[];
    expect(catalogue.map((p) => p.key).filter((k) => k.startsWith('documents.'))).toEqual([]);
    const start = await clerk.post('/api/processes/documents.outgoing/start', { title: '绕过拟稿', submit: true });
    expect(start.status).toBe(403);
    expect(start.body.error).toMatchObject({ code: 'engine.started_by_module', message: '该流程只能在“公文管理”中发起' });
  });

  it('a step’s task shows the document, and what the step submits goes into the document, per step', async () => {
    // Given a draft to one office
    const drafted = await site.desk.draft('xn_clerk', {
      docType: '通知',
      title: '关于做好春运安全工作的通知',
      mainRecipientIds: [site.org.units['632200-001']],
    });
    const draft = await taskDetail('xn_clerk', drafted.taskId!);
    expect(draft.form.id).toBe('documents.outgoing');
    expect(draft.values).toMatchObject({ title: '关于做好春运安全工作的通知', docType: '通知', mainRecipients: [site.org.units['632200-001']] });
    // When the drafter submits the 拟稿 step with a new title, a second recipient and the body
    const recipients = [site.org.units['632200-001'], site.org.units['630200-001']];
    await site.desk.handOn('xn_clerk', drafted.instanceId, '拟稿', {
      variables: {
        title: '关于做好2027年春运安全工作的通知',
        mainRecipients: recipients,
        mainTo: '海北州政府办公室，海东市政府办公室',
        body: '<p>春运将至。</p>',
      },
    });
    // Then the document holds them, not the process's variables; the next holder sees the new title
    const doc = await site.desk.document('xn_clerk', drafted.id);
    expect(doc).toMatchObject({ title: '关于做好2027年春运安全工作的通知', mainTo: ['海北州政府办公室', '海东市政府办公室'], bodyHtml: '<p>春运将至。</p>' });
    expect(doc.mainRecipients.map((u: { id: string }) => u.id)).toEqual(recipients);
    const variables = (await site.app.runtime.db('engine_instances').where({ id: drafted.instanceId }).first('variables')).variables;
    expect(variables).not.toHaveProperty('body');
    const review = await site.desk.task('xn_head', drafted.instanceId);
    expect(review.title).toBe('关于做好2027年春运安全工作的通知');
    // And a field the step may not change is refused with nothing changed
    const refused = await site.desk.act('xn_head', review.id, 'complete', { variables: { signature: '西宁市人民政府办公室' } });
    expect(refused.status).toBe(400);
    await site.desk.handOn('xn_head', drafted.instanceId, '部门审核');
    // When 办公室核稿 asks 西宁市发改委 to countersign through the sheet
    await site.desk.handOn('xn_head', drafted.instanceId, '办公室核稿', { variables: { countersignUnits: [site.org.units['630100-002']] } });
    // Then the countersign goes there, and the instance page shows the document's sheet
    expect(await site.desk.standing(drafted.instanceId)).toEqual(['countersign:xn_fgw_head']);
    const instance = await site.desk.instance('xn_fgw_head', drafted.instanceId);
    expect(instance.form.values).toMatchObject({
      title: '关于做好2027年春运安全工作的通知',
      countersignUnits: [site.org.units['630100-002']],
      mainRecipients: recipients,
    });
  });

  it('a document retitled on its page is retitled in 待办 and 已办', async () => {
    const drafted = await site.desk.draft('xn_clerk', { docType: '函', title: '关于商请支持的函', mainRecipientIds: [site.org.units['632200-001']] });
    await site.desk.handOn('xn_clerk', drafted.instanceId, '拟稿');
    await site.desk.change('xn_head', drafted.id, { title: '关于商请支持冬季供暖保障的函' });
    expect((await site.desk.task('xn_head', drafted.instanceId)).title).toBe('关于商请支持冬季供暖保障的函');
    const done = (await (await site.desk.client('xn_clerk')).get('/api/tasks?box=done&pageSize=100')).body.items.find(
      (i: { instanceId: string }) => i.instanceId === drafted.instanceId,
    );
    expect(done).toMatchObject({ title: '关于商请支持冬季供暖保障的函', businessKey: drafted.id });
  });

  it('rings the registrars’ bells for a delivered document and for the sender’s 催办; the 收文处理笺 takes several assisting units', async () => {
    // Given a document issued to two offices
    const title = '关于做好低温雨雪冰冻灾害防范工作的通知';
    const doc = await site.desk.issue({ docType: '通知', title, mainRecipientIds: [site.org.units['632200-001'], site.org.units['630200-001']] });
    // Then both registrars were told it arrived, leading to the document
    for (const registrar of ['hb_registrar', 'hd_registrar']) {
      expect(await bell(registrar)).toEqual(
        expect.arrayContaining([expect.objectContaining({ kind: 'documents.delivered', title: `待签收：${title}`, link: `/documents/${doc.id}` })]),
      );
    }
    // When 海北 signs for it and the sender urges the one that has not
    const signed = (await (await site.desk.client('hb_registrar')).post(`/api/documents/receipts/${await site.desk.receiptFor('hb_registrar', doc.id)}/sign`))
      .body;
    expect((await (await site.desk.client('xn_registrar')).post(`/api/documents/${doc.id}/urge`, {})).body).toEqual({ urged: 1 });
    // Then only 海东's registrar is urged
    await waitFor(async () => (await bell('hd_registrar')).some((n) => n.kind === 'documents.urged' && n.title === `催办签收：${title}`), {
      what: '海东’s 催办 notification',
    });
    expect((await bell('hb_registrar')).some((n) => n.kind === 'documents.urged')).toBe(false);
    // When 海北 handles it: 拟办 names the lead and two assisting departments on the sheet
    await site.desk.handOn('hb_registrar', signed.instanceId, '登记');
    await site.desk.handOn('hb_head', signed.instanceId, '初审');
    const assisting = [site.org.units['632200-001'], site.org.units['632221-001']];
    await site.desk.handOn('hb_secretary', signed.instanceId, '拟办', {
      variables: { proposal: '拟请州教育局牵头', leadUnit: site.org.units['632200-003'], assistUnits: assisting, readers: [site.org.users.hb_governor] },
    });
    // Then the record holds them, and the leader's 批办 task shows them
    const sheet = (await (await site.desk.client('hb_registrar')).get(`/api/documents/incoming/${signed.incomingId}`)).body;
    expect(sheet).toMatchObject({
      proposal: '拟请州教育局牵头',
      leadUnit: { id: site.org.units['632200-003'] },
      readers: [{ id: site.org.users.hb_governor }],
    });
    expect(sheet.assistUnits.map((u: { id: string }) => u.id)).toEqual(assisting);
    const instruct = await site.desk.task('hb_leader', signed.instanceId);
    expect((await taskDetail('hb_leader', instruct.id)).values).toMatchObject({
      leadUnit: site.org.units['632200-003'],
      assistUnits: assisting,
      proposal: '拟请州教育局牵头',
    });
    await site.desk.handOn('hb_leader', signed.instanceId, '批办', { variables: { instruction: '同意' } });
    expect(await site.desk.standing(signed.instanceId)).toEqual(['handleAssist:hb_head', 'handleAssist:my_head', 'handleLead:hb_edu_head']);
  });
});
