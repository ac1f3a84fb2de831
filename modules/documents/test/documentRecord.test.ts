import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from '../src/documentVocabulary.ts';
import { documentsSite } from './documentsSite.ts';

/** The document record: its elements, the regulations' rules, nothing classified, and who may change what at which step. */
describe('the document record', () => {
  const site = documentsSite();

  const counts = async () => {
    const [[d], [i], [f]] = await Promise.all([
      site.app.runtime.db('documents_documents').count<{ n: number }[]>('* as n'),
      site.app.runtime.db('engine_instances').count<{ n: number }[]>('* as n'),
      site.app.runtime.db('core_file_links').count<{ n: number }[]>('* as n'),
    ]);
    return [Number(d!.n), Number(i!.n), Number(f!.n)];
  };

  it('given a document marked 机密, when it is drafted, then it is refused with a clear message and nothing is stored', async () => {
    const before = await counts();
    const clerk = await site.desk.client('xn_clerk');
    const marked = await clerk.post('/api/documents/outgoing', {
      docType: '通知',
      title: '关于调整边境管控措施的通知',
      secrecy: '机密',
      mainRecipientIds: [site.org.units['632200-001']],
    });
    expect(marked.status).toBe(422);
    expect(marked.body.error).toMatchObject({ code: 'documents.classified', details: { secrecy: '机密' } });
    expect(marked.body.error.message).toContain('本系统只办理非涉密公文');
    const inTitle = await clerk.post('/api/documents/outgoing', { docType: '通知', title: '秘密★1年 关于调整边境管控措施的通知' });
    expect(inTitle.body.error).toMatchObject({ code: 'documents.classified', details: { secrecy: '秘密' } });
    const inBody = await clerk.post('/api/documents/outgoing', {
      docType: '通知',
      title: '关于调整边境管控措施的通知',
      bodyHtml: '<p>绝密★长期</p><p>正文</p>',
    });
    expect(inBody.body.error.code).toBe('documents.classified');
    expect(await counts()).toEqual(before);
    // And a change that marks an existing draft is refused too, leaving it as it was.
    const draft = await site.desk.draft('xn_clerk', { docType: '通知', title: '关于调整工作时间的通知' });
    const change = await clerk.patch(`/api/documents/${draft.id}`, { secrecy: '绝密', title: '关于调整工作时间的通知（绝密）' });
    expect(change.status).toBe(422);
    expect((await site.desk.document('xn_clerk', draft.id)).title).toBe('关于调整工作时间的通知');
  });

  it('accepts each of the 15 document types and refuses any other', async () => {
    for (const docType of DOCUMENT_TYPES) {
      const res = await (await site.desk.client('xn_clerk')).post('/api/documents/outgoing', { docType, title: `${docType}样稿` });
      expect(res.status, `${docType}: ${JSON.stringify(res.body)}`).toBe(201);
    }
    const other = await (await site.desk.client('xn_clerk')).post('/api/documents/outgoing', { docType: '简报', title: '简报样稿' });
    expect(other.status).toBe(400);
  });

  it('enforces the 请示 rules: one main recipient, never copied to a lower body; warns when an upward document has no 签发人', async () => {
    const hb = await site.desk.client('hb_clerk');
    const twoMain = await hb.post('/api/documents/outgoing', {
      docType: '请示',
      title: '关于申请防汛经费的请示',
      mainRecipientIds: [site.org.units['630000-001'], site.org.units['630000']],
    });
    expect(twoMain.status).toBe(422);
    expect(twoMain.body.error.code).toBe('documents.request_one_main_recipient');
    const copiedDown = await hb.post('/api/documents/outgoing', {
      docType: '请示',
      title: '关于申请防汛经费的请示',
      mainRecipientIds: [site.org.units['630000-001']],
      copyRecipientIds: [site.org.units['632221-001']],
    });
    expect(copiedDown.status).toBe(422);
    expect(copiedDown.body.error).toMatchObject({ code: 'documents.request_copied_down', message: '请示不得抄送下级机关' });
    const upward = await site.desk.draft('hb_clerk', {
      docType: '请示',
      title: '关于申请防汛经费的请示',
      mainRecipientIds: [site.org.units['630000-001']],
      bodyHtml: '<p>妥否，请批示。</p>',
    });
    expect(upward.warnings).toEqual([expect.objectContaining({ code: 'documents.signer_required', field: 'signers' })]);
    expect((await site.desk.document('hb_clerk', upward.id)).direction).toBe('up');
    const report = await site.desk.draft('hb_clerk', {
      docType: '报告',
      title: '关于防汛工作情况的报告',
      mainRecipientIds: [site.org.units['630000-001']],
      signers: ['才让多杰'],
      bodyHtml: '<p>以上报告，妥否，请批示。</p>',
    });
    expect(report.warnings.map((w: { code: string }) => w.code)).toEqual(['documents.report_with_request']);
  });

  it('lets each step change only its own fields: the drafter before submitting, the office at 核稿, nobody at 签发', async () => {
    const draft = await site.desk.draft('xn_clerk', { docType: '通知', title: '关于做好防汛准备的通知', mainRecipientIds: [site.org.units['632200-001']] });
    const detail = await site.desk.document('xn_clerk', draft.id);
    expect(detail.fieldAccess).toMatchObject({ title: 'editable', countersignUnits: 'editable', sealed: 'readonly', docNumber: 'readonly' });
    await site.desk.change('xn_clerk', draft.id, { title: '关于做好2027年防汛准备工作的通知', attachments: [] });
    await site.desk.handOn('xn_clerk', draft.instanceId, '拟稿');
    const clerk = await site.desk.client('xn_clerk');
    expect((await clerk.patch(`/api/documents/${draft.id}`, { title: '再改标题' })).body.error.code).toBe('documents.no_open_step');
    const head = await site.desk.client('xn_head');
    expect((await head.patch(`/api/documents/${draft.id}`, { sealed: true })).body.error).toMatchObject({
      code: 'documents.field_not_editable',
      details: { fields: ['sealed'] },
    });
    // A return: the department head sends it back to the drafter, who can edit again.
    await site.desk.handOn('xn_head', draft.instanceId, '部门审核', { outcome: 'disagree', opinion: '请补充防汛物资储备要求' });
    await site.desk.change('xn_clerk', draft.id, { bodyHtml: '<p>请各地做好防汛物资储备。</p>' });
    await site.desk.handOn('xn_clerk', draft.instanceId, '拟稿');
    await site.desk.handOn('xn_head', draft.instanceId, '部门审核');
    await site.desk.change('xn_head', draft.id, { title: '关于切实做好2027年防汛准备工作的通知' });
    await site.desk.handOn('xn_head', draft.instanceId, '办公室核稿');
    const leader = await site.desk.client('xn_leader');
    expect((await leader.patch(`/api/documents/${draft.id}`, { title: '领导改标题' })).status).toBe(403);
    // The leader signs off; the one who handed it on last can withdraw (撤回) while nobody has acted since.
    await site.desk.handOn('xn_leader', draft.instanceId, '领导签发');
    expect((await leader.post(`/api/instances/${draft.instanceId}/withdraw`)).status).toBe(200);
    expect(await site.desk.standing(draft.instanceId)).toEqual(['signOff:xn_leader']);
    const final = await site.desk.document('xn_clerk', draft.id);
    expect(final).toMatchObject({ title: '关于切实做好2027年防汛准备工作的通知', bodyText: '请各地做好防汛物资储备。' });
  });

  it('issues jointly: the joint issuing bodies are named with the lead one and countersign the document', async () => {
    const draft = await site.desk.draft('xn_clerk', {
      docType: '意见',
      title: '关于加强校园安全管理的意见',
      jointUnitIds: [site.org.units['630100-003']],
      mainRecipientIds: [site.org.units['632200-001']],
    });
    const doc = await site.desk.document('xn_clerk', draft.id);
    expect(doc).toMatchObject({
      issuerName: '西宁市人民政府办公室、西宁市教育局',
      issuer: { name: '西宁市人民政府办公室' },
      jointIssuers: [{ name: '西宁市教育局' }],
    });
    const noPrefix = await (await site.desk.client('xn_clerk')).patch(`/api/documents/${draft.id}`, { jointUnitIds: [site.org.units['632200-001-01']] });
    expect(noPrefix.body.error.code).toBe('documents.joint_no_prefix');
    await site.desk.handOn('xn_clerk', draft.instanceId, '拟稿');
    await site.desk.handOn('xn_head', draft.instanceId, '部门审核');
    await site.desk.handOn('xn_head', draft.instanceId, '办公室核稿');
    expect(await site.desk.standing(draft.instanceId)).toEqual(['countersign:xn_edu_head']);
  });

  it('sanitizes the rich-text body and keeps its plain text for search and layout', async () => {
    const draft = await site.desk.draft('xn_clerk', {
      docType: '函',
      title: '关于商请支持的函',
      bodyHtml: '<p onclick="x()">第一段<script>alert(1)</script></p><p>第二段&nbsp;内容</p><img src=x onerror=alert(1)>',
    });
    const doc = await site.desk.document('xn_clerk', draft.id);
    expect(doc.bodyHtml).toBe('<p>第一段</p><p>第二段\u00a0内容</p>');
    expect(doc.bodyText).toBe('第一段\n第二段 内容');
  });
});
