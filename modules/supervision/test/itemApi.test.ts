import { describe, expect, it } from 'vitest';
import { addDays, chinaDay } from '../src/chinaDays.ts';
import { supervisionSite } from './supervisionSite.ts';

/**
 * The edges of the item API: the list's shape and filters, registering (201), input refused
 * with 4xx and {error:{code,message}} and nothing stored, reach (another unit's item is 404),
 * reporting for a unit one does not work in, the extension limit, and 签收 completed twice at once.
 */
describe('the supervision item API at its edges', () => {
  const site = supervisionSite();
  const T = chinaDay();
  const u = (code: string) => site.org.units[code]!;
  const body = (more: Record<string, unknown> = {}) => ({
    title: '推进州级政务服务事项“一网通办”',
    content: '梳理州级政务服务事项清单，推进全程网办。',
    sourceKind: 'instruction',
    lead: { unitId: u('632200-003') },
    coUnits: [{ unitId: u('632200-004') }],
    dueOn: addDays(T, 20),
    ...more,
  });
  const stored = async () => {
    const db = site.app.runtime.db;
    const [items] = await db('supervision_items').count({ n: '*' });
    const [assignments] = await db('supervision_assignments').count({ n: '*' });
    return [Number(items!.n), Number(assignments!.n)];
  };
  let itemId = '';

  it('given an item registered, then the list answers {items,total,page,pageSize} filtered by state, colour and unit', async () => {
    const clerk = await site.desk.as('hb_sup_clerk');
    const created = await clerk.post('/api/supervision/items', body());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), number: expect.stringMatching(/^督〔\d{4}〕\d+号$/) });
    itemId = created.body.id;

    const reviewing = await clerk.get(`/api/supervision/items?state=reviewing&unitId=${u('632200-004')}&page=1`);
    expect(reviewing.status).toBe(200);
    expect(reviewing.body).toMatchObject({ total: 1, page: 1, pageSize: expect.any(Number) });
    expect(reviewing.body.items.map((i: { id: string }) => i.id)).toEqual([itemId]);
    expect((await clerk.get(`/api/supervision/items?unitId=${u('632200-006')}`)).body).toMatchObject({ items: [], total: 0 });

    await site.desk.step('hb_sup_head', itemId, '审核');
    // Issued and far from its deadline: green; not red.
    expect((await clerk.get('/api/supervision/items?state=signing&colour=green')).body.items.map((i: { id: string }) => i.id)).toEqual([itemId]);
    expect((await clerk.get('/api/supervision/items?colour=red')).body.total).toBe(0);
    const second = await clerk.post('/api/supervision/items', body({ title: '第二项督办事项' }));
    expect(second.status).toBe(201);
    const paged = await clerk.get('/api/supervision/items?page=2&pageSize=1');
    expect(paged.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.body.items).toHaveLength(1);
  });

  it.each([
    ['without a title', { title: undefined }, 400, null],
    ['with an unknown field', { colourOverride: 'green' }, 400, null],
    ['with the lead unit also a co-unit', { coUnits: [{ unitId: '632200-003' }] }, 422, 'supervision.unit_twice'],
    ['with a deadline in the past', { dueOn: '2020-01-01' }, 422, 'supervision.due_in_past'],
    ['with a unit that does not exist', { coUnits: [{ unitId: '00000000-0000-4000-8000-000000000000' }] }, 422, 'supervision.unknown_unit'],
  ] as const)('given an item %s, then it is refused (%j → %i) with an error body and nothing stored', async (_name, change, status, code) => {
    const before = await stored();
    const patched: Record<string, unknown> = { ...body(), ...change };
    if ('coUnits' in change) patched.coUnits = change.coUnits.map((c) => ({ unitId: site.org.units[c.unitId] ?? c.unitId }));
    const res = await (await site.desk.as('hb_sup_clerk')).post('/api/supervision/items', patched);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.error).toMatchObject({ code: code ?? expect.any(String), message: expect.any(String) });
    expect(await stored()).toEqual(before);
  });

  it('given a page size far too large, then the list is refused with 400', async () => {
    const res = await (await site.desk.as('hb_sup_clerk')).get('/api/supervision/items?pageSize=100000');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toEqual(expect.any(String));
  });

  it('given a unit not handling the item, then its people neither read it (404) nor report on it', async () => {
    const civil = await site.desk.as('hb_civil_registrar');
    expect((await civil.get(`/api/supervision/items/${itemId}`)).status).toBe(404);
    const before = Number((await site.app.runtime.db('supervision_reports').count({ n: '*' }))[0]!.n);
    for (const unitId of [u('632200-006'), u('632200-003')]) {
      const res = await civil.post(`/api/supervision/items/${itemId}/reports`, { unitId, content: '已完成。' });
      expect([403, 404]).toContain(res.status);
      expect(res.body.error.code).toEqual(expect.any(String));
    }
    expect(Number((await site.app.runtime.db('supervision_reports').count({ n: '*' }))[0]!.n)).toBe(before);
  });

  it('given the 签收 completed twice at once (two sessions of its holder), then exactly one succeeds and the other hears 409; someone else of the unit may not', async () => {
    const item = await site.desk.item('hb_fin_registrar', itemId);
    const task = (item.myTasks as { taskId: string; name: string; version: number }[]).find((t) => t.name === '签收')!;
    expect(task).toBeDefined();
    const [one, two] = [await site.app.signedIn('hb_fin_registrar'), await site.app.signedIn('hb_fin_registrar')];
    const answers = await Promise.all(
      [one, two].map((c) => c.post(`/api/tasks/${task.taskId}/complete`, { version: task.version, variables: { signDecision: 'sign' } })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const fin = (await site.desk.item('hb_sup_head', itemId)).assignments.find((a: { role: string }) => a.role === 'co');
    expect(fin).toMatchObject({ state: 'signed' });
    const edu = (await site.desk.item('hb_edu_registrar', itemId)).myTasks.find((t: { name: string }) => t.name === '签收');
    expect((await (await site.desk.as('hb_edu_head')).post(`/api/tasks/${edu.taskId}/complete`, { variables: { signDecision: 'sign' } })).status).toBe(403);
  });

  it('given two extensions approved, then a third request is refused (at most maxExtensions = 2)', async () => {
    const lead = await site.desk.as('hb_edu_registrar');
    for (const days of [25, 30]) {
      const res = await lead.post(`/api/supervision/items/${itemId}/extensions`, {
        unitId: u('632200-003'),
        reason: '需征求省级部门意见',
        requestedDueOn: addDays(T, days),
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      await site.desk.step('hb_sup_head', itemId, '审批', { outcome: 'agree' });
    }
    expect((await site.desk.item('hb_edu_registrar', itemId)).dueOn).toBe(addDays(T, 30));
    const third = await lead.post(`/api/supervision/items/${itemId}/extensions`, {
      unitId: u('632200-003'),
      reason: '仍需延期',
      requestedDueOn: addDays(T, 35),
    });
    expect(third.status).toBe(409);
    expect(third.body.error.code).toBe('supervision.extensions_used');
    // A co-unit may not ask: the lead does.
    const byCo = await (
      await site.desk.as('hb_fin_registrar')
    ).post(`/api/supervision/items/${itemId}/extensions`, {
      unitId: u('632200-004'),
      reason: '协办单位申请',
      requestedDueOn: addDays(T, 40),
    });
    expect(byCo.status).toBe(409);
    expect(byCo.body.error.code).toBe('supervision.extension_by_lead');
  });
});
