/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import type { Browser } from '../kit/browser.ts';
import { TIMEOUT, act, backInTodoList, boxItem, openBox, openTask, shoot, startApproval, writeOpinion } from './desktopSteps.ts';
import { desktopSite } from './desktopSite.ts';

/** Chooses people in the open people picker by searching their names. */
async function pickPeople(browser: Browser, people: { name: string; username: string }[]): Promise<void> {
  const { page } = browser;
  for (const person of people) {
    await page.locator('input[data-test="people-search"]:visible').fill(person.name);
    await page.locator(`[data-person="${person.username}"]:visible`).click();
  }
  await page.locator('[data-test="people-confirm"]:visible').click();
}

async function confirmBox(browser: Browser, text?: string): Promise<void> {
  const box = browser.page.locator('.el-message-box:visible');
  if (text !== undefined) await box.locator('textarea, input').first().fill(text);
  await box.locator('.el-message-box__btns .el-button--primary').click();
}

/**
 * The other operations of the task page and the instance, in Chromium: 催办 and 撤回 by the
 * initiator, 传阅 with its read receipt, 加签 and 减签, 转办, and 不同意.
 */
describe('operations on a 签报 beyond agreeing (Chromium)', () => {
  const site = desktopSite();
  const desk = (username: string) => site.signedIn(username);

  it('urge, withdraw, circulate with a read receipt, add and remove a signer, transfer, disagree', async () => {
    const title = '关于调整值班安排的请示';
    const [clerk, head, reader] = [await desk('hb_clerk'), await desk('hb_head'), await desk('hb_edu_head')];
    await openBox(head.page, site.app.url, 'todo');
    await openBox(reader.page, site.app.url, 'cc');
    await startApproval(clerk.page, site.app.url, { title, content: '春节期间值班安排拟作调整。', urgency: '普通' });

    // 催办: the clerk urges the head, whose bell rings at once
    await clerk.page.locator('[data-action="urge"]').click();
    await confirmBox(clerk, '请尽快审核');
    await head.page.locator('.live-popup', { hasText: '催办' }).first().waitFor({ timeout: TIMEOUT });
    await expect.poll(async () => Number(await head.page.locator('[data-test="notification-bell"]').getAttribute('data-unread'))).toBeGreaterThan(0);

    // 撤回: the clerk takes the submission back while the head has not acted, and sends it again
    await clerk.page.locator('[data-action="withdraw"]').click();
    await confirmBox(clerk);
    await clerk.page.locator('[data-action="handle"]').waitFor({ timeout: TIMEOUT });
    await clerk.page.locator('[data-action="handle"]').click();
    await clerk.page.locator('[data-test="task-page"] [data-action="submit"]').waitFor({ timeout: TIMEOUT });
    await act(clerk.page, 'submit');
    await backInTodoList(clerk.page);

    // 传阅: the head circulates it to the education bureau's head, who finds it under 待阅 live
    await boxItem(head.page, title).waitFor({ timeout: TIMEOUT });
    await openTask(head.page, title);
    await act(head.page, 'circulate');
    await head.page.locator('.el-dialog:visible').getByRole('button', { name: '选择人员' }).click();
    await pickPeople(head, [{ name: '马秀兰', username: 'hb_edu_head' }]);
    await head.page.locator('.el-dialog:visible textarea').fill('请知悉。');
    await head.page.locator('.el-dialog:visible').getByRole('button', { name: '传阅' }).click();
    await boxItem(reader.page, title).waitFor({ timeout: TIMEOUT });
    await boxItem(reader.page, title).click();
    await reader.page.getByText('已标记为已阅').waitFor({ timeout: TIMEOUT });
    await shoot(reader, 'operations-circulated-read');

    // 加签 before the head: the head's task waits; 减签 takes the signer away again
    await head.page.reload();
    await head.page.locator('[data-test="task-page"][data-task-state="open"]').waitFor({ timeout: TIMEOUT });
    await head.page.getByRole('tab', { name: /传阅情况/ }).click();
    await head.page.locator('[data-test="circulations"]').getByText('马秀兰').waitFor({ timeout: TIMEOUT });
    await act(head.page, 'addSigners');
    const addDialog = head.page.locator('[data-test="add-signers-dialog"]:visible');
    await addDialog.getByRole('button', { name: '选择人员' }).click();
    await pickPeople(head, [{ name: '马秀兰', username: 'hb_edu_head' }]);
    await addDialog.getByRole('button', { name: '加签' }).click();
    await head.page.locator('[data-test="task-page"][data-task-state="blocked"] [data-note="blocked"]').waitFor({ timeout: TIMEOUT });
    expect(await head.page.locator('[data-test="task-actions"] [data-action]').evaluateAll((b) => b.map((x) => x.getAttribute('data-action')))).toEqual([
      'removeSigners',
      'circulate',
    ]);
    await shoot(head, 'operations-blocked-by-signer');
    await act(head.page, 'removeSigners');
    const removeDialog = head.page.locator('.el-dialog:visible', { hasText: '减签' });
    await removeDialog.locator('.el-checkbox', { hasText: '马秀兰' }).click();
    await removeDialog.getByRole('button', { name: '减签' }).click();
    await head.page.locator('[data-test="task-page"][data-task-state="open"]').waitFor({ timeout: TIMEOUT });

    // 转办: the head hands it to the leader in charge with a note
    await writeOpinion(head.page, '请才让多杰副州长直接审核。');
    await act(head.page, 'transfer');
    await pickPeople(head, [{ name: '才让多杰', username: 'hb_leader' }]);
    await backInTodoList(head.page);

    // 不同意: the leader disagrees (an opinion is required), and the 签报 ends as not agreed
    const leader = await desk('hb_leader');
    await openBox(leader.page, site.app.url, 'todo');
    await openTask(leader.page, title);
    await act(leader.page, 'disagree');
    await leader.page.getByText('不同意时请填写意见').waitFor({ timeout: TIMEOUT });
    await writeOpinion(leader.page, '暂不调整。');
    await act(leader.page, 'disagree');
    await confirmBox(leader);
    await backInTodoList(leader.page);

    await openBox(clerk.page, site.app.url, 'started');
    await boxItem(clerk.page, title).click();
    const history = clerk.page.locator('[data-test="history"]');
    await history.locator('[data-kind="instance.completed"]').waitFor({ timeout: TIMEOUT });
    const text = await history.innerText();
    for (const line of [
      '李明 催办',
      '李明 撤回了办理',
      '王建国 传阅给 马秀兰',
      '马秀兰 已阅',
      '王建国 前加签：马秀兰',
      '王建国 转办给 才让多杰',
      '才让多杰 不同意',
      '暂不调整。',
    ]) {
      expect(text).toContain(line);
    }
    await shoot(clerk, 'operations-history');
    for (const browser of site.browsers) expect(browser.problems).toEqual([]);
  });
});
