/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedOrg, type TestApp } from '@kunlun/test-kit';
import { openBrowser, type Browser } from '../kit/browser.ts';
import { WEB_DIST } from './desktopSite.ts';

describe('signing in to the web desktop (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await createTestApp({ env: { KUNLUN_WEB_DIR: WEB_DIST } });
    await seedOrg(app.runtime);
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a deep link while signed out leads to sign-in; wrong and right passwords behave; the desktop shows the acting unit in Chinese', async () => {
    const { page } = browser;
    await page.goto(`${app.url}/directory`);
    await page.waitForURL(/\/login\?redirect=/);
    await page.fill('input[name="username"]', 'hb_head');
    await page.fill('input[name="password"]', 'not-the-password');
    await page.press('input[name="password"]', 'Enter');
    await page.getByText('用户名或密码错误').waitFor();
    await page.fill('input[name="password"]', 'Kunlun@2026');
    await page.press('input[name="password"]', 'Enter');
    await page.waitForURL(`${app.url}/directory`);
    await page.locator('[data-test="unit-switcher"]').getByText('海北州政府办公室').waitFor();
    await browser.screenshot('sign-in-directory');
    // the one failed resource is the wrong password's answer
    expect(browser.problems).toEqual([expect.stringContaining('401')]);
  });

  it('the person switches to the other unit they hold a post in, and it survives a reload', async () => {
    const { page } = browser;
    await page.locator('[data-test="unit-switcher"]').click();
    await page.getByRole('menuitem', { name: '海北藏族自治州人民政府', exact: true }).click();
    await page
      .locator('[data-test="unit-switcher"]')
      .getByText(/^海北州政府$/)
      .waitFor();
    await page.reload();
    await page
      .locator('[data-test="unit-switcher"]')
      .getByText(/^海北州政府$/)
      .waitFor();
    const me = await (await app.signedIn('hb_head')).get('/api/me');
    expect(me.body.posts.length).toBe(3);
  });

  it('at phone width (375 px) the menu folds into a drawer and the page does not overflow', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${app.url}/`);
    await page.locator('[data-test="greeting"]').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await browser.screenshot('desktop-375');
  });
});
