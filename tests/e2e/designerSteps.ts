/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { TIMEOUT } from './desktopSteps.ts';

/**
 * What IT staff do in the process designer, as steps for the end-to-end tests: open the process
 * library, work on the bpmn-js canvas (select and drag shapes) and in the properties panel.
 */
export const libraryRow = (page: Page, key: string) => page.locator('.el-table__row', { has: page.locator(`[data-process="${key}"]`) }).first();

export async function openLibrary(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/processes`);
  await page.locator('[data-test="process-library"] .el-table__row').first().waitFor({ timeout: TIMEOUT });
}

/** The status tag of a process in the library ("base", "forked", "merge-clean" …). */
export async function libraryStatus(page: Page, key: string): Promise<string | null> {
  return libraryRow(page, key).locator('[data-status]').getAttribute('data-status');
}

export async function libraryAction(page: Page, key: string, action: string): Promise<void> {
  await page.locator(`[data-test="process-library"] button[data-action="${action}"][data-process="${key}"]`).click();
}

/** Waits until the editor shows a version of the given state with its diagram imported and linted. */
export async function editorReady(page: Page, state: 'draft' | 'published'): Promise<void> {
  await page.locator(`[data-test="process-editor"][data-ready="true"][data-state="${state}"]`).waitFor({ timeout: TIMEOUT });
  await page.locator('[data-test="modeler-canvas"] .djs-element').first().waitFor({ timeout: TIMEOUT });
  await page.locator('[data-test="process-editor"] .el-loading-mask').waitFor({ state: 'detached', timeout: TIMEOUT });
}

export const shape = (page: Page, elementId: string) => page.locator(`[data-test="modeler-canvas"] .djs-element.djs-shape[data-element-id="${elementId}"]`);

async function centreOf(page: Page, elementId: string): Promise<{ x: number; y: number }> {
  const box = await shape(page, elementId).boundingBox();
  if (!box) throw new Error(`the shape ${elementId} is not on the canvas`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Clicks a shape unless it is selected already (a second click would deselect it), and waits for the properties panel to show it. */
export async function selectShape(page: Page, elementId: string): Promise<void> {
  const panel = page.locator(`[data-test="properties-panel"][data-element="${elementId}"]`);
  if (!(await panel.count())) await shape(page, elementId).locator('.djs-hit').click();
  await panel.waitFor({ timeout: TIMEOUT });
}

/** Drags a shape by (dx, dy) screen pixels, the way a person moves it with the mouse. */
export async function dragShape(page: Page, elementId: string, dx: number, dy: number): Promise<void> {
  const { x, y } = await centreOf(page, elementId);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 3, y + dy / 3, { steps: 4 });
  await page.mouse.move(x + dx, y + dy, { steps: 8 });
  await page.mouse.up();
}

/** Chooses an option of an Element Plus select found under `scope`. */
export async function pickOption(page: Page, scope: string, label: string): Promise<void> {
  await page.locator(`${scope} .el-select__wrapper`).first().click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: label }).first().click();
}

/** Picks one person in the people picker by searching their name. */
export async function pickPerson(page: Page, name: string, username: string): Promise<void> {
  const search = page.locator('input[data-test="people-search"]:visible');
  await search.waitFor({ timeout: TIMEOUT });
  await search.fill(name);
  await page.locator(`[data-person="${username}"]:visible`).click();
  await page.locator('[data-test="people-confirm"]:visible').click();
  await search.waitFor({ state: 'hidden', timeout: TIMEOUT });
}
