import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitFor } from '@kunlun/test-kit';
import { upload } from './documentsDesk.ts';
import { sealPng } from './unit/rendition/sealFixture.ts';
import { outputDir, pdfInfo, pdfText, renderPage } from './unit/rendition/poppler.ts';
import { pixel, type RasterImage } from './unit/rendition/pngCodec.ts';
import { HEAD, TYPE_AREA, mm } from '../src/rendition/pageGeometry.ts';
import { deliverBatch } from '../src/distribution.ts';
import { chinaYear } from '../src/documentNumbering.ts';
import { documentsSite } from './documentsSite.ts';

/**
 * documents.outgoing step by step: countersign by other departments, sign-off (签发人 recorded),
 * numbering, the stored GB/T 9704 rendition (checked with poppler: A4, red mark where the
 * standard puts it, the title in the text layer, the seal), and distribution.
 */
const out = outputDir('documents-rendition');
/** The two database projects run at once: each writes its own files. */
const tag = process.env.KUNLUN_TEST_DB ?? 'db';
const isRed = ([r, g, b]: [number, number, number]) => r > 180 && g < 90 && b < 90;

function redIn(image: RasterImage, top: number, bottom: number) {
  let count = 0;
  let left = Infinity;
  let right = -Infinity;
  let first = Infinity;
  for (let y = Math.max(0, top); y < Math.min(image.height, bottom); y++) {
    for (let x = 0; x < image.width; x++) {
      if (!isRed(pixel(image, x, y))) continue;
      count++;
      left = Math.min(left, x);
      right = Math.max(right, x);
      first = Math.min(first, y);
    }
  }
  return { count, left, right, top: first };
}

describe('documents.outgoing', () => {
  const site = documentsSite();

  it(
    'given a 通知 countersigned by two departments, when it is signed off, numbered and printed with the seal, then its stored PDF follows GB/T 9704',
    { timeout: 90_000 },
    async () => {
      const title = '西宁市人民政府办公室关于做好冬春季安全生产工作的通知';
      const drafted = await site.desk.draft('xn_clerk', {
        docType: '通知',
        title,
        urgency: 'urgent',
        mainRecipientIds: [site.org.units['632200-001'], site.org.units['630200-001']],
        copyRecipientIds: [site.org.units['630100-003']],
        bodyHtml:
          '<p>为切实做好冬春季安全生产工作，现将有关事项通知如下。</p><p>一、提高思想认识</p><p>各地各部门要充分认识做好冬春季安全生产工作的重要性。</p><p>二、强化隐患排查</p><p>重点排查燃气、消防、道路交通等领域。</p>',
        note: '此件公开发布',
      });
      await site.desk.handOn('xn_clerk', drafted.instanceId, '拟稿');
      await site.desk.handOn('xn_head', drafted.instanceId, '部门审核');
      await site.desk.change('xn_head', drafted.id, { countersignUnitIds: [site.org.units['630100-002'], site.org.units['630100-003']] });
      await site.desk.handOn('xn_head', drafted.instanceId, '办公室核稿');
      expect(await site.desk.standing(drafted.instanceId)).toEqual(['countersign:xn_edu_head', 'countersign:xn_fgw_head']);
      await site.desk.handOn('xn_fgw_head', drafted.instanceId, '会签', { opinion: '同意' });
      expect(await site.desk.standing(drafted.instanceId)).toEqual(['countersign:xn_edu_head']);
      await site.desk.handOn('xn_edu_head', drafted.instanceId, '会签', { opinion: '建议增加校园安全内容', outcome: 'disagree' });
      // Every opinion goes to the leader, who signs off.
      await site.desk.handOn('xn_leader', drafted.instanceId, '领导签发', { opinion: '同意印发' });
      await site.desk.handOn('xn_secretary', drafted.instanceId, '复核');
      const numbered = await site.desk.document('xn_registrar', drafted.id);
      expect(numbered).toMatchObject({ state: 'numbered', docNumber: `宁政办〔${chinaYear()}〕1号`, signers: ['马明德'], signedOffAt: expect.any(String) });
      const seal = await upload(await site.desk.client('xn_registrar'), '印章.png', sealPng(), 'image/png');
      await site.desk.change('xn_registrar', drafted.id, { sealed: true, sealFileId: seal, copyNumber: '000128' });
      await site.desk.handOn('xn_registrar', drafted.instanceId, '印制');
      const printed = await waitFor(
        async () => {
          const d = await site.desk.document('xn_registrar', drafted.id);
          return d.rendition.state === 'ready' ? d : null;
        },
        { what: 'the rendition', timeoutMs: 60_000 },
      );
      expect(printed.state).toBe('printed');

      // The stored PDF, downloaded as a reader does.
      const download = await downloadAs(await site.desk.client('xn_clerk'), `/api/files/${printed.rendition.fileId}`);
      expect(download.type).toBe('application/pdf');
      const file = path.join(out, `issued-${tag}.pdf`);
      fs.writeFileSync(file, download.bytes);
      expect(pdfInfo(file)['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)$/u);
      const text = pdfText(file).replace(/\s+/gu, '');
      expect(text).toContain(title);
      expect(text).toContain(`宁政办〔${chinaYear()}〕1号`);
      expect(text).toContain('西宁市人民政府办公室文件');
      expect(text).toContain('000128');
      expect(text).toContain('加急');
      expect(text).toContain('海北藏族自治州人民政府办公室，海东市人民政府办公室：');
      expect(text).toContain('抄送：西宁市教育局');
      const page = renderPage(file, 1, 72, path.join(out, `issued-${tag}-1`)).image;
      expect(Math.abs(page.width - (210 / 25.4) * 72)).toBeLessThan(1);
      expect(Math.abs(page.height - (297 / 25.4) * 72)).toBeLessThan(1);
      const mark = redIn(page, 0, Math.floor(HEAD.markTop + mm(25)));
      expect(mark.count).toBeGreaterThan(1000);
      expect(Math.abs(mark.top - HEAD.markTop)).toBeLessThan(mm(2));
      expect(Math.abs((mark.left + mark.right) / 2 - (TYPE_AREA.left + TYPE_AREA.width / 2))).toBeLessThan(mm(3));
      const lastPage = Number(pdfInfo(file).Pages);
      const sealed = renderPage(file, lastPage, 72, path.join(out, `issued-${tag}-${lastPage}`)).image;
      expect(redIn(sealed, 0, sealed.height).count).toBeGreaterThan(1000);

      // 核发: every recipient gets its inbox entry, once, however often a batch is delivered.
      await site.desk.handOn('xn_registrar', drafted.instanceId, '核发');
      const done = await waitFor(
        async () => {
          const d = await site.desk.document('xn_clerk', drafted.id);
          return d.distribution?.state === 'done' ? d.distribution : null;
        },
        { what: 'the distribution' },
      );
      expect(done).toMatchObject({ total: 3, delivered: 3 });
      const ctx = {
        db: site.app.runtime.db,
        engine: { transaction: site.app.runtime.engine.transaction.bind(site.app.runtime.engine) },
        notify: async () => 0,
        events: { emitAfterCommit: async () => {} },
        jobs: {},
        log: site.app.runtime.log,
      } as never;
      expect(await deliverBatch(ctx, { distributionId: done.id, from: 0, to: 3 })).toEqual({ delivered: 0, done: false });
      expect(Number((await site.app.runtime.db('documents_receipts').where({ document_id: drafted.id }).count<{ n: number }[]>('* as n'))[0]!.n)).toBe(3);
      expect((await site.desk.document('xn_clerk', drafted.id)).distribution).toMatchObject({ total: 3, delivered: 3 });
      await site.desk.handOn('xn_registrar', drafted.instanceId, '归档');
      expect((await site.desk.document('xn_clerk', drafted.id)).state).toBe('archived');
      expect((await site.desk.list('xn_clerk', 'box=archived')).items.map((i) => i.documentId)).toEqual([drafted.id]);
    },
  );

  it('gives a preview PDF of a draft, with the number left blank', async () => {
    const drafted = await site.desk.draft('xn_clerk', {
      docType: '函',
      title: '关于商请支持冬季供暖保障的函',
      mainRecipientIds: [site.org.units['632200-001']],
      bodyHtml: '<p>请予支持。</p>',
    });
    const preview = await downloadAs(await site.desk.client('xn_clerk'), `/api/documents/${drafted.id}/preview`);
    expect(preview.type).toBe('application/pdf');
    const file = path.join(out, `preview-${tag}.pdf`);
    fs.writeFileSync(file, preview.bytes);
    const text = pdfText(file).replace(/\s+/gu, '');
    expect(text).toContain('关于商请支持冬季供暖保障的函');
    expect(text).toContain(`宁政办〔${chinaYear()}〕号`);
  });
});

/** Downloads bytes as a signed-in person (the test client reads bodies as text). */
async function downloadAs(client: { baseUrl: string; cookie(name: string): string | undefined }, url: string): Promise<{ type: string | null; bytes: Buffer }> {
  const res = await fetch(client.baseUrl + url, { headers: { Cookie: `kunlun_session=${client.cookie('kunlun_session') ?? ''}` } });
  expect(res.status).toBe(200);
  return { type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}
