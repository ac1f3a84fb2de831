/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { waitFor } from '@kunlun/test-kit';
import {
  TIMEOUT,
  act,
  backInTodoList,
  boxItem,
  fontsUsedFor,
  horizontalOverflow,
  markPage,
  openBox,
  openTask,
  returnTo,
  shoot,
  signIn,
  startApproval,
  stillSamePage,
  writeOpinion,
} from './desktopSteps.ts';
import { desktopSite } from './desktopSite.ts';

/**
 * A 签报 (general.approval) through the web desktop in Debian's Chromium, on the real server and
 * database: the clerk starts it, the department head sees it arrive live and returns it, the
 * clerk resubmits, the head and the leader in charge agree, and the clerk finds it done with
 * every opinion in its history — at desktop width and at phone width.
 */
describe('a 签报 handled in the web desktop (Chromium)', () => {
  const site = desktopSite();
  const browserAt = (width: number) => site.browser(width < 600 ? { width, height: 740 } : { width, height: 900 });

  async function roundTrip(width: number, label: string): Promise<void> {
    const title = `关于购置档案柜的请示（${label}）`;
    const returnOpinion = `请补充购置预算明细。（${label}）`;
    const leaderOpinion = `同意，按程序采购。（${label}）`;
    const [clerk, head, leader] = [await browserAt(width), await browserAt(width), await browserAt(width)];

    // given the clerk and the department head signed in, the head looking at 待办
    await signIn(clerk, site.app.url, 'hb_clerk');
    await signIn(head, site.app.url, 'hb_head');
    await openBox(head.page, site.app.url, 'todo');
    await markPage(head.page);
    expect(await boxItem(head.page, title).count()).toBe(0);

    // when the clerk starts a 签报 from the catalogue and submits it
    const attachment = { name: `档案柜报价单（${label}）.txt`, text: '档案柜 4 组，每组 3000 元。' };
    const instanceId = await startApproval(clerk.page, site.app.url, { title, content: '办公室档案柜已满，拟购置 4 组。', urgency: '加急', attachment });
    await shoot(clerk, `approval-${label}-1-clerk-submitted`);

    // then it appears in the head's 待办 without a reload, marked urgent, and the 待办 badge counts it
    await boxItem(head.page, title).waitFor({ timeout: TIMEOUT });
    expect(await stillSamePage(head.page)).toBe(true);
    await expect.poll(() => boxItem(head.page, title).locator('[data-urgency="urgent"]').count()).toBe(1);
    await expect.poll(async () => Number(await head.page.locator('[data-box-tab="todo"]').getAttribute('data-count'))).toBeGreaterThan(0);
    if (width > 768) await head.page.locator('.live-popup').first().waitFor({ timeout: TIMEOUT });
    expect(await horizontalOverflow(head.page)).toBeLessThanOrEqual(0);
    await shoot(head, `approval-${label}-2-head-todo-live`);

    // when the head opens it: the form is read-only at this step and the diagram marks the steps
    await openTask(head.page, title);
    expect(await head.page.locator('[data-field="title"]').getAttribute('data-access')).toBe('readonly');
    expect(await head.page.locator('[data-field="content"]').innerText()).toContain('拟购置 4 组');
    await head.page.locator(`[data-field="attachments"] [data-file="${attachment.name}"]`).waitFor({ timeout: TIMEOUT });
    await head.page.getByRole('tab', { name: '流程图' }).click();
    await head.page.locator('[data-test="process-diagram"] [data-ready="true"]').waitFor({ timeout: TIMEOUT });
    await expect.poll(() => head.page.locator('[data-element-id="deptReview"].kl-step-active').count()).toBe(1);
    await expect.poll(() => head.page.locator('[data-element-id="apply"].kl-step-done').count()).toBe(1);
    await expect.poll(() => head.page.locator('[data-element-id="leaderApprove"].kl-step-pending').count()).toBe(1);
    expect(await horizontalOverflow(head.page)).toBeLessThanOrEqual(0);
    await shoot(head, `approval-${label}-3-head-task-diagram`);

    // and returns it to 填写签报 with an opinion
    await returnTo(head.page, 'apply', returnOpinion);

    // then the clerk, still on the instance page, is offered the returned step live and sees why
    await clerk.page.locator('[data-action="handle"]').waitFor({ timeout: TIMEOUT });
    await clerk.page.locator('[data-action="handle"]').click();
    await clerk.page.locator('[data-test="task-page"] [data-note="returned"]').waitFor({ timeout: TIMEOUT });
    expect(await clerk.page.locator('[data-note="returned"]').innerText()).toContain(returnOpinion);
    expect(await clerk.page.locator('[data-field="content"]').getAttribute('data-access')).toBe('editable');
    await shoot(clerk, `approval-${label}-4-clerk-returned`);

    // when the clerk adds the budget and resubmits
    await clerk.page.fill('textarea[name="content"]', '办公室档案柜已满，拟购置 4 组，预算 1.2 万元。');
    await act(clerk.page, 'submit');
    await backInTodoList(clerk.page);

    // then the head gets it again live, and agrees with a common opinion
    await boxItem(head.page, title).waitFor({ timeout: TIMEOUT });
    expect(await stillSamePage(head.page)).toBe(true);
    await openTask(head.page, title);
    expect(await head.page.locator('[data-field="content"]').innerText()).toContain('预算 1.2 万元');
    await head.page.locator('[data-test="common-opinions"]').click();
    await head.page.locator('.el-dropdown-menu__item:visible', { hasText: '同意，请领导审批。' }).click();
    expect(await head.page.inputValue('textarea[name="opinion"]')).toBe('同意，请领导审批。');
    await act(head.page, 'agree');
    await backInTodoList(head.page);

    // and the leader in charge agrees
    await signIn(leader, site.app.url, 'hb_leader');
    await openBox(leader.page, site.app.url, 'todo');
    await openTask(leader.page, title);
    await writeOpinion(leader.page, leaderOpinion);
    await shoot(leader, `approval-${label}-5-leader-task`);
    await act(leader.page, 'agree');
    await backInTodoList(leader.page);

    // then the clerk finds it in 我发起的 as done, with every opinion in its history
    await openBox(clerk.page, site.app.url, 'started');
    const done = boxItem(clerk.page, title);
    await done.waitFor({ timeout: TIMEOUT });
    expect(await done.getAttribute('data-state')).toBe('completed');
    expect(await done.innerText()).toContain('已办结（审批通过）');
    await done.click();
    const state = clerk.page.locator('[data-test="instance-state"][data-state="completed"][data-ending="approved"]');
    await state.waitFor({ timeout: TIMEOUT });
    expect(await state.innerText()).toBe('已办结（审批通过）');
    const history = clerk.page.locator('[data-test="history"]');
    await history.locator('[data-kind="instance.completed"]').waitFor({ timeout: TIMEOUT });
    const opinions = await history.locator('[data-test="history-opinion"]').allInnerTexts();
    expect(opinions).toEqual([returnOpinion, '同意，请领导审批。', leaderOpinion]);
    const text = await history.innerText();
    expect(text).toContain('王建国 退回至「填写签报」');
    expect(text).toContain('王建国 同意');
    expect(text).toContain('才让多杰 同意');
    expect(text).toContain('流程办结：审批通过');
    expect(await horizontalOverflow(clerk.page)).toBeLessThanOrEqual(0);
    await shoot(clerk, `approval-${label}-6-clerk-done-history`);

    // and the print view shows the form with its approval record
    await clerk.page.goto(`${site.app.url}/print/instances/${instanceId}`);
    const approvals = clerk.page.locator('[data-test="print-approvals"]');
    await approvals.getByText(leaderOpinion).waitFor({ timeout: TIMEOUT });
    expect(await approvals.innerText()).toContain(returnOpinion);
    await clerk.page.locator('[data-test="print-view"]').getByText('预算 1.2 万元').waitFor({ timeout: TIMEOUT });
    expect(await clerk.page.locator('[data-test="print-state"]').innerText()).toBe('已办结（审批通过）');
    await shoot(clerk, `approval-${label}-7-print`);

    for (const browser of [clerk, head, leader]) {
      expect(browser.problems).toEqual([]);
    }
  }

  it('at desktop width: started, seen live, returned, resubmitted, approved twice, done with the opinions', async () => {
    await roundTrip(1280, 'desktop');
  });

  it('at phone width (375 px): the same flow', async () => {
    await roundTrip(375, 'phone');
  });

  it('draws Chinese with a CJK font, not boxes, on the desktop and its other pages', async () => {
    const browser = await browserAt(1280);
    const { page } = browser;
    await signIn(browser, site.app.url, 'hb_clerk');
    // the desktop home: its widgets show the boxes (我发起的 holds the two 签报 done above)
    await page.locator('[data-widget-id="core.started"] [data-test="box-item"]').first().waitFor({ timeout: TIMEOUT });
    await page.locator('[data-widget-id="core.todo"] [data-widget-box="todo"]').waitFor({ timeout: TIMEOUT });
    await page.locator('[data-widget-id="core.notices"]').getByText('已办结').first().waitFor({ timeout: TIMEOUT });
    await shoot(browser, 'home-widgets');
    // the text is drawn with a CJK font wherever it is
    await openBox(page, site.app.url, 'started');
    await page.locator('[data-test="box-item"]').first().waitFor({ timeout: TIMEOUT });
    for (const selector of ['[data-test="task-center"] h1', '[data-test="box-item"] .box-item__title', '[data-menu-id="core.tasks"] .side-menu__title']) {
      const fonts = await fontsUsedFor(page, selector);
      const cjk = fonts.filter((f) => /CJK|Han|WenKai|Hei|Song|Kai|Fang|Ming/i.test(f.familyName));
      expect(
        cjk.reduce((n, f) => n + f.glyphCount, 0),
        `${selector} drawn with ${JSON.stringify(fonts)}`,
      ).toBeGreaterThan(0);
    }
    await shoot(browser, 'approval-fonts-started-box');
    // and the other pages of a clerk open
    await page.goto(`${site.app.url}/processes`);
    await page.locator('[data-process="general.approval"]').waitFor({ timeout: TIMEOUT });
    await page.goto(`${site.app.url}/me/proxies`);
    await page.getByRole('heading', { name: '外出委托' }).waitFor({ timeout: TIMEOUT });
    await page.goto(`${site.app.url}/tasks?box=done&sort=due&keyword=${encodeURIComponent('档案柜')}`);
    await page.locator('[data-test="box-item"]').first().waitFor({ timeout: TIMEOUT });
    expect(browser.problems).toEqual([]);
  });

  it('a session that ends while working leads to sign-in, and then back to the same page', async () => {
    const browser = await browserAt(1280);
    const { page } = browser;
    await signIn(browser, site.app.url, 'hb_clerk');
    await openBox(page, site.app.url, 'started');
    // when the session lies idle past its limit (as the server sees it)
    await site.app.runtime
      .db('core_sessions')
      .where({ user_id: site.org.users.hb_clerk })
      .whereNull('ended_at')
      .update({ last_seen_at: site.app.runtime.db.raw("now() - interval '7 days'") });
    // and the clerk goes on to 已办
    await page.locator('[data-box-tab="done"]').click();
    // then the sign-in page says why and keeps the way back
    await page.waitForURL(/\/login\?redirect=/, { timeout: TIMEOUT });
    await page.getByText('会话已超时，请重新登录').waitFor({ timeout: TIMEOUT });
    expect(decodeURIComponent(page.url())).toContain('redirect=/tasks?box=done');
    await shoot(browser, 'session-expired-sign-in');
    // when the clerk signs in again, the desktop opens where they were
    await page.fill('input[name="username"]', 'hb_clerk');
    await page.fill('input[name="password"]', 'Kunlun@2026');
    await page.press('input[name="password"]', 'Enter');
    await page.waitForURL(`${site.app.url}/tasks?box=done`, { timeout: TIMEOUT });
    await page.locator('[data-test="task-center"][data-box="done"]').waitFor({ timeout: TIMEOUT });
    await waitFor(async () => (await page.locator('[data-test="box-item"]').count()) > 0, { what: 'the done box to list the handled tasks' });
  });
});
