import { describe, expect, it } from 'vitest';
import { waitFor } from '@kunlun/test-kit';
import { documentsSite } from './documentsSite.ts';

/**
 * A draft on its way to signing: every new 待办 and every return rings the bell of the person it
 * goes to (a return with its reason), the opinions of 部门审核 and 办公室核稿 stand in their fields
 * on the 发文稿纸 for the signing leader, and a draft sent back says so (已退回, why) on its page
 * and in 草稿.
 */
describe('approving a draft: notices, opinions on the 稿纸, returns', () => {
  const site = documentsSite();
  type Notice = { kind: string; title: string; body: string | null; link: string | null };
  const bell = async (username: string) => (await (await site.desk.client(username)).get('/api/notifications?pageSize=100')).body.items as Notice[];
  const draftNotice = async (title: string) =>
    site.desk.draft('xn_clerk', { docType: '通知', title, mainRecipientIds: [site.org.units['632200-001']], bodyHtml: '<p>请认真贯彻落实。</p>' });

  it('tells the next holder of each new task once, in 通知, leading to the task; not the one whose move made it', async () => {
    // Given a draft of the clerk's
    const draft = await draftNotice('关于开展安全生产大检查的通知');
    expect((await bell('xn_clerk')).filter((n) => n.title.includes('安全生产大检查'))).toEqual([]);
    // When the clerk hands it on to 部门审核
    await site.desk.handOn('xn_clerk', draft.instanceId, '拟稿');
    // Then the department head has one notice of the new task, with the document's title and the step, leading to the task
    const task = await site.desk.task('xn_head', draft.instanceId, '部门审核');
    const notices = (await bell('xn_head')).filter((n) => n.link === `/tasks/${task.id}`);
    expect(notices).toEqual([expect.objectContaining({ kind: 'task.assigned', title: '待办：关于开展安全生产大检查的通知（部门审核）' })]);
    // And it is unread, so the bell counts it
    const unread = (await (await site.desk.client('xn_head')).get('/api/notifications?unread=true&pageSize=100')).body.items as Notice[];
    expect(unread.some((n) => n.link === `/tasks/${task.id}`)).toBe(true);
  });

  it('shows the signing leader the opinions of 部门审核 and 办公室核稿 in their fields, with who and when, read-only', async () => {
    // Given a draft reviewed by the department and checked by the office, each with an opinion
    const draft = await draftNotice('关于做好冬季供暖保障工作的通知');
    await site.desk.handOn('xn_clerk', draft.instanceId, '拟稿');
    await site.desk.handOn('xn_head', draft.instanceId, '部门审核', { opinion: '同意，请办公室核稿。' });
    await site.desk.handOn('xn_head', draft.instanceId, '办公室核稿', { opinion: '文字已核，建议签发。' });
    // When the leader opens the document
    const doc = await site.desk.document('xn_leader', draft.id);
    // Then each opinion stands in its step's field, with the name of who gave it and the time
    expect(doc.formValues.deptReviewOpinion).toMatch(/^同意，请办公室核稿。\n—— \S+ \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}$/u);
    expect(doc.formValues.officeReviewOpinion).toMatch(/^文字已核，建议签发。\n—— \S+ /u);
    expect(doc.formValues.signOffOpinion).toBe('');
    expect(doc.fieldAccess).toMatchObject({ deptReviewOpinion: 'readonly', officeReviewOpinion: 'readonly', signOffOpinion: 'readonly' });
    const headName: string = (await (await site.desk.client('xn_head')).get('/api/me')).body.user.displayName;
    expect(doc.formValues.deptReviewOpinion).toContain(`—— ${headName} `);
    // And the leader's task page shows the same values
    const task = await site.desk.task('xn_leader', draft.instanceId, '领导签发');
    const detail = (await (await site.desk.client('xn_leader')).get(`/api/tasks/${task.id}`)).body;
    expect(detail.values).toMatchObject({ deptReviewOpinion: doc.formValues.deptReviewOpinion, officeReviewOpinion: doc.formValues.officeReviewOpinion });
  });

  it('rings the drafter’s bell with the reason when the leader returns the draft, and marks it 已退回 with the reason', async () => {
    // Given a draft at 领导签发
    const draft = await draftNotice('关于加强城市燃气安全管理的通知');
    await site.desk.handOn('xn_clerk', draft.instanceId, '拟稿');
    await site.desk.handOn('xn_head', draft.instanceId, '部门审核');
    await site.desk.handOn('xn_head', draft.instanceId, '办公室核稿');
    const signOff = await site.desk.task('xn_leader', draft.instanceId, '领导签发');
    // When the leader returns it to 拟稿 with a reason
    const returned = await site.desk.act('xn_leader', signOff.id, 'return', { targetElementId: 'draft', opinion: '请补充燃气管网排查的时限要求' });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    // Then the drafter's bell has the return, with the reason, leading to the new 拟稿 task
    const redraft = await site.desk.task('xn_clerk', draft.instanceId, '拟稿');
    const notice = await waitFor(async () => (await bell('xn_clerk')).find((n) => n.link === `/tasks/${redraft.id}`), { what: 'the return notice' });
    expect(notice).toMatchObject({ kind: 'task.returned', title: '退回：关于加强城市燃气安全管理的通知（拟稿）' });
    expect(notice.body).toContain('请补充燃气管网排查的时限要求');
    // And the document says it was sent back, at which step and why
    const doc = await site.desk.document('xn_clerk', draft.id);
    expect(doc.process.sentBack).toMatchObject({ stepName: '领导签发', opinion: '请补充燃气管网排查的时限要求' });
    // And so does 草稿
    const drafts = (await (await site.desk.client('xn_clerk')).get('/api/documents?box=drafts&pageSize=100')).body.items as {
      documentId: string;
      sentBack: unknown;
    }[];
    expect(drafts.find((i) => i.documentId === draft.id)?.sentBack).toMatchObject({ opinion: '请补充燃气管网排查的时限要求' });
    // When the drafter hands it on again, Then it is no longer marked as sent back
    await site.desk.handOn('xn_clerk', draft.instanceId, '拟稿');
    expect((await site.desk.document('xn_clerk', draft.id)).process.sentBack).toBeNull();
  });

  it('tells the drafter a 不同意 that sends the draft back for changes, with the opinion', async () => {
    // Given a draft at 部门审核
    const draft = await draftNotice('关于规范公务接待工作的通知');
    await site.desk.handOn('xn_clerk', draft.instanceId, '拟稿');
    // When the head disagrees (修改)
    await site.desk.handOn('xn_head', draft.instanceId, '部门审核', { outcome: 'disagree', opinion: '接待标准请按最新规定修改' });
    // Then the drafter's bell tells it as a return with the opinion, and the document is 已退回
    const redraft = await site.desk.task('xn_clerk', draft.instanceId, '拟稿');
    const notice = (await bell('xn_clerk')).find((n) => n.link === `/tasks/${redraft.id}`);
    expect(notice).toMatchObject({ kind: 'task.returned', body: expect.stringContaining('接待标准请按最新规定修改') });
    expect((await site.desk.document('xn_clerk', draft.id)).process.sentBack).toMatchObject({ stepName: '部门审核', opinion: '接待标准请按最新规定修改' });
  });
});
