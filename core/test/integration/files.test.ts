import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Desk, seedOrg, type ApiClient, type TestApp } from '@kunlun/test-kit';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

function upload(client: ApiClient, name: string, data: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), name);
  return client.request('POST', '/api/files', undefined, { raw: form });
}

describe('attachments', () => {
  let app: TestApp;
  let desk: Desk;

  beforeAll(async () => {
    app = await createTestApp({ modules: ['general'] });
    await seedOrg(app.runtime);
    desk = new Desk(app);
  });
  afterAll(() => app.close());

  it('an upload is stored with its hash; what is not an allowed office type, or lies about its type, is refused', async () => {
    const clerk = await desk.as('hb_clerk');
    const ok = await upload(clerk, '经费测算表.pdf', PDF);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ name: '经费测算表.pdf', mime: 'application/pdf', size: PDF.length });
    expect(ok.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await upload(clerk, 'tool.exe', Buffer.from('MZ'))).status).toBe(415);
    const fake = await upload(clerk, 'fake.pdf', Buffer.from('<html>not a pdf</html>'));
    expect(fake.status).toBe(415);
    expect(fake.body.error.code).toBe('files.content_mismatch');
  });

  it('attached to a 签报, a file is readable by the people handling it and by nobody else', async () => {
    const clerk = await desk.as('hb_clerk');
    const file = (await upload(clerk, '附件一：购置清单.pdf', PDF)).body;
    const started = await clerk.post('/api/processes/general.approval/start', {
      variables: { title: '关于购置档案柜的请示', content: '见附件', urgency: 'normal', attachments: [file.id] },
      submit: true,
    });
    expect(started.status).toBe(201);
    const head = await desk.as('hb_head');
    const download = await head.get(`/api/files/${file.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('x-content-sha256')).toBe(file.sha256);
    expect(download.headers.get('content-disposition')).toContain(encodeURIComponent('附件一：购置清单.pdf'));
    expect((await (await desk.as('ql_clerk')).get(`/api/files/${file.id}`)).status).toBe(404);
  });

  it('a file uploaded by someone else cannot be attached to one’s own process', async () => {
    const other = (await upload(await desk.as('my_clerk'), 'other.pdf', PDF)).body;
    const res = await (await desk.as('hb_clerk')).post('/api/processes/general.approval/start', {
      variables: { title: '冒用附件', content: '…', urgency: 'normal', attachments: [other.id] },
      submit: true,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('files.not_yours');
  });
});
