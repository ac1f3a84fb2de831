import { describe, expect, it } from 'vitest';
import { upload } from './documentsDesk.ts';
import { documentsSite } from './documentsSite.ts';

/** Who may read a document and its files: the sender, the recipients, the participants — nobody else. */
describe('access to documents and their files', () => {
  const site = documentsSite();

  it('given a draft, only its participants see it; once issued, the sender unit sees it too', async () => {
    const draft = await site.desk.draft('xn_clerk', { docType: '通知', title: '关于调整值班安排的通知', mainRecipientIds: [site.org.units['632200-001']] });
    expect((await (await site.desk.client('xn_registrar')).get(`/api/documents/${draft.id}`)).status).toBe(404);
    await site.desk.handOn('xn_clerk', draft.instanceId, '拟稿');
    expect((await (await site.desk.client('xn_head')).get(`/api/documents/${draft.id}`)).status).toBe(200);
    expect((await (await site.desk.client('hb_registrar')).get(`/api/documents/${draft.id}`)).status).toBe(404);
  });

  it('given an issued document, a unit that is neither sender nor recipient gets 404 for it and every file of it, and 403 for signing', async () => {
    const clerk = await site.desk.client('xn_clerk');
    const attachment = await upload(clerk, '值班表.pdf', '%PDF-1.4\n% duty roster\n');
    const doc = await site.desk.issue({
      docType: '通知',
      title: '关于元旦期间值班安排的通知',
      mainRecipientIds: [site.org.units['632200-001']],
      attachments: [{ fileId: attachment, name: '值班表' }],
    });
    const detail = await site.desk.document('xn_clerk', doc.id);
    const rendition = detail.rendition.fileId as string;
    expect(rendition).toBeTruthy();
    const receipt = await site.desk.receiptFor('hb_registrar', doc.id);

    // The sender's people and the recipient's people read the document and its files.
    for (const who of ['xn_registrar', 'hb_registrar', 'hb_clerk']) {
      const c = await site.desk.client(who);
      expect((await c.get(`/api/documents/${doc.id}`)).status, who).toBe(200);
      expect((await c.get(`/api/files/${attachment}`)).status, who).toBe(200);
      expect((await c.get(`/api/files/${rendition}`)).status, who).toBe(200);
    }
    // A unit that is neither: 祁连县政府办公室, and 海北州教育局 beside the recipient.
    for (const who of ['ql_clerk', 'hb_edu_head']) {
      const c = await site.desk.client(who);
      expect((await c.get(`/api/documents/${doc.id}`)).status, who).toBe(404);
      expect((await c.get(`/api/documents/${doc.id}/preview`)).status, who).toBe(404);
      expect((await c.get(`/api/documents/${doc.id}/receipts`)).status, who).toBe(404);
      expect((await c.patch(`/api/documents/${doc.id}`, { title: 'x' })).status, who).toBe(404);
      expect((await c.get(`/api/files/${attachment}`)).status, who).toBe(404);
      expect((await c.get(`/api/files/${rendition}`)).status, who).toBe(404);
      expect((await c.post(`/api/documents/receipts/${receipt}/sign`)).status, who).toBe(403);
      expect((await c.post(`/api/documents/receipts/${receipt}/return`, { reason: '不是我们的' })).status, who).toBe(403);
      const lists = await Promise.all(['sent', 'toSign', 'received', 'archived'].map((box) => site.desk.list(who, `box=${box}`)));
      expect(lists.flatMap((l) => l.items.map((i) => i.documentId))).not.toContain(doc.id);
    }
    // A recipient does not see the sender's receipt table.
    expect((await (await site.desk.client('hb_registrar')).get(`/api/documents/${doc.id}/receipts`)).status).toBe(403);
    // And an incoming record is the receiving unit's: others get 404.
    const signed = (await (await site.desk.client('hb_registrar')).post(`/api/documents/receipts/${receipt}/sign`)).body;
    expect((await (await site.desk.client('hb_clerk')).get(`/api/documents/incoming/${signed.incomingId}`)).status).toBe(200);
    expect((await (await site.desk.client('xn_clerk')).get(`/api/documents/incoming/${signed.incomingId}`)).status).toBe(404);
    expect((await (await site.desk.client('ql_clerk')).get(`/api/documents/incoming/${signed.incomingId}`)).status).toBe(404);
  });
});
