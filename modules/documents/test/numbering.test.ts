import { describe, expect, it } from 'vitest';
import { testDatabaseKind, waitFor } from '@kunlun/test-kit';
import { chinaYear } from '../src/documentNumbering.ts';
import { documentsSite } from './documentsSite.ts';

/** PGlite serves one connection at a time: the race is fought in full on PostgreSQL, on PGlite with a smaller batch. */
const BATCH = testDatabaseKind() === 'pglite' ? 15 : 50;

/**
 * 发文字号 per (机关代字, year): allocated at 登记 inside the move, so concurrent registrations get
 * distinct consecutive numbers, and a gap exists only as an explicit, audited void.
 */

describe('document numbering', () => {
  const year = chinaYear();
  const site = documentsSite();

  /** Drafts documents and takes them to 复核, the step before 登记. */
  async function toRecheck(count: number, title: (i: number) => string) {
    const docs = [];
    for (let i = 0; i < count; i++) {
      docs.push(
        await site.desk.draft('xn_clerk', {
          docType: '通知',
          title: title(i),
          mainRecipientIds: [site.org.units['632200-001']],
          bodyHtml: `<p>第${i + 1}项工作安排。</p>`,
        }),
      );
    }
    for (const [who, step] of [
      ['xn_clerk', '拟稿'],
      ['xn_head', '部门审核'],
      ['xn_head', '办公室核稿'],
      ['xn_leader', '领导签发'],
    ] as const) {
      const todo = await site.desk.todo(who);
      await Promise.all(docs.map((d) => site.desk.act(who, todo.find((t) => t.instanceId === d.instanceId && t.stepName === step)!.id, 'complete', {})));
    }
    return docs;
  }

  it(`given ${BATCH} documents of one unit at 复核, when all are completed at once, then they get ${BATCH} distinct consecutive numbers`, async () => {
    const docs = await toRecheck(BATCH, (i) => `关于第${i + 1}批项目安排的通知`);
    const todo = await site.desk.todo('xn_secretary');
    const results = await Promise.all(docs.map((d) => site.desk.act('xn_secretary', todo.find((t) => t.instanceId === d.instanceId)!.id, 'complete', {})));
    expect(results.map((r) => r.status)).toEqual(docs.map(() => 200));
    const numbers: { doc_number: string; number_seq: number }[] = await site.app.runtime
      .db('documents_documents')
      .whereIn(
        'id',
        docs.map((d) => d.id),
      )
      .select('doc_number', 'number_seq');
    expect(new Set(numbers.map((n) => n.doc_number)).size).toBe(BATCH);
    expect(numbers.map((n) => n.number_seq).sort((a, b) => a - b)).toEqual(Array.from({ length: BATCH }, (_, i) => i + 1));
    expect(numbers.every((n) => n.doc_number === `宁政办〔${year}〕${n.number_seq}号`)).toBe(true);
    const register = (await (await site.desk.client('xn_clerk')).get(`/api/documents/numbers/${encodeURIComponent('宁政办')}/${year}`)).body;
    expect(register.entries).toHaveLength(BATCH);
    expect(register.gaps).toEqual([]);
  });

  it('given a numbered document that is cancelled, when the office director voids its number with a reason, then the void is registered and audited, and numbering goes on without a gap', async () => {
    const [doc] = await toRecheck(1, () => '关于召开全市安全生产会议的通知');
    await site.desk.handOn('xn_secretary', doc!.instanceId, '复核');
    const numbered = await site.desk.document('xn_clerk', doc!.id);
    expect(numbered.docNumber).toBe(`宁政办〔${year}〕${BATCH + 1}号`);
    // Given: still in progress, the number cannot be voided.
    const head = await site.desk.client('xn_head');
    expect((await head.post(`/api/documents/${doc!.id}/void-number`, { reason: '会议取消' })).status).toBe(409);
    // When: the drafter withdraws the document (撤销) …
    expect((await (await site.desk.client('xn_clerk')).post(`/api/instances/${doc!.instanceId}/terminate`, { reason: '会议取消' })).status).toBe(200);
    await waitFor(async () => (await site.desk.document('xn_clerk', doc!.id)).state === 'cancelled', { what: 'the document cancelled' });
    // … only the office director of the prefix's unit may void the number.
    expect((await (await site.desk.client('xn_clerk')).post(`/api/documents/${doc!.id}/void-number`, { reason: '会议取消' })).status).toBe(403);
    const voided = await head.post(`/api/documents/${doc!.id}/void-number`, { reason: '会议取消，文号作废' });
    expect(voided.status, JSON.stringify(voided.body)).toBe(200);
    expect(voided.body).toMatchObject({ seq: BATCH + 1, docNumber: `宁政办〔${year}〕${BATCH + 1}号` });
    expect((await head.post(`/api/documents/${doc!.id}/void-number`, { reason: '再次作废' })).status).toBe(409);
    // And a number skipped on purpose (跳号) is a void too.
    const skipped = await head.post('/api/documents/numbers/void-next', { prefix: '宁政办', reason: '该号已用于纸质应急通知' });
    expect(skipped.status).toBe(201);
    expect(skipped.body.seq).toBe(BATCH + 2);
    const [next] = await toRecheck(1, () => '关于开展消防安全检查的通知');
    await site.desk.handOn('xn_secretary', next!.instanceId, '复核');
    expect((await site.desk.document('xn_clerk', next!.id)).docNumber).toBe(`宁政办〔${year}〕${BATCH + 3}号`);
    const register = (await head.get(`/api/documents/numbers/${encodeURIComponent('宁政办')}/${year}`)).body;
    expect(register.gaps).toEqual([]);
    expect(
      register.entries.filter((e: { state: string }) => e.state === 'void').map((e: { seq: number; voidReason: string }) => [e.seq, e.voidReason]),
    ).toEqual([
      [BATCH + 1, '会议取消，文号作废'],
      [BATCH + 2, '该号已用于纸质应急通知'],
    ]);
    const audit = await site.app.runtime
      .db('core_audit_log')
      .where({ action: 'documents.number.void' })
      .orderBy('id')
      .select('actor_id', 'target_id', 'details');
    expect(audit.map((a) => [a.actor_id, (typeof a.details === 'string' ? JSON.parse(a.details) : a.details).reason])).toEqual([
      [site.org.users.xn_head, '会议取消，文号作废'],
      [site.org.users.xn_head, '该号已用于纸质应急通知'],
    ]);
  });
});
