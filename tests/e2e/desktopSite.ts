import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createTestApp, seedOrg, type OrgFixture, type TestApp } from '@kunlun/test-kit';
import { openBrowser, type Browser } from '../kit/browser.ts';
import { signIn } from './desktopSteps.ts';

/** The web build the desktop tests serve; KUNLUN_TEST_WEB_DIST points at another build (e.g. `vite build --outDir`). */
export const WEB_DIST = process.env.KUNLUN_TEST_WEB_DIST ?? path.resolve(import.meta.dirname, '..', '..', 'web', 'dist');

export interface DesktopSite {
  app: TestApp;
  org: OrgFixture;
  /** Every window opened so far. */
  readonly browsers: readonly Browser[];
  /** A Chromium window, not signed in yet (closed after the file's tests). */
  browser(size?: { width: number; height: number }): Promise<Browser>;
  /** A Chromium window signed in as the person (closed after the file's tests). */
  signedIn(username: string, size?: { width: number; height: number }): Promise<Browser>;
}

/**
 * The site a desktop test file works on, set up before its tests and closed after them: the
 * server with the general module and the web build, the seeded organization, and browsers.
 */
export function desktopSite(): DesktopSite {
  const open: Browser[] = [];
  const site = {
    browsers: open,
    async browser(size?: { width: number; height: number }) {
      const browser = await openBrowser(size);
      open.push(browser);
      return browser;
    },
    async signedIn(username: string, size?: { width: number; height: number }) {
      const browser = await site.browser(size);
      await signIn(browser, site.app.url, username);
      return browser;
    },
  } as Omit<DesktopSite, 'app' | 'org'> as DesktopSite;
  beforeAll(async () => {
    site.app = await createTestApp({ modules: ['general'], env: { KUNLUN_WEB_DIR: WEB_DIST } });
    site.org = await seedOrg(site.app.runtime);
  });
  afterAll(async () => {
    for (const browser of open) await browser.close();
    await site.app?.close();
  });
  return site;
}
