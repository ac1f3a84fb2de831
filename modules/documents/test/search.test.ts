import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type OrgFixture, type TestApp } from '@kunlun/test-kit';
import { seedDocumentsOrg } from './documentsOrg.ts';
import { DocumentsDesk } from './documentsDesk.ts';
import { chinaYear } from '../src/documentNumbering.ts';

/** The lists (草稿, 发文, 待签收, 收文, 归档) and full-text search over title and body that works for Chinese. */
describe('document lists and search', () => {
  let app: TestApp;
  let org: OrgFixture;
  let desk: DocumentsDesk;
  const titles = (items: { title: string }[]) => items.map((i) => i.title).sort();

  beforeAll(async () => {
    app = await createTestApp({ modules: ['documents'], workers: true });
    org = await seedDocumentsOrg(app.runtime);
    desk = new DocumentsDesk(app);
    const to = [org.units['632200-001']];
    await desk.issue({
      docType: '通知',
      title: '关于加强森林草原防火工作的通知',
      urgency: 'very_urgent',
      mainRecipientIds: to,
      bodyHtml: '<p>进入冬春季节，森林草原火险等级升高。</p>',
    });
    await desk.issue({
      docType: '通报',
      title: '关于2026年度招商引资工作情况的通报',
      mainRecipientIds: to,
      bodyHtml: '<p>全市招商引资到位资金同比增长。对防火工作落实不力的单位予以通报。</p>',
    });
    await desk.draft('xn_clerk', {
      docType: '意见',
      title: '关于推进政务服务标准化的意见（征求意见稿）',
      bodyHtml: '<p>推进政务服务事项标准化、规范化、便利化。</p>',
    });
  });
  afterAll(() => app.close());

  it('finds documents by Chinese words in the title or the body, one character or several, and by number', async () => {
    expect(titles((await desk.list('xn_clerk', `box=sent&keyword=${encodeURIComponent('森林草原')}`)).items)).toEqual(['关于加强森林草原防火工作的通知']);
    expect(titles((await desk.list('xn_clerk', `box=sent&keyword=${encodeURIComponent('防火')}`)).items)).toEqual([
      '关于2026年度招商引资工作情况的通报',
      '关于加强森林草原防火工作的通知',
    ]);
    expect(titles((await desk.list('xn_clerk', `box=sent&keyword=${encodeURIComponent('火险等级')}`)).items)).toEqual(['关于加强森林草原防火工作的通知']);
    expect(titles((await desk.list('xn_clerk', `box=sent&keyword=${encodeURIComponent('林')}`)).items)).toEqual(['关于加强森林草原防火工作的通知']);
    expect((await desk.list('xn_clerk', `box=sent&keyword=${encodeURIComponent('草原 招商')}`)).items).toEqual([]);
    expect((await desk.list('xn_clerk', `box=sent&keyword=${encodeURIComponent('原防')}`)).items).toHaveLength(1);
    expect((await desk.list('xn_clerk', `box=sent&keyword=${encodeURIComponent('防森')}`)).items).toHaveLength(0);
    expect(titles((await desk.list('xn_clerk', `box=sent&keyword=${encodeURIComponent(`宁政办〔${chinaYear()}〕2号`)}`)).items)).toEqual([
      '关于2026年度招商引资工作情况的通报',
    ]);
    expect(titles((await desk.list('xn_clerk', `box=drafts&keyword=${encodeURIComponent('政务服务')}`)).items)).toEqual([
      '关于推进政务服务标准化的意见（征求意见稿）',
    ]);
    expect(titles((await desk.list('hb_registrar', `box=toSign&keyword=${encodeURIComponent('招商引资')}`)).items)).toEqual([
      '关于2026年度招商引资工作情况的通报',
    ]);
  });

  it('filters by type, urgency, year and issuing unit, and pages', async () => {
    expect(titles((await desk.list('xn_clerk', 'box=sent&docType=通报')).items)).toEqual(['关于2026年度招商引资工作情况的通报']);
    expect(titles((await desk.list('xn_clerk', 'box=sent&urgency=very_urgent')).items)).toEqual(['关于加强森林草原防火工作的通知']);
    expect((await desk.list('xn_clerk', `box=sent&year=${chinaYear()}`)).total).toBe(2);
    expect((await desk.list('xn_clerk', `box=sent&year=${chinaYear() - 1}`)).total).toBe(0);
    expect((await desk.list('hb_registrar', `box=toSign&unitId=${org.units['630100-001']}`)).total).toBe(2);
    expect((await desk.list('hb_registrar', `box=toSign&unitId=${org.units['632200-001']}`)).total).toBe(0);
    const page = await desk.list('xn_clerk', 'box=sent&pageSize=1&page=2');
    expect(page).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(page.items).toHaveLength(1);
  });

  it('moves a document from 待签收 to 收文 when signed for, and to 归档 when filed', async () => {
    const [first] = (await desk.list('hb_registrar', 'box=toSign')).items;
    const signed = (await (await desk.client('hb_registrar')).post(`/api/documents/receipts/${first!.id}/sign`)).body;
    expect((await desk.list('hb_registrar', 'box=toSign')).total).toBe(1);
    expect((await desk.list('hb_clerk', 'box=received')).items).toEqual([
      expect.objectContaining({ kind: 'incoming', id: signed.incomingId, documentId: first!.documentId }),
    ]);
    expect((await desk.list('hb_clerk', 'box=archived')).total).toBe(0);
  });
});
