/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type OrgFixture, type TestApp } from '@kunlun/test-kit';
import { openBrowser, type Browser } from '../kit/browser.ts';
import { seedDocumentsOrg } from '../../modules/documents/test/documentsOrg.ts';
import { DocumentsDesk } from '../../modules/documents/test/documentsDesk.ts';
import { withoutDocumentFonts, type MissingFonts } from '../../modules/documents/test/missingFonts.ts';
import { WEB_DIST } from './desktopSite.ts';
import { signIn, TIMEOUT } from './desktopSteps.ts';

/**
 * Issue 20: on a server without the document fonts every 发文 stopped after 印制 with nothing on
 * screen. Now the registrar's document page says 版式文件生成失败 and why, 版式预览 says so in the
 * page instead of opening raw JSON, and 重新生成 — once the fonts are in place — makes the PDF
 * and hands the registrar the next step, 核发.
 */
describe('a failed rendition on the document page (Chromium)', () => {
  let fonts: MissingFonts;
  let app: TestApp;
  let org: OrgFixture;
  let desk: DocumentsDesk;
  let browser: Browser;
  const title = '西宁市人民政府办公室关于加强冬季安全生产工作的通知';

  beforeAll(async () => {
    fonts = withoutDocumentFonts();
    app = await createTestApp({ modules: ['documents'], workers: true, env: { KUNLUN_WEB_DIR: WEB_DIST } });
    org = await seedDocumentsOrg(app.runtime);
    desk = new DocumentsDesk(app);
    browser = await openBrowser({ width: 1366, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    fonts?.restore();
  });

  it('shows 版式文件生成失败 with the reason, a readable preview refusal, and 重新生成 makes the PDF and leads on to 核发', async () => {
    // Given a notice handed on to 印制 on a server without the fonts
    const drafted = await desk.draft('xn_clerk', {
      docType: '通知',
      title,
      mainRecipientIds: [org.units['632200-001']],
      bodyHtml: '<p>进入冬季以来，各类安全风险交织叠加。</p>',
    });
    await desk.throughPrint(drafted.instanceId);

    // When the registrar opens the document
    await signIn(browser, app.url, 'xn_registrar');
    const { page } = browser;
    await page.goto(`${app.url}/documents/${drafted.id}`);

    // Then the page says the PDF failed, why, and offers 重新生成
    const failed = page.locator('[data-test="rendition-failed"]');
    await failed.waitFor({ timeout: 30_000 });
    await failed.getByText('版式文件生成失败').waitFor();
    expect(await page.locator('[data-test="rendition-reason"]').innerText()).toContain('服务器缺少公文字体');
    await browser.screenshot('documents-rendition-failed');

    // And 版式预览 says in the page why it cannot be made, not raw JSON in a tab
    const tabs = browser.context.pages().length;
    await page.locator('[data-test="document-preview"]').click();
    const refusal = page.locator('[data-test="preview-failed"]');
    await refusal.waitFor({ timeout: TIMEOUT });
    const said = await refusal.innerText();
    expect(said).toContain('无法生成版式预览');
    expect(said).toContain('服务器缺少公文字体');
    expect(said).not.toContain('{"error"');
    await expect.poll(() => browser.context.pages().length, { timeout: TIMEOUT }).toBe(tabs);
    await browser.screenshot('documents-preview-refused');

    // When the administrator has put the fonts in place and the registrar presses 重新生成
    fonts.provide();
    await page.locator('[data-test="rendition-retry"]').click();

    // Then the PDF is there, the failure gone, and the registrar's next step is 核发
    await page.locator('[data-test="document-pdf"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-test="document-step"][data-step="distribute"]').waitFor({ timeout: TIMEOUT });
    expect(await failed.count()).toBe(0);
    expect(await refusal.count()).toBe(0);
    await browser.screenshot('documents-rendition-retried');
    expect(browser.problems.filter((p) => !p.includes('503'))).toEqual([]);
  });
});
