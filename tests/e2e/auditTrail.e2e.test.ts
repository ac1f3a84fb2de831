/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type OrgFixture, type TestApp } from '@kunlun/test-kit';
import type { Page } from 'playwright-core';
import { openBrowser, type Browser } from '../kit/browser.ts';
import { seedDocumentsOrg } from '../../modules/documents/test/documentsOrg.ts';
import { DocumentsDesk } from '../../modules/documents/test/documentsDesk.ts';
import { WEB_DIST } from './desktopSite.ts';
import { signIn, TIMEOUT } from './desktopSteps.ts';

/**
 * 审计日志 in Chromium, for the two reviewers of 三员分立: the audit administrator reads what the
 * system administrator did to the process library, the security administrator reads a leader's
 * 退回, 签发 and 撤回 — in words and by name, never as `user:<uuid>` or `definitions.publish`.
 */
const RAW_CODE = /\b[a-z]+(\.[a-zA-Z-]+)+\b/;
const RAW_TARGET = /\b[a-z_]+:[0-9a-f-]{8,}/;
const title = '关于开展审计留痕专项检查的通知';

describe('the audit trail on the web desktop (Chromium)', () => {
  let app: TestApp;
  let org: OrgFixture;
  let desk: DocumentsDesk;
  let browser: Browser;
  let processName: string;

  beforeAll(async () => {
    app = await createTestApp({ modules: ['documents'], workers: true, env: { KUNLUN_WEB_DIR: WEB_DIST } });
    org = await seedDocumentsOrg(app.runtime);
    desk = new DocumentsDesk(app);
    browser = await openBrowser();
    // The system administrator forks and publishes the outgoing-document process …
    const admin = await app.signedIn('admin');
    const fork = await admin.post('/api/definitions/documents.outgoing/fork');
    expect(fork.status, JSON.stringify(fork.body)).toBe(201);
    processName = fork.body.name;
    expect((await admin.post(`/api/definitions/versions/${fork.body.id}/publish`)).status).toBe(200);
    // … and the leader returns a document, signs it off when it is back, then withdraws the sign-off.
    const drafted = await desk.draft('xn_clerk', {
      docType: '通知',
      title,
      urgency: 'normal',
      mainRecipientIds: [org.units['632200-001']],
      bodyHtml: '<p>请自查。</p>',
    });
    await desk.handOn('xn_clerk', drafted.instanceId, '拟稿');
    await desk.handOn('xn_head', drafted.instanceId, '部门审核');
    await desk.handOn('xn_head', drafted.instanceId, '办公室核稿');
    const atLeader = await desk.task('xn_leader', drafted.instanceId, '领导签发');
    const detail = (await (await desk.client('xn_leader')).get(`/api/tasks/${atLeader.id}`)).body;
    const back = detail.returnableSteps.find((s: { name: string }) => s.name === '办公室核稿');
    expect((await desk.act('xn_leader', atLeader.id, 'return', { targetElementId: back.elementId, opinion: '请补充依据' })).status).toBe(200);
    await desk.handOn('xn_head', drafted.instanceId, '办公室核稿');
    await desk.handOn('xn_leader', drafted.instanceId, '领导签发', { opinion: '同意' });
    expect((await (await desk.client('xn_leader')).post(`/api/instances/${drafted.instanceId}/withdraw`)).status).toBe(200);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const rows = (page: Page) => page.locator('[data-test="audit-trail"] .el-table__body-wrapper .el-table__row');

  async function openTrail(username: string): Promise<Page> {
    await browser.context.clearCookies();
    await signIn(browser, app.url, username);
    const { page } = browser;
    await page.goto(`${app.url}/admin/audit`);
    await rows(page).first().waitFor({ timeout: TIMEOUT });
    return page;
  }

  async function texts(page: Page): Promise<string[]> {
    return rows(page).evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ')));
  }

  it('the auditor reads 复制流程 and 发布流程 on the process by its name, and no raw codes', async () => {
    const page = await openTrail('auditor');
    await rows(page)
      .filter({ hasText: '发布流程' })
      .filter({ hasText: `流程 ${processName}` })
      .first()
      .waitFor({ timeout: TIMEOUT });
    const seen = await texts(page);
    expect(seen.some((r) => r.includes('复制流程') && r.includes(`流程 ${processName}`))).toBe(true);
    expect(seen.filter((r) => RAW_CODE.test(r) || RAW_TARGET.test(r))).toEqual([]);
    await browser.screenshot('audit-trail-auditor');
  });

  it('the security administrator finds the leader by name and reads 退回, 签发 and 撤回 on the document', async () => {
    const page = await openTrail('secadmin');
    expect((await texts(page)).filter((r) => RAW_CODE.test(r) || RAW_TARGET.test(r))).toEqual([]);
    // when the trail is narrowed to the leader
    await page.locator('input[data-test="audit-actor"], [data-test="audit-actor"] input').fill('马明德');
    await page.locator('[data-test="audit-trail"] button[type="submit"]').click();
    // then every row is his, and his three moves name the document and the step
    const his = async () => {
      const shown = await texts(page);
      return shown.length > 0 && shown.every((r) => r.includes('马明德（xn_leader）'));
    };
    await expect.poll(his, { timeout: TIMEOUT }).toBe(true);
    const seen = await texts(page);
    expect(seen.some((r) => r.includes('退回') && r.includes(`《${title}》 · 领导签发`))).toBe(true);
    expect(seen.some((r) => r.includes('办理') && r.includes(`《${title}》 · 领导签发`))).toBe(true);
    expect(seen.some((r) => r.includes('撤回') && r.includes(`流程实例 《${title}》`))).toBe(true);
    expect(seen.filter((r) => RAW_CODE.test(r) || RAW_TARGET.test(r))).toEqual([]);
    await browser.screenshot('audit-trail-secadmin');
    expect(browser.problems).toEqual([]);
  });
});
