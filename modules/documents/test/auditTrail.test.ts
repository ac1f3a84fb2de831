import { describe, expect, it } from 'vitest';
import { waitFor, type ApiClient } from '@kunlun/test-kit';
import { documentsSite } from './documentsSite.ts';

/**
 * 三员分立 on the audit trail: the audit administrator reads what the system administrator did to
 * the process library, the security administrator reads what the office did to a document — each
 * entry with its action in words and its target by name, as it was when it happened.
 */
interface Entry {
  action: string;
  actionLabel: string;
  actorName: string | null;
  actorDisplayName: string | null;
  targetType: string | null;
  targetTypeLabel: string | null;
  targetName: string | null;
}

async function trail(client: ApiClient, query = ''): Promise<Entry[]> {
  const res = await client.get(`/api/audit/entries?pageSize=200${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
}

describe('the audit trail of the process library and of documents', () => {
  const site = documentsSite();

  it('given the system administrator forks and publishes 发文办理, then the auditor sees 复制流程 and 发布流程 with the process name', async () => {
    const admin = await site.app.signedIn('admin');
    // when admin forks the outgoing-document process and publishes the fork
    const fork = await admin.post('/api/definitions/documents.outgoing/fork');
    expect(fork.status, JSON.stringify(fork.body)).toBe(201);
    const published = await admin.post(`/api/definitions/versions/${fork.body.id}/publish`);
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    // then the audit administrator reads both, by name
    const entries = await trail(await site.app.signedIn('auditor'), '&action=definitions.');
    const seen = entries.map((e) => `${e.actionLabel} ${e.targetTypeLabel} ${e.targetName}`);
    expect(seen).toContain(`复制流程 流程 ${fork.body.name}`);
    expect(seen).toContain(`发布流程 流程 ${fork.body.name}`);
    expect(entries.every((e) => e.actorName === 'admin')).toBe(true);
    // and the security administrator does not: administrators are the auditor's to review
    expect(await trail(await site.app.signedIn('secadmin'), '&action=definitions.')).toEqual([]);
  });

  it('given a leader returns, signs off and withdraws a document, then the security administrator sees 退回, 签发 and 撤回 with the names', async () => {
    const title = '关于开展审计留痕检查的通知';
    const drafted = await site.desk.draft('xn_clerk', {
      docType: '通知',
      title,
      urgency: 'normal',
      mainRecipientIds: [site.org.units['632200-001']],
      bodyHtml: '<p>请各单位做好自查。</p>',
    });
    await site.desk.handOn('xn_clerk', drafted.instanceId, '拟稿');
    await site.desk.handOn('xn_head', drafted.instanceId, '部门审核');
    await site.desk.handOn('xn_head', drafted.instanceId, '办公室核稿');
    // when the leader returns it to the office for another look (退回) …
    const atLeader = await site.desk.task('xn_leader', drafted.instanceId, '领导签发');
    const detail = (await (await site.desk.client('xn_leader')).get(`/api/tasks/${atLeader.id}`)).body;
    const back = detail.returnableSteps.find((s: { name: string }) => s.name === '办公室核稿');
    expect(back, JSON.stringify(detail.returnableSteps)).toBeDefined();
    const returned = await site.desk.act('xn_leader', atLeader.id, 'return', { targetElementId: back.elementId, opinion: '请补充依据' });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    // … signs it off when it comes back (签发), then takes that back (撤回)
    await site.desk.handOn('xn_head', drafted.instanceId, '办公室核稿');
    await site.desk.handOn('xn_leader', drafted.instanceId, '领导签发', { opinion: '同意' });
    const withdrawn = await (await site.desk.client('xn_leader')).post(`/api/instances/${drafted.instanceId}/withdraw`);
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    // and withdraws once more, which is refused: a refused move leaves no entry
    expect((await (await site.desk.client('xn_leader')).post(`/api/instances/${drafted.instanceId}/withdraw`)).status).not.toBe(200);

    // then the security administrator reads the leader's three moves, by name and in words
    const secadmin = await site.app.signedIn('secadmin');
    const leaders = await waitFor(
      async () => {
        const entries = await trail(secadmin, '&actor=马明德');
        return entries.length >= 3 ? entries : null;
      },
      { what: "the leader's entries", timeoutMs: 10_000 },
    );
    const seen = leaders.map((e) => `${e.actionLabel} ${e.targetTypeLabel} ${e.targetName}`);
    expect(seen).toContain(`退回 待办 《${title}》 · 领导签发`);
    expect(seen).toContain(`办理 待办 《${title}》 · 领导签发`);
    expect(seen).toContain(`撤回 流程实例 《${title}》`);
    expect(seen.filter((s) => s.startsWith('撤回'))).toHaveLength(1);
    expect(leaders.every((e) => e.actorDisplayName === '马明德' && e.actorName === 'xn_leader')).toBe(true);
    // and the drafter's draft is there too, naming the document
    const drafts = await trail(secadmin, '&action=documents.draft');
    expect(drafts.map((e) => `${e.actionLabel} ${e.targetTypeLabel} ${e.targetName}`)).toContain(`拟稿 公文 《${title}》`);
    // and the auditor, who reviews administrators only, sees none of it
    expect(await trail(await site.app.signedIn('auditor'), '&actor=马明德')).toEqual([]);
  });
});
