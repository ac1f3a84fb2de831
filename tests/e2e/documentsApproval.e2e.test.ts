/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, waitFor, type OrgFixture, type TestApp } from '@kunlun/test-kit';
import { openBrowser, type Browser } from '../kit/browser.ts';
import { seedDocumentsOrg } from '../../modules/documents/test/documentsOrg.ts';
import { DocumentsDesk } from '../../modules/documents/test/documentsDesk.ts';
import { WEB_DIST } from './desktopSite.ts';
import { signInAt } from './desktopSteps.ts';

/**
 * A draft on its way to the signing leader, in Chromium: the status tag names the step it stands
 * at, the leader reads the 审核 and 核稿 opinions in their fields on the 稿纸 and the 流转记录 on
 * the page, and a return reaches the drafter's bell live and shows on the document with its reason.
 * The steps are taken through the API where the screen is not the point.
 */
describe('approving a draft on the web desktop (Chromium)', () => {
  let app: TestApp;
  let org: OrgFixture;
  let desk: DocumentsDesk;
  let browser: Browser;
  const title = '西宁市人民政府办公室关于做好春节期间安全生产工作的通知';
  const review = '同意，请办公室核稿。';
  const check = '文字已核，建议签发。';
  const reason = '请补充烟花爆竹燃放管理的要求';

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

  const statusTag = () => browser.page.locator('[data-test="document-status"]');

  it('names the step in the status tag, and shows the signing leader both opinions in their fields and the history', async () => {
    const { page } = browser;
    // Given a draft handed on to 部门审核
    const draft = await desk.draft('xn_clerk', {
      docType: '通知',
      title,
      mainRecipientIds: [org.units['632200-001']],
      bodyHtml: '<p>春节将至，请各地各部门切实做好安全生产工作。</p>',
    });
    await desk.handOn('xn_clerk', draft.instanceId, '拟稿');
    // When the department head opens it, Then the tag says where it stands
    await signInAs('xn_head', `/documents/${draft.id}`);
    await statusTag().getByText('部门审核中', { exact: true }).waitFor();
    // When the department reviews it and the office checks it, each with an opinion
    await desk.handOn('xn_head', draft.instanceId, '部门审核', { opinion: review });
    await page.reload();
    await statusTag().getByText('核稿中', { exact: true }).waitFor();
    await desk.handOn('xn_head', draft.instanceId, '办公室核稿', { opinion: check });

    // Then the signing leader sees the document 待签发, with both opinions where they belong on the 稿纸, with who gave them
    await signInAs('xn_leader', `/documents/${draft.id}`);
    await statusTag().getByText('待签发', { exact: true }).waitFor();
    const reviewField = page.locator('[data-field="deptReviewOpinion"]');
    await reviewField.getByText(review).waitFor();
    expect(await reviewField.getAttribute('data-access')).toBe('readonly');
    expect(await reviewField.innerText()).toMatch(/审核意见[\s\S]*——\s\S+\s\d{4}\/\d{2}\/\d{2}/u);
    await page.locator('[data-field="officeReviewOpinion"]').getByText(check).waitFor();
    // And the 流转记录 stands on the page, with the opinions quoted, and no raw keys among its system records
    const history = page.locator('[data-test="document-history"]');
    await history.getByText(review).waitFor();
    await history.getByText(check).waitFor();
    await history.getByText(/显示系统记录/u).click();
    await history.getByText('系统已自动完成', { exact: false }).first().waitFor();
    expect(await history.innerText()).not.toMatch(/serviceTask\.|script\.evaluated|task\.created/u);
    await browser.screenshot('documents-approval-leader');
    expect(browser.problems).toEqual([]);

    // When the drafter has the document open and the leader returns it with a reason
    await signInAs('xn_clerk', `/documents/${draft.id}`);
    const bell = page.locator('[data-test="notification-bell"]');
    await waitFor(async () => (await bell.getAttribute('data-live')) === 'true', { what: 'the live stream' });
    const before = Number(await bell.getAttribute('data-unread'));
    const signOff = await desk.task('xn_leader', draft.instanceId, '领导签发');
    const returned = await desk.act('xn_leader', signOff.id, 'return', { targetElementId: 'draft', opinion: reason });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    // Then the drafter's bell rings without a reload, and lists the return with its reason
    await waitFor(async () => Number(await bell.getAttribute('data-unread')) > before, { what: 'the bell to ring', timeoutMs: 20_000 });
    await bell.click();
    const notice = page.locator('[data-test="notification-list"] .notification-bell__item', { hasText: `退回：${title}（拟稿）` });
    await notice.getByText(reason, { exact: false }).waitFor();
    await browser.screenshot('documents-approval-bell');
    await page.keyboard.press('Escape');
    // And the document page says it was sent back, by whom and why; its tag says 已退回
    await page.reload();
    const sentBack = page.locator('[data-test="document-sent-back"]');
    await sentBack.getByText(reason, { exact: false }).waitFor();
    expect(await sentBack.innerText()).toContain('领导签发');
    await statusTag().getByText('已退回', { exact: true }).waitFor();
    // And 草稿 shows it 已退回 with the reason
    await page.goto(`${app.url}/documents`);
    await page.locator('[data-box-tab="drafts"]').click();
    const row = page.locator('[data-test="documents-table"] .el-table__row', { hasText: title });
    await row.locator('[data-test="documents-sent-back"]').waitFor();
    await row.locator('[data-test="documents-sent-back-reason"]').getByText(reason).waitFor();
    await browser.screenshot('documents-approval-drafts');
    expect(browser.problems).toEqual([]);
  });
});
