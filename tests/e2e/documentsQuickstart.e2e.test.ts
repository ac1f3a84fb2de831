/// <reference lib="dom" />
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type Browser } from '../kit/browser.ts';
import { repo, runKunlun, scratchPath, startKunlun, type KunlunProcess } from '../integration/deploy/kunlunProcesses.ts';
import { WEB_DIST } from './desktopSite.ts';
import { signInAt, TIMEOUT } from './desktopSteps.ts';

/**
 * 发文 on a fresh installation, the way a new office meets it: a new data directory loaded with
 * the demo organization by `kunlun demo` on the embedded database (PGlite), the fonts provided as
 * `npm run quickstart` provides them, `kunlun all` with its own Redis — and then, only in the
 * browser, a notice drafted by the 海北州 government office, reviewed, signed off, printed to PDF
 * and sent to a county government, a county government office and a prefecture department, each
 * copy signed for by that unit's registrar, and the sender's copy archived.
 */
describe('a 发文 from 拟稿 to 归档 on a fresh quickstart installation (Chromium)', () => {
  const dataDir = scratchPath('kunlun-quickstart');
  let kunlun: KunlunProcess;
  let browser: Browser;
  const title = '海北藏族自治州人民政府办公室关于做好2027年元旦春节期间安全防范工作的通知';
  /** 门源回族自治县人民政府 has no 收发员: its office's registrar signs for it. */
  const recipients = { countyGovernment: '632221', countyOffice: '632221-001', department: '632200-003' };

  beforeAll(async () => {
    fs.mkdirSync(dataDir, { recursive: true });
    // The fonts where quickstart puts them, and the server looking nowhere else
    const fontDir = path.join(dataDir, 'fonts');
    const fonts = spawnSync('bash', [path.join(repo, 'deploy', 'scripts', 'fetch-fonts.sh'), fontDir], { encoding: 'utf8' });
    expect(fonts.status, fonts.stdout + fonts.stderr).toBe(0);
    const env = { KUNLUN_DATA_DIR: dataDir, KUNLUN_FONT_DIR: fontDir, KUNLUN_FONT_DIR_ONLY: '1' };
    const demo = await runKunlun(['demo'], { env });
    expect(demo.code, demo.stdout + demo.stderr).toBe(0);
    kunlun = await startKunlun('all', { env: { ...env, KUNLUN_WEB_DIR: WEB_DIST } });
    browser = await openBrowser({ width: 1366, height: 900 });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await kunlun?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function as(username: string): Promise<void> {
    await signInAt(browser, kunlun.url, username, '/');
  }

  /** The person opens the document from 待办 and agrees at their step, with an opinion. */
  async function agreeAt(username: string, step: string, opinion: string): Promise<void> {
    await as(username);
    const { page } = browser;
    await page.goto(`${kunlun.url}/tasks?box=todo`);
    await page.locator(`[data-test="box-item"][data-title="${title}"]`).first().click({ timeout: TIMEOUT });
    await page.locator(`[data-test="document-step"][data-step="${step}"]`).waitFor({ timeout: TIMEOUT });
    await page.fill('textarea[data-test="document-opinion"]', opinion);
    await page.locator('[data-test="document-agree"]').click();
    await page.locator(`[data-test="document-step"][data-step="${step}"]`).waitFor({ state: 'detached', timeout: TIMEOUT });
  }

  /** A registrar finds the copy under 待签收 and signs for it. */
  /** Who signed for which unit (unit name → the registrar's name), to be found in the sender's receipt table. */
  const signedBy = new Map<string, string>();

  async function signFor(username: string, unitCode: string): Promise<void> {
    await as(username);
    const { page } = browser;
    await page.goto(`${kunlun.url}/documents`);
    const { unitName, registrar } = await page.evaluate(async (code) => {
      const units = (await (await fetch(`/api/org/units?keyword=${code}`)).json()) as { items: { code: string; name: string }[] };
      const me = (await (await fetch('/api/me')).json()) as { user: { displayName: string } };
      return { unitName: units.items.find((u) => u.code === code)!.name, registrar: me.user.displayName };
    }, unitCode);
    signedBy.set(unitName, registrar);
    const row = page
      .locator('[data-test="documents-table"] .el-table__row', { hasText: title })
      .filter({ has: page.locator('[data-test="documents-for-unit"]', { hasText: new RegExp(`^${unitName}$`) }) });
    await row.locator('[data-test="documents-sign"]').click({ timeout: TIMEOUT });
    await page.waitForURL(/\/documents\/incoming\//, { timeout: TIMEOUT });
    await page.getByText(unitName).first().waitFor({ timeout: TIMEOUT });
  }

  it('is drafted, reviewed, signed off, printed to PDF, signed for by each recipient registrar and archived', async () => {
    const { page } = browser;
    await as('hb_clerk');
    await page.goto(`${kunlun.url}/documents/new`);
    await page.locator('[data-field="title"] input').fill(title);
    // 主送: the county government, its office and a prefecture department, found by name and by code
    await page.locator('[data-field="mainRecipients"] [data-test="units-add"]').click();
    const picker = page.locator('[data-test="units-picker"]');
    for (const [keyword, code] of [
      ['门源', recipients.countyGovernment],
      ['门源', recipients.countyOffice],
      [recipients.department, recipients.department],
    ] as const) {
      await picker.locator('input[data-test="unit-search"]').fill(keyword);
      const hit = picker.locator(`[data-test="unit-search-result"][data-code="${code}"]`);
      await hit.locator('[data-test="unit-check"] .el-checkbox').click({ timeout: TIMEOUT });
      await picker.locator(`[data-test="units-chosen"] li[data-code="${code}"]`).waitFor({ timeout: TIMEOUT });
    }
    await picker.locator('[data-test="units-confirm"]').click();
    await page.locator('[data-field="body"] [contenteditable="true"]').click();
    await page.keyboard.type('各县人民政府，州政府各部门：');
    await page.keyboard.press('Enter');
    await page.keyboard.type('元旦春节将至，请切实做好安全防范工作。');
    await page.locator('[data-test="documents-create-submit"]').click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}/, { timeout: TIMEOUT });
    const documentUrl = page.url().split('?')[0]!;

    await agreeAt('hb_head', 'deptReview', '同意，请办公室核稿。');
    await agreeAt('hb_head', 'officeReview', '文字已核，请领导签发。');
    // The signing leader sees the earlier opinions on the 稿纸
    await as('hb_leader');
    await page.goto(`${kunlun.url}/tasks?box=todo`);
    await page.locator(`[data-test="box-item"][data-title="${title}"]`).first().click({ timeout: TIMEOUT });
    await page.locator('[data-test="document-step"][data-step="signOff"]').waitFor({ timeout: TIMEOUT });
    await page.getByText('同意，请办公室核稿。').first().waitFor({ timeout: TIMEOUT });
    await page.getByText('文字已核，请领导签发。').first().waitFor({ timeout: TIMEOUT });
    await page.fill('textarea[data-test="document-opinion"]', '同意印发。');
    await page.locator('[data-test="document-agree"]').click();
    await page.locator('[data-test="document-step"][data-step="signOff"]').waitFor({ state: 'detached', timeout: TIMEOUT });

    await agreeAt('hb_secretary', 'recheck', '已复核。');
    await agreeAt('hb_registrar', 'print', '已印制。');
    // The PDF is rendered and the registrar hands the copies out
    await page.goto(documentUrl);
    const pdfLink = page.locator('[data-test="document-pdf"]');
    await pdfLink.waitFor({ timeout: 60_000 });
    const pdf = await page.request.get(new URL((await pdfLink.getAttribute('href'))!, kunlun.url).toString());
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await agreeAt('hb_registrar', 'distribute', '核发。');

    await signFor('my_registrar', recipients.countyGovernment);
    await signFor('my_registrar', recipients.countyOffice);
    await signFor('hb_edu_registrar', recipients.department);

    // The sender sees every copy signed, each by the registrar who received it
    await as('hb_registrar');
    await page.goto(documentUrl);
    const receipts = page.locator('[data-test="document-receipts"]');
    await receipts.locator('[data-receipt-state]').first().waitFor({ timeout: TIMEOUT });
    expect(await receipts.locator('[data-receipt-state="signed"]').count()).toBe(3);
    for (const [unitName, registrar] of signedBy) {
      const row = receipts.locator('.el-table__row').filter({ has: page.locator('[data-test="receipt-unit"]', { hasText: new RegExp(`^${unitName}$`) }) });
      expect(await row.textContent()).toContain(registrar);
    }
    expect(new Set(signedBy.values()).size).toBe(2);
    await agreeAt('hb_registrar', 'archive', '归档。');
    await page.goto(documentUrl);
    await page.locator('[data-test="document"][data-state="archived"]').waitFor({ timeout: TIMEOUT });
    await browser.screenshot('documents-quickstart-archived');
    expect(browser.problems).toEqual([]);
  });
});
