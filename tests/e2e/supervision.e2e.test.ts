/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createTestApp, type OrgFixture, type TestApp } from '@kunlun/test-kit';
import { openBrowser, type Browser } from '../kit/browser.ts';
import { seedSupervisionOrg } from '../../modules/supervision/test/supervisionOrg.ts';
import { SupervisionDesk } from '../../modules/supervision/test/supervisionDesk.ts';
import { WEB_DIST } from './desktopSite.ts';
import { horizontalOverflow, signInAt, TIMEOUT } from './desktopSteps.ts';

/**
 * 督查督办 in Chromium: the 督查室 clerk registers an item with 海北州教育局 as lead and a deadline
 * two days ahead, the head approves it, the bureau's registrar opens it from 待办, signs for it and
 * reports 40%; the item shows 临期 (blue) throughout; on a phone the registrar's list and item work.
 */
const DAY_MS = 86_400_000;
/** A China day (UTC+8) some days from now, as YYYY-MM-DD. */
const chinaDayIn = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * DAY_MS).toISOString().slice(0, 10);

describe('supervision on the web desktop (Chromium)', () => {
  let app: TestApp;
  let org: OrgFixture;
  let desk: SupervisionDesk;
  let browser: Browser;
  const title = '推进全州中小学校舍安全隐患排查整治';
  let itemId = '';
  let itemNumber = '';

  beforeAll(async () => {
    app = await createTestApp({ modules: ['supervision'], workers: true, env: { KUNLUN_WEB_DIR: WEB_DIST } });
    org = await seedSupervisionOrg(app.runtime);
    desk = new SupervisionDesk(app);
    browser = await openBrowser({ width: 1366, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const signInAs = (username: string, to: string) => signInAt(browser, app.url, username, to);
  const dialog = (page: Page) => page.locator('.el-dialog:visible');

  it('the clerk registers an item in the browser with 海北州教育局 as lead and a deadline two days ahead', async () => {
    // Given the 督查室 clerk on 登记督办事项
    const page = await signInAs('hb_sup_clerk', '/supervision/new');
    await page.locator('[data-test="supervision-register-form"]').waitFor({ timeout: TIMEOUT });
    // When they fill in the item, choose the lead unit by searching for it, and a deadline two days ahead
    await page.locator('[data-field="title"] input').fill(title);
    await page.locator('[data-field="content"] textarea').fill('对全州中小学校舍开展安全隐患排查，建立台账，限期整改。');
    await page.locator('[data-test="supervision-pick-lead"]').click();
    await dialog(page).locator('input[data-test="unit-search"]').fill('教育局');
    await dialog(page).locator('[data-test="unit-search-result"][data-code="632200-003"] button').click();
    await dialog(page).getByRole('button', { name: '确定' }).click();
    await page.locator('[data-test="supervision-lead-unit"]', { hasText: '海北藏族自治州教育局' }).waitFor({ timeout: TIMEOUT });
    const dueOn = chinaDayIn(2);
    const dueInput = page.locator('[data-field="dueOn"] input');
    await dueInput.fill(dueOn);
    await dueInput.press('Enter');
    await browser.screenshot('supervision-register');
    await page.locator('[data-test="supervision-register-submit"]').click();
    // Then the item's page opens, numbered, waiting for 审核, with the deadline asked for
    await page.waitForURL(/\/supervision\/[0-9a-f-]{36}$/, { timeout: TIMEOUT });
    itemId = page.url().split('/').pop()!;
    const item = page.locator('[data-test="supervision-item"]');
    await item.waitFor({ timeout: TIMEOUT });
    expect(await item.getAttribute('data-state')).toBe('reviewing');
    itemNumber = (await page.locator('[data-test="supervision-item-number"]').textContent())!.trim();
    expect(itemNumber).toMatch(/^督〔\d{4}〕\d+号$/);
    expect(await page.locator('[data-test="supervision-item-due"]').textContent()).toBe(dueOn);
    await page.locator('[data-test="supervision-unit"][data-role="lead"]', { hasText: '海北藏族自治州教育局' }).waitFor({ timeout: TIMEOUT });
    const stored = await desk.item('hb_sup_clerk', itemId);
    expect([stored.title, stored.dueOn, stored.assignments[0].unit.id]).toEqual([title, dueOn, org.units['632200-003']]);
    expect(browser.problems).toEqual([]);
  });

  it('the head approves it at 审核 from 我的待办; the item goes out for 签收, 临期 in blue', async () => {
    // Given the head of the 督查室 on the supervision desk
    const page = await signInAs('hb_sup_head', '/supervision');
    // When they open their 审核 from 我的待办 and approve it
    await page.locator('[data-test="supervision-task"]', { hasText: title }).locator('a, .el-link').first().click();
    await page.waitForURL(new RegExp(`/supervision/${itemId}\\?task=`), { timeout: TIMEOUT });
    await page.locator('[data-test="supervision-step"][data-step="review"]').waitFor({ timeout: TIMEOUT });
    await page.locator('[data-test="supervision-agree"]').click();
    // Then the item waits for the units' 签收 and shows 临期, its deadline two days off
    const item = page.locator('[data-test="supervision-item"][data-state="signing"]');
    await item.waitFor({ timeout: TIMEOUT });
    expect(await item.getAttribute('data-colour')).toBe('blue');
    expect(await item.locator('[data-test="supervision-colour"]').first().textContent()).toContain('临期');
    expect(await page.locator('[data-test="supervision-step"]').count()).toBe(0);
    expect(browser.problems).toEqual([]);
  });

  it('the bureau’s registrar opens it from 待办, signs for it and reports 40%; the list still shows it 临期', async () => {
    // Given the registrar of 海北州教育局 in the task center
    const page = await signInAs('hb_edu_registrar', '/tasks?box=todo');
    // And the menu's 督查督办 counts one item waiting for their 签收
    const badge = page.locator('[data-menu-id="supervision.desk"] .side-menu__badge');
    await page.locator('[data-menu-id="supervision.desk"] .side-menu__badge[data-badge="1"]').waitFor({ timeout: TIMEOUT });
    // When they open the 签收 from 待办
    await page.locator('[data-test="box-item"]', { hasText: title }).first().click();
    // Then the item's page opens at their 签收
    await page.waitForURL(new RegExp(`/supervision/${itemId}\\?task=`), { timeout: TIMEOUT });
    await page.locator('[data-test="supervision-step"][data-step="signFor"]').waitFor({ timeout: TIMEOUT });
    // When they sign for it
    await page.locator('[data-test="supervision-sign"]').click();
    // Then the item is in hand, the bureau signed, and 反馈进展 is offered
    await page.locator('[data-test="supervision-item"][data-state="handling"]').waitFor({ timeout: TIMEOUT });
    await page.locator('[data-test="supervision-unit"][data-role="lead"][data-state="signed"]').waitFor({ timeout: TIMEOUT });
    await badge.waitFor({ state: 'detached', timeout: TIMEOUT });
    // When they report 40% progress
    await page.locator('[data-test="supervision-report-action"]').click();
    const report = page.locator('[data-test="supervision-report-dialog"]');
    await report.locator('textarea[data-test="supervision-report-content"]').fill('已完成全州 120 所学校的排查，发现隐患 18 处，正在整改。');
    await report.locator('[data-test="supervision-report-progress"] input').fill('40');
    await report.locator('[data-test="supervision-report-progress"] input').blur();
    await report.locator('[data-test="supervision-report-submit"]').click();
    // Then the report is on the item's timeline and the progress bar stands at 40%, still 临期
    await page.locator('[data-test="supervision-reports"] [data-test="supervision-report"][data-progress="40"]').waitFor({ timeout: TIMEOUT });
    await page.locator('[data-test="supervision-item-progress"][data-progress="40"]').waitFor({ timeout: TIMEOUT });
    expect(await page.locator('[data-test="supervision-item"]').getAttribute('data-colour')).toBe('blue');
    expect((await desk.item('hb_edu_registrar', itemId)).progress).toBe(40);
    await browser.screenshot('supervision-item');

    // When they look at 本单位承办 on the desk
    await page.goto(`${app.url}/supervision`);
    await page.locator('[data-tab="units"]').click();
    // Then the item's row shows 临期 and 40%, and the colour counts on top count it as blue
    const row = page.locator('[data-test="supervision-table"] .el-table__row', { hasText: itemNumber });
    await row.waitFor({ timeout: TIMEOUT });
    expect(await row.locator('[data-test="supervision-colour"]').getAttribute('data-colour')).toBe('blue');
    expect(await row.locator('[data-test="supervision-colour"]').textContent()).toContain('临期');
    expect(await row.textContent()).toContain('40%');
    await page.locator('[data-test="supervision-counts"] [data-colour="blue"][data-count="1"]').waitFor({ timeout: TIMEOUT });
    await browser.screenshot('supervision-desk');
    expect(browser.problems).toEqual([]);
  });

  it('the head reads the statistics with what 办结率 and 按期办结率 mean, the charts drawn, and a 通报 draft', async () => {
    // Given the head of the 督查室 on 督办统计 for the coming month
    const page = await signInAs('hb_sup_head', `/supervision/statistics?from=${chinaDayIn(0)}&to=${chinaDayIn(30)}`);
    // Then the figures stand with their definitions, and both charts are drawn
    await page.locator('[data-test="supervision-totals"] [data-figure="onTimeRate"]').waitFor({ timeout: TIMEOUT });
    await page.getByText('口径说明').click();
    const definitions = page.locator('[data-test="supervision-definitions"]');
    await definitions.getByText(/按期办结：到期事项中在办理期限/).waitFor({ timeout: TIMEOUT });
    expect(await definitions.textContent()).toContain('办结率');
    await page.locator('[data-test="supervision-month-chart"] canvas').waitFor({ timeout: TIMEOUT });
    await page.locator('[data-test="supervision-unit-chart"] canvas').waitFor({ timeout: TIMEOUT });
    expect(await page.locator('[data-test="supervision-export"]').getAttribute('href')).toBe(
      `/api/supervision/statistics.xlsx?from=${chinaDayIn(0)}&to=${chinaDayIn(30)}`,
    );
    // When they ask for the 通报 draft
    await page.locator('[data-test="supervision-bulletin"]').click();
    // Then the draft opens in a dialog, ready to copy
    const bulletin = page.locator('[data-test="supervision-bulletin-dialog"]');
    await bulletin.locator('[data-test="supervision-bulletin-copy"]').waitFor({ timeout: TIMEOUT });
    expect((await bulletin.locator('pre').textContent())!.trim().length).toBeGreaterThan(20);
    await browser.screenshot('supervision-statistics');
    expect(browser.problems).toEqual([]);
  });

  it('on a 375 px phone the registrar’s list and item fit the screen and 反馈进展 is at hand', async () => {
    const phone = await openBrowser({ width: 375, height: 760 });
    try {
      // Given the registrar on a phone, on the desk's 本单位承办
      const page = await signInAt(phone, app.url, 'hb_edu_registrar', '/supervision');
      await page.locator('[data-tab="units"]').click();
      // Then the items are cards (no table), the item 临期, and nothing scrolls sideways
      const card = page.locator('[data-test="supervision-cards"] [data-test="supervision-item-row"]', { hasText: title });
      await card.waitFor({ timeout: TIMEOUT });
      expect(await page.locator('[data-test="supervision-table"]').count()).toBe(0);
      expect(await card.locator('[data-test="supervision-colour"]').textContent()).toContain('临期');
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(376);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
      await phone.screenshot('supervision-desk-phone');
      // When they open the item
      await card.click();
      await page.waitForURL(new RegExp(`/supervision/${itemId}$`), { timeout: TIMEOUT });
      await page.locator('[data-test="supervision-item"][data-state="handling"]').waitFor({ timeout: TIMEOUT });
      await page.locator('[data-test="supervision-unit"][data-role="lead"]').waitFor({ timeout: TIMEOUT });
      // Then it fits the screen too, and 反馈进展 is within reach and opens its form
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(376);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
      const button = page.locator('[data-test="supervision-report-action"]');
      const box = (await button.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      await phone.screenshot('supervision-item-phone');
      await button.click();
      await page.locator('[data-test="supervision-report-dialog"] textarea[data-test="supervision-report-content"]').waitFor({ timeout: TIMEOUT });
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(376);
      expect(phone.problems).toEqual([]);
    } finally {
      await phone.close();
    }
  });
  it('the registrar asks for an extension; the head opens the 审批 from 待办 on the item’s page and approves it', async () => {
    // Given the registrar on the item, in hand
    let page = await signInAs('hb_edu_registrar', `/supervision/${itemId}`);
    await page.locator('[data-test="supervision-item"][data-state="handling"]').waitFor({ timeout: TIMEOUT });
    // When they ask to move the deadline twenty days on, with a reason
    const asked = chinaDayIn(20);
    await page.locator('[data-test="supervision-extend"]').click();
    const form = page.locator('[data-test="supervision-extension-dialog"]');
    const due = form.locator('[data-test="supervision-extension-due"] input');
    await due.fill(asked);
    await due.press('Enter');
    await form.locator('textarea[data-test="supervision-extension-reason"]').fill('部分学校位于牧区，冬季交通不便，需延期完成现场核查。');
    await form.locator('[data-test="supervision-extension-submit"]').click();
    // Then the request stands on the item, waiting for approval
    await page.locator('[data-test="supervision-extensions"] [data-extension-state="pending"]').waitFor({ timeout: TIMEOUT });

    // When the head opens the 审批 from 待办
    page = await signInAs('hb_sup_head', '/tasks?box=todo');
    await page.locator('[data-test="box-item"]', { hasText: '延期申请' }).first().click();
    // Then the item's page opens (found from the request) at their 审批
    await page.waitForURL(new RegExp(`/supervision/${itemId}\\?task=`), { timeout: TIMEOUT });
    await page.locator('[data-test="supervision-step"][data-step="decide"]').waitFor({ timeout: TIMEOUT });
    // When they approve it
    await page.locator('textarea[data-test="supervision-opinion"]').fill('同意延期，请抓紧推进。');
    await page.locator('[data-test="supervision-agree"]').click();
    // Then the deadline moves, the request is approved, and the item is no longer 临期
    await page.locator('[data-test="supervision-item-due"]', { hasText: asked }).waitFor({ timeout: TIMEOUT });
    await page.locator('[data-test="supervision-extensions"] [data-extension-state="approved"]').waitFor({ timeout: TIMEOUT });
    expect(await page.locator('[data-test="supervision-item"]').getAttribute('data-colour')).toBe('green');
    expect((await desk.item('hb_sup_head', itemId)).dueOn).toBe(asked);
    expect(browser.problems).toEqual([]);
  });
});
