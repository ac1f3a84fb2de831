/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { createTestApp, seedOrg, waitFor, type ApiClient, type TestApp } from '@kunlun/test-kit';
import { openBrowser, type Browser } from '../kit/browser.ts';
import { seedDocumentsOrg } from '../../modules/documents/test/documentsOrg.ts';
import { DocumentsDesk } from '../../modules/documents/test/documentsDesk.ts';
import { TIMEOUT } from './desktopSteps.ts';
import { editorReady, libraryAction, openLibrary, shape } from './designerSteps.ts';
import { WEB_DIST } from './desktopSite.ts';

const KEY = 'general.approval';

/** Signs in on the sign-in page the way a person does, from a browser holding no session. */
async function signInFresh(browser: Browser, baseUrl: string, username: string, to = '/'): Promise<void> {
  const { page } = browser;
  await browser.context.clearCookies();
  await page.goto(`${baseUrl}/login${to === '/' ? '' : `?redirect=${encodeURIComponent(to)}`}`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', 'Kunlun@2026');
  await page.press('input[name="password"]', 'Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: TIMEOUT });
}

/** The flows of a BPMN definition: id, source and target. */
function flowsOf(xml: string): { id: string; source: string; target: string }[] {
  return [...xml.matchAll(/<bpmn:sequenceFlow\b[^>]*>/gu)].map(([tag]) => ({
    id: /\sid="([^"]+)"/u.exec(tag)![1]!,
    source: /\ssourceRef="([^"]+)"/u.exec(tag)![1]!,
    target: /\stargetRef="([^"]+)"/u.exec(tag)![1]!,
  }));
}

describe('the process designer in Chinese (Chromium)', () => {
  let app: TestApp;
  let admin: ApiClient;
  let browser: Browser;

  beforeAll(async () => {
    app = await createTestApp({ modules: ['general'], env: { KUNLUN_WEB_DIR: WEB_DIST } });
    await seedOrg(app.runtime);
    admin = await app.signedIn('admin');
    browser = await openBrowser({ width: 1440, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('the sign-in page opens without asking the server who is signed in, and without a console error', async () => {
    const { page } = browser;
    const asked: string[] = [];
    const onRequest = (request: { url(): string }) => {
      if (new URL(request.url()).pathname === '/api/me') asked.push(request.url());
    };
    page.on('request', onRequest);
    // given a browser without a session, when the desktop's address is opened
    await page.goto(`${app.url}/`);
    // then the sign-in page shows, with no 401 in the console
    await page.waitForURL(/\/login/);
    await page.locator('input[name="username"]').waitFor({ timeout: TIMEOUT });
    await page.reload();
    await page.locator('input[name="username"]').waitFor({ timeout: TIMEOUT });
    page.off('request', onRequest);
    expect(asked).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it('shows the palette, context pad and replace menu in Chinese, and a task dropped onto a flow splits it into two flows', async () => {
    const { page } = browser;
    onTestFailed(async () => {
      await browser.screenshot('designer-polish-failure');
    });
    // given the system administrator working on a draft of 签报
    await signInFresh(browser, app.url, 'admin');
    await openLibrary(page, app.url);
    await libraryAction(page, KEY, 'fork');
    await editorReady(page, 'draft');

    // then the palette speaks Chinese
    const createTask = page.locator('.djs-palette .entry[data-action="create.task"]');
    expect(await createTask.getAttribute('aria-label')).toBe('创建任务');
    expect(await page.locator('.djs-palette .entry[data-action="hand-tool"]').getAttribute('aria-label')).toBe('抓手工具（拖动画布）');
    await createTask.hover();
    await page.locator('.djs-palette-tooltip-label', { hasText: '创建任务' }).waitFor({ timeout: TIMEOUT });

    // and so do a step's context pad and its replace menu
    await shape(page, 'deptReview').locator('.djs-hit').click();
    const pad = page.locator('.djs-context-pad');
    await pad.locator('.entry[data-action="append.append-task"]').waitFor({ timeout: TIMEOUT });
    expect(await pad.locator('.entry[data-action="append.append-task"]').getAttribute('title')).toBe('追加任务');
    expect(await pad.locator('.entry[data-action="delete"]').getAttribute('title')).toBe('删除');
    await pad.locator('.entry[data-action="replace"]').click();
    const menu = page.locator('.djs-popup');
    await menu.getByText('服务任务', { exact: true }).waitFor({ timeout: TIMEOUT });
    expect(await menu.getByText('Service task', { exact: true }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached', timeout: TIMEOUT });

    // when a new task is dragged from the palette and dropped with its box over the horizontal part of the 不同意 flow
    // (the flow leaves the gateway downwards and runs right, level with 未予同意's centre)
    const visual = async (id: string) => (await shape(page, id).locator('.djs-visual').boundingBox())!;
    const [gateway, end] = [await visual('reviewDecision'), await visual('rejected')];
    // the pointer a little below the line (18 diagram units: outside the flow's hit line, inside the task's middle)
    const scale = end.width / 36;
    const drop = { x: (gateway.x + gateway.width / 2 + end.x) / 2, y: end.y + end.height / 2 + 18 * scale };
    const shapesBefore = await page.locator('[data-test="modeler-canvas"] .djs-shape').count();
    const entry = (await createTask.boundingBox())!;
    await page.mouse.move(entry.x + entry.width / 2, entry.y + entry.height / 2);
    await page.mouse.down();
    await page.mouse.move(drop.x - 40, drop.y - 40, { steps: 6 });
    await page.mouse.move(drop.x, drop.y, { steps: 8 });
    await page.mouse.up();
    await waitFor(async () => (await page.locator('[data-test="modeler-canvas"] .djs-shape').count()) > shapesBefore, {
      what: 'the task to be placed',
      timeoutMs: TIMEOUT,
    });

    // and the draft is saved
    await page.locator('[data-action="save-draft"]').click();
    await page.locator('[data-action="save-draft"]', { hasText: '已保存' }).waitFor({ timeout: TIMEOUT });

    // then the flow runs 排他网关 → new task → 审批不通过 as two connected flows
    const keys = (await admin.get('/api/definitions')).body as { key: string; draft: { id: string } | null }[];
    const draft = keys.find((k) => k.key === KEY)!.draft!;
    const xml = (await admin.get(`/api/definitions/versions/${draft.id}`)).body.xml as string;
    const flows = flowsOf(xml);
    const into = flows.find((f) => f.id === 'reviewRejected')!;
    expect(into.source).toBe('reviewDecision');
    expect(into.target).not.toBe('rejected');
    expect(xml).toMatch(new RegExp(`<bpmn:task id="${into.target}"`, 'u'));
    expect(flows.filter((f) => f.source === into.target)).toEqual([expect.objectContaining({ target: 'rejected' })]);
    await browser.screenshot('designer-drop-on-flow');
    expect(browser.problems).toEqual([]);
  });
});

describe('documents: paper incoming and drafting in one go (Chromium)', () => {
  let app: TestApp;
  let desk: DocumentsDesk;
  let browser: Browser;

  beforeAll(async () => {
    app = await createTestApp({ modules: ['documents'], env: { KUNLUN_WEB_DIR: WEB_DIST } });
    await seedDocumentsOrg(app.runtime);
    desk = new DocumentsDesk(app);
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('the registrar registers a paper document from the menu and lands on its incoming sheet, whose links are styled', async () => {
    const { page } = browser;
    onTestFailed(async () => {
      await browser.screenshot('paper-incoming-failure');
    });
    // given the 海北 office's registrar on the desktop
    await signInFresh(browser, app.url, 'hb_registrar', '/documents');
    // when they open 纸质来文登记 from the menu and register a notice received on paper
    await page.locator('[data-menu-id="documents.paperIncoming"]').first().click();
    await page.locator('[data-test="paper-incoming-form"]').waitFor({ timeout: TIMEOUT });
    await page.locator('[data-field="issuerName"] input').fill('青海省应急管理厅');
    await page.locator('[data-field="docNumber"] input').fill('青应急〔2026〕88号');
    await page.locator('[data-field="title"] input').fill('关于印发青海省地震应急预案的通知');
    await page.locator('[data-field="copies"] input').fill('2');
    await page.locator('[data-field="summary"] textarea').fill('印发修订后的地震应急预案，请结合实际贯彻执行。');
    await page.locator('[data-test="paper-register"]').click();

    // then the incoming sheet opens at their 登记 step with the document's elements
    await page.waitForURL(/\/documents\/incoming\/[0-9a-f-]{36}/, { timeout: TIMEOUT });
    await page.locator('[data-test="incoming-step"][data-step="register"]').waitFor({ timeout: TIMEOUT });
    await page.getByText('关于印发青海省地震应急预案的通知').first().waitFor({ timeout: TIMEOUT });
    const incomingId = new URL(page.url()).pathname.split('/').pop()!;
    const record = (await (await desk.client('hb_registrar')).get(`/api/documents/incoming/${incomingId}`)).body;
    expect(record).toMatchObject({ origin: 'paper', copies: 2, document: { docNumber: '青应急〔2026〕88号', issuerName: '青海省应急管理厅' } });

    // and 更多操作 and the document's link are Element Plus links, not bare browser links
    for (const link of ['incoming-more', 'incoming-document']) {
      const style = await page.locator(`[data-test="${link}"]`).evaluate((el) => ({
        elLink: el.classList.contains('el-link'),
        color: getComputedStyle(el).color,
        underline: getComputedStyle(el).textDecorationLine,
      }));
      expect(style, link).toMatchObject({ elLink: true, underline: 'none' });
      expect(style.color, link).not.toBe('rgb(0, 0, 238)');
    }
    await browser.screenshot('paper-incoming-sheet');
    expect(browser.problems).toEqual([]);
  });

  it('保存并提交 creates the draft and hands 拟稿 on: the document page shows the next step; 保存草稿 keeps 拟稿 with the drafter', async () => {
    const { page } = browser;
    onTestFailed(async () => {
      await browser.screenshot('draft-submit-failure');
    });
    const title = '西宁市人民政府办公室关于做好冬季供暖保障工作的通知';
    // given a clerk writing a draft
    await signInFresh(browser, app.url, 'xn_clerk', '/documents/new');
    await page.locator('[data-field="title"] input').fill(title);
    // when they choose 保存并提交
    await page.locator('[data-test="documents-create-submit"]').click();
    // then the document page shows 部门审核 as the open step, and the clerk has no step left on it
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/, { timeout: TIMEOUT });
    await page
      .getByText(/部门审核：/u)
      .first()
      .waitFor({ timeout: TIMEOUT });
    expect(await page.locator('[data-test="document-step"]').count()).toBe(0);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const doc = await desk.document('xn_clerk', id);
    expect(doc.process.openSteps.map((s: { name: string }) => s.name)).toEqual(['部门审核']);
    expect((await desk.todo('xn_head')).map((t) => t.title)).toContain(title);

    // when another draft is only saved
    await page.goto(`${app.url}/documents/new`);
    await page.locator('[data-field="title"] input').fill('关于开展冬季消防安全检查的通知');
    await page.locator('[data-test="documents-create"]').click();
    // then its 拟稿 step stays with the clerk
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/, { timeout: TIMEOUT });
    await page.locator('[data-test="document-step"][data-step="draft"]').waitFor({ timeout: TIMEOUT });
    expect(browser.problems).toEqual([]);
  });
});
