import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type OrgFixture, type TestApp } from '@kunlun/test-kit';
import { addDays, chinaDay } from '../src/chinaDays.ts';
import type { ItemReach } from '../src/itemReach.ts';
import { supervisionBoard } from '../src/supervisionBoard.ts';
import { supervisionStatistics } from '../src/supervisionStatistics.ts';
import { seedSupervisionOrg } from './supervisionOrg.ts';

/**
 * The office's board and statistics over a known set of items, written straight into the
 * tables. Days are counted from today (T), so the route (which reads the real clock) and the
 * functions (given a moved clock) see the same set; the period is T−32 … T−3.
 *
 *   #  lead   state      original due  due (extended)  closed on time       counts as
 *   1  教育局  closed     T−23          T−23            yes                  D C T
 *   2  教育局  closed     T−13          T−13            yes                  D C T
 *   3  教育局  closed     T−28          T−28            no                   D C, 逾期办结
 *   4  财政局  handling   T−18          T−18            —                    D, 超期 18 天
 *   5  财政局  handling   T−8           T+17 (approved) —                    D E
 *   6  财政局  closed     T−21          T−3  (approved) yes                  D C T
 *   7  民政局  handling   T−5           T−2  (approved) —                    D, 超期 2 天 (extension ran out)
 *   8  民政局  cancelled  T−23          T−23            —                    never
 *   9  教育局  handling   T+7           T+7             —                    not due yet
 *  10  民政局  handling   T−32          T−32            —                    another office's: out of reach
 *  11  教育局  handling   T+2           T+2             —                    board: blue
 *  12  财政局  reviewing  T+20          T+20            —                    board: 审核, no colour
 *  13  教育局  handling   T+28          T+28            —                    board: yellow (report missing since T−2)
 */
describe('the supervision office board and statistics', () => {
  let app: TestApp;
  let org: OrgFixture;
  let reach: ItemReach;
  const T = chinaDay();
  const day = (n: number) => addDays(T, n);
  const period = { from: day(-32), to: day(-3) };
  const thresholds = { blueDays: 3, yellowLag: 30 };
  let seq = 0;

  async function item(
    lead: string,
    state: string,
    dueOffsets: { original: number; due?: number; extended?: boolean },
    more: { onTime?: boolean; received?: number; progress?: number; nextReport?: number; office?: string } = {},
  ) {
    const db = app.runtime.db;
    const id = randomUUID();
    seq += 1;
    const original = day(dueOffsets.original);
    const due = day(dueOffsets.due ?? dueOffsets.original);
    await db('supervision_items').insert({
      id,
      number: `督〔2026〕${seq}号`,
      year: 2026,
      seq,
      title: `督办事项${seq}`,
      content: '按要求办理并报送办理情况',
      source_kind: 'instruction',
      office_unit_id: org.units[more.office ?? '632200-001-02'],
      lead_unit_id: org.units[lead],
      registered_by: org.users.hb_sup_clerk,
      urgency: 'normal',
      handling_mode: 'forward',
      received_on: day(more.received ?? -40),
      original_due_on: original,
      due_on: due,
      cadence: JSON.stringify({ kind: 'once' }),
      next_report_due: more.nextReport === undefined ? null : day(more.nextReport),
      progress: more.progress ?? 50,
      state,
      closed_at: state === 'closed' ? new Date() : null,
      closed_on_time: state === 'closed' ? Boolean(more.onTime) : null,
    });
    await db('supervision_assignments').insert({
      id: randomUUID(),
      item_id: id,
      unit_id: org.units[lead],
      role: 'lead',
      position: 0,
      state: state === 'reviewing' ? 'pending' : 'signed',
    });
    if (dueOffsets.extended) {
      await db('supervision_extensions').insert({
        id: randomUUID(),
        item_id: id,
        unit_id: org.units[lead],
        requested_by: org.users.hb_fin_registrar,
        reason: '需协调省级部门，延期办理',
        requested_due_on: due,
        previous_due_on: original,
        state: 'approved',
      });
    }
    return id;
  }

  beforeAll(async () => {
    app = await createTestApp({ modules: ['supervision'] });
    org = await seedSupervisionOrg(app.runtime);
    reach = {
      userId: org.users.hb_sup_clerk!,
      officeUnitIds: [org.units['632200-001-02']!],
      handlingUnitIds: [org.units['632200-001-02']!],
      chargeUnitIds: [],
    };
    const [edu, fin, civil] = ['632200-003', '632200-004', '632200-006'];
    await item(edu!, 'closed', { original: -23 }, { onTime: true });
    await item(edu!, 'closed', { original: -13 }, { onTime: true });
    await item(edu!, 'closed', { original: -28 }, { onTime: false });
    await item(fin!, 'handling', { original: -18 });
    await item(fin!, 'handling', { original: -8, due: 17, extended: true }, { received: -32, progress: 60 });
    await item(fin!, 'closed', { original: -21, due: -3, extended: true }, { onTime: true });
    await item(civil!, 'handling', { original: -5, due: -2, extended: true }, { received: -32, progress: 0 });
    await item(civil!, 'cancelled', { original: -23 });
    await item(edu!, 'handling', { original: 7 }, { received: -5, progress: 80 });
    await item(civil!, 'handling', { original: -32 }, { office: '632200-001' });
    await item(edu!, 'handling', { original: 2 }, { received: -8, progress: 80 });
    await item(fin!, 'reviewing', { original: 20 });
    await item(edu!, 'handling', { original: 28 }, { received: -13, progress: 50, nextReport: -2 });
  });
  afterAll(() => app?.close());

  it('given the set today, then the board counts open items by colour and step and lists the overdue ones, longest first', async () => {
    const board = await supervisionBoard(app.runtime.db, app.runtime.org, reach, thresholds, { today: T });
    expect(board.byColour).toEqual({ red: 2, yellow: 1, blue: 1, green: 2 });
    expect(board.byState).toMatchObject({ handling: 6, reviewing: 1, signing: 0, registering: 0 });
    expect(board.overdue.map((o) => [o.number, o.leadUnit?.name, o.daysOverdue])).toEqual([
      ['督〔2026〕4号', '海北藏族自治州财政局', 18],
      ['督〔2026〕7号', '海北藏族自治州民政局', 2],
    ]);
    expect(board.units.map((u) => [u.unit.name, u.red, u.yellow, u.blue, u.green])).toEqual([
      ['海北藏族自治州财政局', 1, 0, 0, 1],
      ['海北藏族自治州民政局', 1, 0, 0, 0],
      ['海北藏族自治州教育局', 0, 1, 1, 1],
    ]);
  });

  it('given the clock moved back 13 days, then fewer items are red and the late extension is only yellow', async () => {
    const board = await supervisionBoard(app.runtime.db, app.runtime.org, reach, thresholds, { today: day(-13) });
    expect(board.byColour).toEqual({ red: 1, yellow: 1, blue: 0, green: 4 });
    expect(board.overdue.map((o) => [o.number, o.daysOverdue])).toEqual([['督〔2026〕4号', 5]]);
  });

  it('given the set, then 办结率 is C÷D and 按期办结率 T÷(D−E), per unit ranked, and cancelled or not-yet-due items never count', async () => {
    const stats = await supervisionStatistics(app.runtime.db, app.runtime.org, reach, period, { today: T });
    expect(stats.totals).toEqual({ due: 7, closed: 4, onTime: 3, extended: 1, overdue: 2, closedLate: 1, closedRate: 4 / 7, onTimeRate: 3 / 6 });
    expect(stats.units.map((u) => [u.rank, u.unit.name, u.due, u.closed, u.onTime, u.extended, u.closedRate, u.onTimeRate])).toEqual([
      [1, '海北藏族自治州教育局', 3, 3, 2, 0, 1, 2 / 3],
      [2, '海北藏族自治州财政局', 3, 1, 1, 1, 1 / 3, 1 / 2],
      [3, '海北藏族自治州民政局', 1, 0, 0, 0, 0, 0],
    ]);
    expect(stats.months.reduce((n, m) => n + m.due, 0)).toBe(7);
    expect(stats.overdueItems.map((o) => o.number)).toEqual(['督〔2026〕4号', '督〔2026〕7号']);
  });

  it('over HTTP, the office sees the same board and statistics, and a handling unit only its own items', async () => {
    const clerk = await app.signedIn('hb_sup_clerk');
    const board = await clerk.get('/api/supervision/board');
    expect(board.status, JSON.stringify(board.body)).toBe(200);
    expect(board.body.byColour).toEqual({ red: 2, yellow: 1, blue: 1, green: 2 });
    const stats = await clerk.get(`/api/supervision/statistics?from=${period.from}&to=${period.to}`);
    expect(stats.status, JSON.stringify(stats.body)).toBe(200);
    expect(stats.body.totals).toMatchObject({ due: 7, closed: 4, onTime: 3, extended: 1 });
    expect(stats.body.definitions.onTimeRate['zh-CN']).toContain('按期办结率');
    const fin = await (await app.signedIn('hb_fin_registrar')).get('/api/supervision/board');
    expect(fin.status, JSON.stringify(fin.body)).toBe(200);
    expect(fin.body.byColour).toEqual({ red: 1, yellow: 0, blue: 0, green: 1 });
    const wrong = await clerk.get(`/api/supervision/statistics?from=${period.to}&to=${period.from}`);
    expect(wrong.status).toBe(400);
  });

  it('the workbook opens in a spreadsheet with the ranking, the totals and the overdue items', async () => {
    const clerk = await app.signedIn('hb_sup_clerk');
    const res = await fetch(`${app.url}/api/supervision/statistics.xlsx?from=${period.from}&to=${period.to}`, {
      headers: { Cookie: `kunlun_session=${clerk.cookie('kunlun_session')}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as Parameters<typeof book.xlsx.load>[0]);
    expect(book.worksheets.map((s) => s.name)).toEqual(['单位统计', '按月', '超期事项', '口径说明']);
    const units = book.getWorksheet('单位统计')!;
    expect(units.getRow(2).values).toEqual([
      undefined,
      '排名',
      '牵头单位',
      '到期事项',
      '办结',
      '按期办结',
      '批准延期未到期',
      '超期未办结',
      '逾期办结',
      '办结率',
      '按期办结率',
    ]);
    expect(units.getRow(3).values).toEqual([undefined, 1, '海北藏族自治州教育局', 3, 3, 2, 0, 0, 1, 1, 2 / 3]);
    expect(units.getRow(6).values).toEqual([undefined, undefined, '合计', 7, 4, 3, 1, 2, 1, 4 / 7, 0.5]);
    const overdue = book.getWorksheet('超期事项')!;
    expect(overdue.getRow(3).getCell(2).value).toBe('督〔2026〕4号');
    expect(overdue.getRow(3).getCell(7).value).toBe(18);
    expect(overdue.rowCount).toBe(4);
  });

  it('the 通报 draft names the late units and the items overdue more than the days asked', async () => {
    const clerk = await app.signedIn('hb_sup_clerk');
    const res = await clerk.get(`/api/supervision/bulletin?from=${period.from}&to=${period.to}&overdueDays=10`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.title).toMatch(/^关于.+督办事项办理情况的通报$/);
    expect(res.body.text).toContain('到期督办事项7件，已办结4件，办结率57.1%；其中按期办结3件，经批准延期尚未到期1件，按期办结率50.0%');
    expect(res.body.text).toContain('2个单位有超期未办结事项共2件：海北藏族自治州财政局1件，海北藏族自治州民政局1件');
    expect(res.body.text).toContain('督〔2026〕4号《督办事项4》');
    expect(res.body.text).not.toContain('督〔2026〕7号');
    expect(res.body.text).toContain('以下单位有逾期办结事项，予以通报：海北藏族自治州教育局（1件）');
    expect(res.body.text).toContain('海北藏族自治州人民政府办公室督查室');
  });
});
