/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { waitFor } from '@kunlun/test-kit';
import type { Browser } from '../kit/browser.ts';
import { TIMEOUT, shoot } from './desktopSteps.ts';
import { desktopSite } from './desktopSite.ts';

/** The menu entries of the administration group a signed-in person sees. */
async function adminEntries(browser: Browser): Promise<string[]> {
  const ids = await browser.page
    .locator('[data-test="admin-menu"] [data-menu-id]')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-menu-id') ?? ''));
  return ids.sort();
}

/**
 * The admin console in Chromium: each of the three administrators (三员) sees only their own
 * duty — the system administrator the organization, import and modules; the security
 * administrator roles, grants, sessions and users' audit; the auditor the administrators' audit.
 */
describe('the admin console (Chromium)', () => {
  const site = desktopSite();
  const admin = (username: string) => site.signedIn(username);

  it('the system administrator adds a unit in the tree and imports people, seeing each bad row of a file', async () => {
    const browser = await admin('admin');
    const { page } = browser;
    // given the system administrator's desktop: only system duties, no business boxes
    expect(await adminEntries(browser)).toEqual(['core.admin.calendar', 'core.admin.import', 'core.admin.modules', 'core.admin.org', 'core.admin.processes']);
    expect(await page.locator('[data-menu-id="core.tasks"]').count()).toBe(0);
    await page.locator('[data-widget-id="core.admin"] [data-menu-id="core.admin.org"]').waitFor({ timeout: TIMEOUT });

    // when a department is added under 海北州政府
    await page.locator('[data-menu-id="core.admin.org"]').first().click();
    await page.locator('[data-test="admin-org"] [data-test="org-tree"]').waitFor({ timeout: TIMEOUT });
    await page.locator('.el-tree-node__content', { hasText: '青海省人民政府' }).first().locator('.el-tree-node__expand-icon').click();
    await page.locator('.el-tree-node__content', { hasText: '海北藏族自治州人民政府' }).first().click();
    await page.locator('[data-test="new-sub-unit"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="unitName"]').fill('海北藏族自治州统计局');
    await dialog.locator('input[name="unitCode"]').fill('632200-009');
    await dialog.getByRole('button', { name: '保存' }).click();
    // then it exists on the server and shows in the tree
    await waitFor(async () => (await site.app.runtime.db('core_org_units').where({ code: '632200-009' }).first('id')) !== undefined, { what: 'the new unit' });
    await page.locator('.el-tree-node__content', { hasText: '海北藏族自治州统计局' }).waitFor({ timeout: TIMEOUT });
    await shoot(browser, 'admin-system-org');

    // when a file of people with a bad unit code is checked
    await page.goto(`${site.app.url}/admin/import`);
    await page.getByText('人员', { exact: true }).click();
    const csv = (rows: string[]) => ({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(['用户名,姓名,机构编码,岗位', ...rows].join('\n')) });
    await page.setInputFiles('[data-test="import-file"]', csv(['hb_stat_clerk,张三,632200-009,staff', 'hb_stat_head,李四,999999-999,dept_head']));
    await page.locator('[data-action="import-check"]').click();
    // then nothing is imported and the bad row is named with its problem
    const problems = page.locator('[data-test="import-problems"]');
    await problems.locator('.el-table__row').first().waitFor({ timeout: TIMEOUT });
    const report = await problems.innerText();
    expect(report).toContain('999999-999');
    expect(report).toMatch(/\b3\b/);
    expect(await site.app.runtime.db('core_users').where({ username: 'hb_stat_clerk' }).first('id')).toBeUndefined();
    await shoot(browser, 'admin-system-import-problems');

    // when the corrected file is imported with an initial password for the new accounts
    await page.setInputFiles('[data-test="import-file"]', csv(['hb_stat_clerk,张三,632200-009,staff']));
    await page.fill('input[name="initialPassword"]', 'Tongji@2026');
    await page.locator('[data-action="import-run"]').click();
    await page.locator('[data-test="import-result"]').waitFor({ timeout: TIMEOUT });
    expect(await page.locator('[data-test="import-result"]').innerText()).toContain('新建 1');
    expect(await site.app.runtime.db('core_users').where({ username: 'hb_stat_clerk' }).first('id')).toBeDefined();

    // and the modules page lists 签报 as running
    await page.goto(`${site.app.url}/admin/modules`);
    await page.locator('[data-test="modules-admin"] .el-table__row', { hasText: 'general' }).waitFor({ timeout: TIMEOUT });
    expect(browser.problems.filter((p) => !/40[19]|422/.test(p))).toEqual([]);
  });

  it('the security administrator manages roles and ends a session', async () => {
    const browser = await admin('secadmin');
    const { page } = browser;
    expect(await adminEntries(browser)).toEqual(['core.admin.audit', 'core.admin.org', 'core.admin.roles', 'core.admin.sessions']);
    // the roles and what they allow
    await page.goto(`${site.app.url}/admin/roles`);
    await page.locator('[data-test="roles"] .el-table__row').first().waitFor({ timeout: TIMEOUT });
    await shoot(browser, 'admin-security-roles');
    // given a clerk signed in elsewhere
    const clerk = await site.app.signedIn('hb_clerk');
    expect((await clerk.get('/api/me')).status).toBe(200);
    // when the security administrator ends the clerk's session
    await page.goto(`${site.app.url}/admin/sessions`);
    const row = page.locator('[data-test="sessions-admin"] .el-table__row', { hasText: 'hb_clerk' }).first();
    await row.waitFor({ timeout: TIMEOUT });
    await row.getByRole('button', { name: '强制下线' }).click();
    await page.locator('.el-message-box').getByRole('button', { name: '强制下线' }).click();
    // then the clerk is signed out
    await waitFor(async () => (await clerk.get('/api/me')).status === 401, { what: "the clerk's session to end" });
    expect(browser.problems.filter((p) => !/40[19]/.test(p))).toEqual([]);
  });

  it("the auditor sees only the audit trail, with the administrators' actions", async () => {
    const browser = await admin('auditor');
    const { page } = browser;
    expect(await adminEntries(browser)).toEqual(['core.admin.audit']);
    await page.locator('[data-menu-id="core.admin.audit"]').first().click();
    const trail = page.locator('[data-test="audit-trail"]');
    await trail.locator('.el-table__row', { hasText: '新建机构' }).first().waitFor({ timeout: TIMEOUT });
    await shoot(browser, 'admin-audit-trail');
    // and a page of another duty is refused
    await page.goto(`${site.app.url}/admin/org`);
    await page.waitForURL(/\/forbidden/, { timeout: TIMEOUT });
  });
});
