/// <reference lib="dom" />
import { expect } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import type { Browser } from '../kit/browser.ts';

/**
 * What office staff do in the web desktop, as steps for the end-to-end tests: each acts through
 * the pages the way a person does (menus, buttons, dialogs) and waits for what the page shows.
 */
export const TIMEOUT = 15_000;

export async function signIn(browser: Browser, baseUrl: string, username: string, password = 'Kunlun@2026'): Promise<void> {
  const { page } = browser;
  await page.goto(`${baseUrl}/login`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await page.press('input[name="password"]', 'Enter');
  await page.locator('[data-test="greeting"]').waitFor({ timeout: TIMEOUT });
}

/**
 * Another person signs in in the same window: the page they ask for sends them to the sign-in
 * page and, once signed in, back to it. The previous page is left first, so nothing of its (a
 * live stream, a poll) asks the server after the cookies are gone.
 */
export async function signInAt(browser: Browser, baseUrl: string, username: string, to: string, password = 'Kunlun@2026'): Promise<Page> {
  const { page } = browser;
  await page.goto('about:blank');
  await browser.context.clearCookies();
  await page.goto(`${baseUrl}${to}`);
  await page.waitForURL(/\/login/, { timeout: TIMEOUT });
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await page.press('input[name="password"]', 'Enter');
  await page.waitForURL(`${baseUrl}${to}`, { timeout: TIMEOUT });
  return page;
}

/** Opens a box of the task center and waits until the live stream is connected. */
export async function openBox(page: Page, baseUrl: string, box: 'todo' | 'done' | 'started' | 'cc'): Promise<void> {
  await page.goto(`${baseUrl}/tasks?box=${box}`);
  await page.locator(`[data-test="task-center"][data-box="${box}"]`).waitFor({ timeout: TIMEOUT });
  await page.locator('[data-test="notification-bell"][data-live="true"]').waitFor({ timeout: TIMEOUT });
}

export const boxItem = (page: Page, title: string) => page.locator(`[data-test="box-item"][data-title="${title}"]`);

/** Marks the page so that a reload (which would lose the mark) can be told from a live update. */
export async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __kunlunMark: number }).__kunlunMark = 42));
}

export async function stillSamePage(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __kunlunMark?: number }).__kunlunMark === 42);
}

export async function chooseOption(page: Page, field: string, label: string): Promise<void> {
  await page.locator(`[data-field="${field}"] .el-select__wrapper`).click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: label }).first().click();
}

export interface Approval {
  title: string;
  content: string;
  urgency: string;
  attachment?: { name: string; text: string };
}

/** The clerk starts a 签报 from the catalogue and submits it; answers the instance id. */
export async function startApproval(page: Page, baseUrl: string, approval: Approval): Promise<string> {
  await page.goto(`${baseUrl}/processes`);
  await page.locator('[data-process="general.approval"]').click();
  await page.locator('[data-test="start-process"] [data-test="form-renderer"]').waitFor({ timeout: TIMEOUT });
  await page.fill('input[name="title"]', approval.title);
  await page.fill('textarea[name="content"]', approval.content);
  await chooseOption(page, 'urgency', approval.urgency);
  if (approval.attachment) {
    await page.setInputFiles('input[type="file"][name="attachments"]', {
      name: approval.attachment.name,
      mimeType: 'text/plain',
      buffer: Buffer.from(approval.attachment.text),
    });
    await page.locator(`[data-field="attachments"] [data-file="${approval.attachment.name}"]`).waitFor({ timeout: TIMEOUT });
  }
  await page.locator('[data-action="start-submit"]').click();
  await page.waitForURL(/\/instances\/[0-9a-f-]{36}$/, { timeout: TIMEOUT });
  return page.url().split('/').pop()!;
}

/** Opens a task from the todo list and waits for its page. */
export async function openTask(page: Page, title: string): Promise<void> {
  await boxItem(page, title).first().click();
  await page.locator('[data-test="task-page"] [data-test="task-actions"]').waitFor({ timeout: TIMEOUT });
}

export async function writeOpinion(page: Page, opinion: string): Promise<void> {
  await page.fill('textarea[name="opinion"]', opinion);
}

/** Clicks an action of the task page, looking under "更多" on a phone. */
export async function act(page: Page, action: string): Promise<void> {
  const button = page.locator(`[data-test="task-actions"] > .el-button[data-action="${action}"]`);
  if (await button.count()) {
    await button.click();
    return;
  }
  await page.locator('[data-test="task-actions"] [data-action="more"]').click();
  await page.locator(`.el-dropdown-menu__item[data-action="${action}"]:visible`).click();
}

export async function backInTodoList(page: Page): Promise<void> {
  await page.waitForURL(/\/tasks\?box=todo$/, { timeout: TIMEOUT });
}

/** Returns the open task to an earlier step (by element id) with an opinion. */
export async function returnTo(page: Page, step: string, opinion: string): Promise<void> {
  await writeOpinion(page, opinion);
  await act(page, 'return');
  const dialog = page.locator('[data-test="return-dialog"]');
  await dialog.locator(`[data-step="${step}"]`).click();
  await dialog.locator('[data-test="return-confirm"]').click();
  await backInTodoList(page);
}

/**
 * A screenshot of the whole page: the desktop scrolls inside its main area, so the window is
 * made as tall as the content for the picture, then put back.
 */
export async function shoot(browser: Browser, name: string): Promise<void> {
  const { page } = browser;
  const size = page.viewportSize();
  const height = await page.evaluate(() => {
    const main = document.querySelector('.desktop__main');
    return main ? main.scrollHeight + (main.getBoundingClientRect().top || 0) : document.documentElement.scrollHeight;
  });
  if (size && height > size.height) await page.setViewportSize({ width: size.width, height: Math.min(Math.ceil(height), 5000) });
  await browser.screenshot(name);
  if (size) await page.setViewportSize(size);
}

/** The page does not scroll sideways: nothing is wider than the screen. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const main = document.querySelector('.desktop__main');
    const pageOverflow = document.documentElement.scrollWidth - window.innerWidth;
    const mainOverflow = main ? main.scrollWidth - main.clientWidth : 0;
    return Math.max(pageOverflow, mainOverflow);
  });
}

/**
 * The fonts Chromium really used to draw an element's text (DevTools protocol). Without a CJK
 * font, Chinese is drawn as boxes by a fallback font; with one, a CJK family covers the glyphs.
 */
export async function fontsUsedFor(page: Page, selector: string): Promise<{ familyName: string; glyphCount: number }[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    expect(nodeId, `no element ${selector}`).toBeGreaterThan(0);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => ({ familyName: f.familyName, glyphCount: f.glyphCount }));
  } finally {
    await cdp.detach();
  }
}
