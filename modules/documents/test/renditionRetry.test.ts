import { afterAll, describe, expect, it } from 'vitest';
import { waitFor } from '@kunlun/test-kit';
import { documentsSite } from './documentsSite.ts';
import { withoutDocumentFonts } from './missingFonts.ts';

/**
 * 印制 on a server without the document fonts (issue 20): the failed rendition stays visible on
 * the document with its reason and rings the print room's bells; 重新生成 after the fonts are in
 * place makes the PDF and the process goes on to 核发 as if it had never failed.
 */
const fonts = withoutDocumentFonts();
const site = documentsSite();
afterAll(() => fonts.restore());

const title = '西宁市人民政府办公室关于做好冬春季森林草原防灭火工作的通知';
let documentId = '';
let instanceId = '';

describe('a failed rendition and 重新生成', () => {
  it('given no document fonts, when 印制 is handed on, then the document says why its PDF failed and the print room is notified', async () => {
    const { desk, org } = site;
    const drafted = await desk.draft('xn_clerk', {
      docType: '通知',
      title,
      mainRecipientIds: [org.units['632200-001']],
      bodyHtml: '<p>当前已进入森林草原防火紧要期。</p>',
    });
    documentId = drafted.id;
    instanceId = drafted.instanceId;
    await desk.throughPrint(drafted.instanceId);

    const failed = await waitFor(
      async () => {
        const d = await desk.document('xn_registrar', documentId);
        return d.rendition.state === 'failed' ? d : null;
      },
      { what: 'the failed rendition', timeoutMs: 30_000 },
    );
    expect(failed.rendition.fileId).toBeNull();
    expect(failed.rendition.failure.kind).toBe('fonts_missing');
    expect(failed.rendition.failure.reason['zh-CN']).toContain('服务器缺少公文字体');
    expect(failed.rendition.failure.reason['zh-CN']).toContain('deploy/scripts/fetch-fonts.sh');
    expect(failed.rendition.canRetry).toBe(true);
    expect(failed.process.openSteps).toEqual([]);
    expect((await desk.document('xn_head', documentId)).rendition.canRetry).toBe(true);
    expect((await desk.document('xn_clerk', documentId)).rendition).toMatchObject({ state: 'failed', canRetry: false });

    for (const who of ['xn_registrar', 'xn_head']) {
      const bell = await (await desk.client(who)).get('/api/notifications');
      const notice = bell.body.items.find((n: { kind: string }) => n.kind === 'documents.renditionFailed');
      expect(notice, who).toMatchObject({ title: `版式文件生成失败：${title}`, link: `/documents/${documentId}` });
      expect(notice.body).toContain('服务器缺少公文字体');
    }
    const clerkBell = await (await desk.client('xn_clerk')).get('/api/notifications');
    expect(clerkBell.body.items.map((n: { kind: string }) => n.kind)).not.toContain('documents.renditionFailed');
  });

  it('given the failed rendition, when its preview is asked for, then the answer is readable: an error for the desktop, a page for a browser tab', async () => {
    const clerk = await site.desk.client('xn_clerk');
    const json = await clerk.request('GET', `/api/documents/${documentId}/preview`, undefined, { headers: { Accept: 'application/json' } });
    expect(json.status).toBe(503);
    expect(json.body.error.code).toBe('documents.fonts_missing');
    expect(json.body.error.message).toContain('服务器缺少公文字体');
    const page = await clerk.request('GET', `/api/documents/${documentId}/preview`, undefined, {
      headers: { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    expect(page.status).toBe(503);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.body).toContain('无法生成版式预览');
    expect(page.body).toContain('deploy/scripts/fetch-fonts.sh');
    expect(page.body).not.toContain('"error"');
  });

  it('given someone outside the print room, when they retry, then 403, and the rendition stays failed', async () => {
    const clerk = await site.desk.client('xn_clerk');
    const res = await clerk.post(`/api/documents/${documentId}/rendition/retry`, {});
    expect(res.status).toBe(403);
    expect((await site.desk.document('xn_registrar', documentId)).rendition.state).toBe('failed');
  });

  it('given the fonts in place, when the print room retries twice at once, then one retry wins, the PDF is made and the process goes on to 核发 and distribution', async () => {
    const { desk } = site;
    fonts.provide();
    const [registrar, director] = [await desk.client('xn_registrar'), await desk.client('xn_head')];
    const answers = await Promise.all([
      registrar.post(`/api/documents/${documentId}/rendition/retry`, {}),
      director.post(`/api/documents/${documentId}/rendition/retry`, {}),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([202, 409]);
    expect(answers.find((a) => a.status === 409)!.body.error.code).toBe('documents.rendition_not_failed');

    const ready = await waitFor(
      async () => {
        const d = await desk.document('xn_registrar', documentId);
        return d.rendition.state === 'ready' ? d : null;
      },
      { what: 'the rendition made again', timeoutMs: 60_000 },
    );
    expect(ready.rendition).toMatchObject({ failure: null, error: null, canRetry: false });
    const pdf = await registrar.get(`/api/files/${ready.rendition.fileId}`);
    expect(pdf.status).toBe(200);
    expect(String(pdf.body).startsWith('%PDF-')).toBe(true);

    await desk.handOn('xn_registrar', instanceId, '核发');
    const distributed = await waitFor(
      async () => {
        const d = await desk.document('xn_clerk', documentId);
        return d.distribution?.state === 'done' ? d : null;
      },
      { what: 'the distribution', timeoutMs: 30_000 },
    );
    expect(distributed.distribution).toMatchObject({ total: 1, delivered: 1 });
  });

  it('given a rendition that is ready, when retried, then 409: nothing to retry', async () => {
    const res = await (await site.desk.client('xn_registrar')).post(`/api/documents/${documentId}/rendition/retry`, {});
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('documents.rendition_not_failed');
  });
});
