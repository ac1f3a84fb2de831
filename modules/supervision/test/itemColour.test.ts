import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@kunlun/test-kit';
import { colourSql, itemColour, type ColourInput } from '../src/itemColour.ts';

/**
 * The colour rule is written twice — in TypeScript for an item on screen, in SQL for lists
 * filtered and counted by colour — and both must give the same colour for the same item.
 */
describe('the colour of an item', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ modules: ['supervision'] });
  });
  afterAll(() => app?.close());

  const thresholds = { blueDays: 3, yellowLag: 30 };
  const today = '2026-12-10';
  const cases: [name: string, item: ColourInput, colour: string | null][] = [
    [
      'far from its deadline and on track',
      { state: 'handling', receivedOn: '2026-12-01', dueOn: '2027-01-30', nextReportDue: '2026-12-20', progress: 20 },
      'green',
    ],
    ['three days before its deadline', { state: 'handling', receivedOn: '2026-11-01', dueOn: '2026-12-13', nextReportDue: null, progress: 90 }, 'blue'],
    ['on its deadline day', { state: 'signing', receivedOn: '2026-12-01', dueOn: '2026-12-10', nextReportDue: null, progress: 0 }, 'blue'],
    [
      'with its progress report missing',
      { state: 'handling', receivedOn: '2026-12-01', dueOn: '2027-01-30', nextReportDue: '2026-12-09', progress: 20 },
      'yellow',
    ],
    ['behind the time elapsed', { state: 'handling', receivedOn: '2026-11-10', dueOn: '2026-12-20', nextReportDue: null, progress: 10 }, 'yellow'],
    ['past its deadline', { state: 'handling', receivedOn: '2026-11-01', dueOn: '2026-12-09', nextReportDue: '2026-12-01', progress: 95 }, 'red'],
    ['closed', { state: 'closed', receivedOn: '2026-11-01', dueOn: '2026-12-01', nextReportDue: null, progress: 100 }, null],
    ['still at 审核', { state: 'reviewing', receivedOn: '2026-11-01', dueOn: '2026-12-01', nextReportDue: null, progress: 0 }, null],
  ];

  it.each(cases)('is the same on screen and in lists when %s', async (_name, item, colour) => {
    expect(itemColour(item, today, thresholds)).toBe(colour);
    const db = app.runtime.db;
    const row = await db
      .select(db.raw('? as colour', [colourSql(db, today, thresholds)]))
      .from(
        db.raw('(VALUES (?::text, ?::date, ?::date, ?::date, ?::int)) AS i(state, received_on, due_on, next_report_due, progress)', [
          item.state,
          item.receivedOn,
          item.dueOn,
          item.nextReportDue,
          item.progress,
        ]),
      )
      .first();
    expect(row.colour ?? null).toBe(colour);
  });
});
