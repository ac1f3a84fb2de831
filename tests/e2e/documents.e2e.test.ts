/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type OrgFixture, type TestApp } from '@kunlun/test-kit';
import { openBrowser, type Browser } from '../kit/browser.ts';
import { seedDocumentsOrg } from '../../modules/documents/test/documentsOrg.ts';
import { DocumentsDesk } from '../../modules/documents/test/documentsDesk.ts';
import { WEB_DIST } from './desktopSite.ts';
import { signInAt } from './desktopSteps.ts';

/** The documents screens in Chromium: a registrar signs for a document, the sender sees it signed, a clerk drafts one. */
describe('documents on the web desktop (Chromium)', () => {
  let app: TestApp;
  let org: OrgFixture;
  let desk: DocumentsDesk;
  let browser: Browser;
  const title = '西宁市人民政府办公室关于做好寒潮天气防范应对工作的通知';

  beforeAll(async () => {
    app = await createTestApp({ modules: ['documents'], workers: true, env: { KUNLUN_WEB_DIR: WEB_DIST } });
    org = await seedDocumentsOrg(app.runtime);
    desk = new DocumentsDesk(app);
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const signInAs = (username: string, to: string) => signInAt(browser, app.url, username, to);

  it('the registrar finds the delivered document under 待签收, signs for it and registers it; the sender sees it signed', async () => {
    const doc = await desk.issue({
      docType: '通知',
      title,
      urgency: 'urgent',
      mainRecipientIds: [org.units['632200-001'], org.units['630200-001']],
      bodyHtml: '<p>受强冷空气影响，我市将出现寒潮天气。</p>',
    });
    const { page } = browser;
    await signInAs('hb_registrar', '/documents');
    const row = page.locator('[data-test="documents-table"] .el-table__row', { hasText: title });
    await row.waitFor();
    await expect(row.getByText('加急')).toBeTruthy();
    await browser.screenshot('documents-to-sign');
    await row.locator('[data-test="documents-sign"]').click();
    await page.waitForURL(/\/documents\/incoming\//);
    await page.locator('[data-test="incoming-step"][data-step="register"]').waitFor();
    await page.locator('[data-test="incoming-agree"]').click();
    await page
      .locator('[data-test="incoming-number"]')
      .getByText(/北政办收〔\d{4}〕1号/)
      .waitFor();
    await browser.screenshot('documents-incoming-sheet');

    await signInAs('xn_clerk', `/documents/${doc.id}`);
    const receipts = page.locator('[data-test="document-receipts"]');
    await receipts.getByText('海北藏族自治州人民政府办公室').waitFor();
    expect(await receipts.locator('[data-receipt-state="signed"]').count()).toBe(1);
    expect(await receipts.locator('[data-receipt-state="delivered"]').count()).toBe(1);
    await page.locator('[data-test="document-number"]').getByText(doc.docNumber).waitFor();
    await browser.screenshot('documents-receipts');
    expect(browser.problems).toEqual([]);
  });

  it('a clerk searches the sent documents in Chinese and drafts a new one', async () => {
    const { page } = browser;
    await page.goto(`${app.url}/documents`);
    await page.locator('[data-box-tab="sent"]').click();
    await page.locator('[data-test="documents-keyword"] input').fill('寒潮');
    await page.locator('[data-test="documents-search"]').click();
    await page.locator('[data-test="documents-table"]').getByText(title).waitFor();
    await page.locator('[data-test="documents-keyword"] input').fill('暴雨');
    await page.locator('[data-test="documents-search"]').click();
    await page.locator('[data-test="documents-table"]').getByText('没有公文').waitFor();

    await page.locator('[data-test="documents-draft"]').click();
    await page.waitForURL(/\/documents\/new$/);
    await page.locator('[data-field="title"] input').fill('关于开展冬季消防安全检查的通知');
    await page.locator('[data-test="documents-create"]').click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await page.locator('[data-test="document-step"][data-step="draft"]').waitFor();
    await browser.screenshot('documents-draft');
    const drafts = await desk.list('xn_clerk', 'box=drafts');
    expect(drafts.items.map((i) => i.title)).toContain('关于开展冬季消防安全检查的通知');
    expect(browser.problems).toEqual([]);
  });

  it('a documents task opened from 待办 (or a notification’s link) lands on the document page, its fields filled, and is handed on from there', async () => {
    // Given a draft submitted by the clerk: the office director has its 部门审核 in 待办
    const draftTitle = '西宁市人民政府办公室关于做好春节期间市场保供稳价工作的通知';
    const drafted = await desk.draft('xn_clerk', {
      docType: '通知',
      title: draftTitle,
      urgency: 'urgent',
      mainRecipientIds: [org.units['632200-001']],
      bodyHtml: '<p>春节将至，为保障市场供应。</p>',
    });
    await desk.handOn('xn_clerk', drafted.instanceId, '拟稿');
    const { page } = browser;
    await signInAs('xn_head', '/tasks?box=todo');
    // When the director opens it from 待办
    await page.locator(`[data-test="box-item"][data-title="${draftTitle}"]`).click();
    // Then the document's page opens at their step, with the document's fields filled in
    await page.waitForURL(new RegExp(`/documents/${drafted.id}\\?task=`));
    await page.locator('[data-test="document-step"][data-step="deptReview"]').waitFor();
    const title = page.locator('[data-test="form-renderer"] [data-field="title"] input');
    expect(await title.inputValue()).toBe(draftTitle);
    await page.locator('[data-field="mainRecipients"]').getByText('海北藏族自治州人民政府办公室').waitFor();
    await page.locator('[data-field="body"]').getByText('春节将至').waitFor();
    await browser.screenshot('documents-task-from-todo');
    // When they correct the title and agree
    const corrected = `${draftTitle}（修订）`;
    await title.fill(corrected);
    await page.locator('[data-test="document-agree"]').click();
    // Then the document moves on to their 办公室核稿, under the new title everywhere
    await page.locator('[data-test="document-step"][data-step="officeReview"]').waitFor();
    expect((await desk.document('xn_head', drafted.id)).title).toBe(corrected);
    expect((await desk.task('xn_head', drafted.instanceId)).title).toBe(corrected);
    // And a link to the task itself (as a notification or a pop-up has) lands on the document page too
    const next = await desk.task('xn_head', drafted.instanceId);
    await page.goto(`${app.url}/tasks/${next.id}`);
    await page.waitForURL(new RegExp(`/documents/${drafted.id}\\?task=${next.id}$`));
    await page.locator('[data-test="document-step"][data-step="officeReview"]').waitFor();
    expect(browser.problems).toEqual([]);
  });
});
