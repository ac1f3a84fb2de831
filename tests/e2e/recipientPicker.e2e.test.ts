/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createTestApp, waitFor, type TestApp } from '@kunlun/test-kit';
import { openBrowser, type Browser } from '../kit/browser.ts';
import { loadDemo } from '../../core/src/demo/loadDemo.ts';
import { WEB_DIST } from './desktopSite.ts';
import { signInAt } from './desktopSteps.ts';

/**
 * Choosing the recipients of a 发文稿纸 over the whole Qinghai demo organization (3,000+ units):
 * several at once from a search, all counties of a prefecture in one click, a saved group reused
 * on the next draft; and the same unit search in 通讯录 and the admin unit tree.
 */
const PASSWORD = 'Kunlun@2026';
const TIMEOUT = 15_000;

describe('the recipient picker (Chromium, demo organization)', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await createTestApp({ modules: ['documents'], env: { KUNLUN_WEB_DIR: WEB_DIST } });
    await loadDemo(app.runtime.db, PASSWORD);
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const signInAs = (username: string, to: string) => signInAt(browser, app.url, username, to, PASSWORD);

  const picker = (page: Page) => page.locator('[data-test="units-picker"]');
  const chosenCodes = async (dialog: Locator) =>
    dialog.locator('[data-test="units-chosen"] li').evaluateAll((items) => items.map((i) => i.getAttribute('data-code')));

  async function expand(scope: Locator, code: string): Promise<void> {
    const node = scope.locator(`.org-tree__node[data-code="${code}"]`).first();
    await node.waitFor({ timeout: TIMEOUT });
    const row = node.locator('xpath=ancestor::div[contains(@class,"el-tree-node__content")][1]');
    await row.locator('.el-tree-node__expand-icon').click();
  }

  async function searchIn(scope: Locator, keyword: string, expectCode: string): Promise<Locator> {
    await scope.locator('input[data-test="unit-search"]').fill(keyword);
    const hit = scope.locator(`[data-test="unit-search-result"][data-code="${expectCode}"]`);
    await hit.waitFor({ timeout: TIMEOUT });
    return hit;
  }

  it('a clerk ticks several 门源 units from one search, adds all counties of 海北州 in one click, removes one and saves the choice as a group', async () => {
    // Given the clerk of the 海北州 office on a new 发文稿纸
    const page = await signInAs('hb_clerk', '/documents/new');
    await page.locator('[data-field="title"] input').fill('关于做好冬春季森林草原防火工作的通知');
    // When they open the 主送机关 picker
    await page.locator('[data-field="mainRecipients"] [data-test="units-add"]').click();
    const dialog = picker(page);
    await dialog.waitFor({ timeout: TIMEOUT });
    // Then it tells how to pick without naming a pane that is not there
    expect(await dialog.textContent()).not.toContain('左侧');
    // When they search 门源 and tick three of the results
    await searchIn(dialog, '门源', '632221');
    expect(Number(await dialog.locator('[data-test="unit-search-results"]').getAttribute('data-total'))).toBeGreaterThan(10);
    for (const code of ['632221', '632221-001', '632221-002']) {
      await dialog.locator(`[data-test="unit-search-result"][data-code="${code}"] [data-test="unit-check"] .el-checkbox`).click();
    }
    // Then all three are listed as chosen
    expect(await chosenCodes(dialog)).toEqual(['632221', '632221-001', '632221-002']);

    // When they clear the search: the province's departments come together, then the prefectures
    await dialog.locator('input[data-test="unit-search"]').fill('');
    await expand(dialog, '630000');
    await dialog.locator('.org-tree__node[data-code="632200"]').waitFor({ timeout: TIMEOUT });
    const provinceChildren = await dialog
      .locator('.org-tree__node[data-code="630000"]')
      .evaluate((node) =>
        Array.from(
          node.closest('.el-tree-node')?.querySelectorAll(':scope > .el-tree-node__children > .el-tree-node > .el-tree-node__content .org-tree__node') ?? [],
        ).map((n) => n.getAttribute('data-code') ?? ''),
      );
    const firstPrefecture = provinceChildren.findIndex((c) => /^\d{6}$/.test(c));
    expect(firstPrefecture).toBeGreaterThan(0);
    expect(provinceChildren.slice(firstPrefecture).every((c) => /^\d{6}$/.test(c))).toBe(true);

    // When they click 海北州 and take all its counties in one click
    // (one CI run lost this click and never showed the batch choices: the click is repeated until they show, and each miss is counted)
    const batch = dialog.locator('[data-test="unit-batch"][data-code="632200"] [data-test="unit-batch-regions"]');
    let misses = 0;
    await waitFor(
      async () => {
        await dialog.locator('.org-tree__node[data-code="632200"] .org-tree__name').click();
        if (await batch.isVisible()) return true;
        await batch.waitFor({ timeout: 3_000 }).catch(() => (misses += 1));
        return batch.isVisible();
      },
      { what: 'the batch choices of 海北州', timeoutMs: TIMEOUT },
    );
    if (misses) console.warn(`recipient picker: ${misses} click(s) on 海北州 showed no batch choices`);
    await batch.click();
    // Then the four counties are chosen, 门源 only once
    await dialog.locator('[data-test="units-chosen"] li[data-code="632224"]').waitFor({ timeout: TIMEOUT });
    expect(await chosenCodes(dialog)).toEqual(['632221', '632221-001', '632221-002', '632222', '632223', '632224']);
    // When they remove one and save the rest as a group
    await dialog.locator('[data-test="units-chosen"] li[data-code="632221-002"] [data-test="units-remove"]').click();
    await dialog.locator('[data-test="unit-group-save"]').click();
    const prompt = page.locator('.el-message-box');
    await prompt.locator('input').fill('海北州各县');
    await prompt.locator('.el-button--primary').click();
    await dialog.locator('[data-test="unit-group"][data-name="海北州各县"]').waitFor({ timeout: TIMEOUT });
    await browser.screenshot('recipient-picker');
    // And confirm: the field holds the five units by name
    await dialog.locator('[data-test="units-confirm"]').click();
    const field = page.locator('[data-field="mainRecipients"]');
    await field.locator('[data-units="5"]').waitFor({ timeout: TIMEOUT });
    await field.getByText('祁连县人民政府').waitFor();
    await page.locator('[data-test="documents-create"]').click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/, { timeout: TIMEOUT });
    expect(browser.problems.filter((p) => !p.includes('401'))).toEqual([]);
  });

  it('the saved group fills the recipients of the next draft in one click', async () => {
    const { page } = browser;
    await page.goto(`${app.url}/documents/new`);
    await page.locator('[data-field="copyRecipients"] [data-test="units-add"]').click();
    const dialog = picker(page);
    await dialog.locator('[data-test="unit-group"][data-name="海北州各县"]').click();
    await dialog.locator('[data-test="units-chosen"][data-count="5"]').waitFor({ timeout: TIMEOUT });
    expect(await chosenCodes(dialog)).toEqual(['632221', '632221-001', '632222', '632223', '632224']);
    await dialog.locator('[data-test="units-confirm"]').click();
    const field = page.locator('[data-field="copyRecipients"]');
    await field.locator('[data-units="5"]').waitFor({ timeout: TIMEOUT });
    await field.getByText('门源回族自治县人民政府办公室').waitFor();
  });

  it('通讯录 finds a unit by name among 3,000 and shows its people', async () => {
    const { page } = browser;
    await page.goto(`${app.url}/directory`);
    const hit = await searchIn(page.locator('.org-directory'), '门源', '632221-001');
    await hit.locator('button').click();
    await page.locator('.org-directory__detail').getByText('门源回族自治县人民政府办公室').first().waitFor({ timeout: TIMEOUT });
  });

  it('the admin unit tree finds a unit by its code', async () => {
    const page = await signInAs('admin', '/admin/org');
    const scope = page.locator('[data-test="admin-org"]');
    const hit = await searchIn(scope, '632222', '632222');
    expect(await hit.textContent()).toContain('祁连县人民政府');
    await hit.locator('button').click();
    await scope.getByText('祁连县人民政府').nth(1).waitFor({ timeout: TIMEOUT });
  });
});
