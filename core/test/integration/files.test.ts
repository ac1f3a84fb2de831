import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Desk, seedOrg, waitFor, type ApiClient, type TestApp } from '@kunlun/test-kit';

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

  it('tells a reader what a file is and who uploaded it when, under the same rule as the download', async () => {
    // Given a file attached to a 签报 by the clerk
    const clerk = await desk.as('hb_clerk');
    const file = (await upload(clerk, '会议纪要.pdf', PDF)).body;
    await clerk.post('/api/processes/general.approval/start', {
      variables: { title: '关于召开专题会议的请示', content: '见附件', urgency: 'normal', attachments: [file.id] },
      submit: true,
    });
    // When the head (who handles it) asks about it
    const info = await (await desk.as('hb_head')).get(`/api/files/${file.id}/info`);
    // Then they learn its name, type, size, hash, when and by whom it was uploaded; a stranger learns nothing
    expect(info.status).toBe(200);
    expect(info.body).toEqual({
      id: file.id,
      name: '会议纪要.pdf',
      type: 'application/pdf',
      size: PDF.length,
      sha256: file.sha256,
      uploadedAt: file.createdAt,
      uploader: { id: expect.any(String), name: '李明' },
    });
    expect((await (await desk.as('ql_clerk')).get(`/api/files/${file.id}/info`)).status).toBe(404);
    expect((await clerk.get('/api/files/00000000-0000-4000-8000-000000000000/info')).status).toBe(404);
  });

  it('a module saves and links a file in one transaction; a rolled-back one leaves neither row nor bytes', async () => {
    const { engine, files } = app.runtime;
    const clerkId = (await app.runtime.db('core_users').where({ username: 'hb_clerk' }).first('id')).id as string;
    // When a module saves a file and links it inside a transaction that commits
    const saved = await engine.transaction(async (trx) => {
      const info = await files.save({ name: '版式文件.pdf', data: PDF, uploadedBy: clerkId }, trx);
      await files.link(trx, [info.id], 'engine.instance', '00000000-0000-4000-8000-000000000001', clerkId);
      return info;
    });
    // Then the bytes read back by id
    expect((await files.read(saved.id)).equals(PDF)).toBe(true);
    // When the transaction rolls back after the save
    let keyOfLost: string | null = null;
    await expect(
      engine.transaction(async (trx) => {
        const info = await files.save({ name: '作废.pdf', data: PDF, uploadedBy: null }, trx);
        keyOfLost = (await trx('core_files').where({ id: info.id }).first('storage_key')).storage_key;
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    // Then neither the row nor the stored bytes remain
    await waitFor(async () => !(await files.store.exists(keyOfLost!)), { what: 'the bytes of the rolled-back file to go' });
    expect(await app.runtime.db('core_files').where({ name: '作废.pdf' }).first()).toBeUndefined();
  });

  it('a file uploaded by someone else cannot be attached to one’s own process', async () => {
    const other = (await upload(await desk.as('my_clerk'), 'other.pdf', PDF)).body;
    const res = await (
      await desk.as('hb_clerk')
    ).post('/api/processes/general.approval/start', {
      variables: { title: '冒用附件', content: '…', urgency: 'normal', attachments: [other.id] },
      submit: true,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('files.not_yours');
  });
});
