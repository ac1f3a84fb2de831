/**
 * pnpm bench:supervision — the supervision office's board and statistics over a province's
 * worth of items: 100,000 items led by 2,770 units of the demo organization (governments,
 * offices, departments and township offices; a third with co-units), ~10% extended by
 * approval, 1,000,000 progress reports, all written with generate_series and ANALYZEd.
 *
 * Two reaches: one prefecture office (西宁市人民政府办公室, the items it registered) and the
 * whole province (the governor: every unit in his charge). For each, the board (supervisionBoard,
 * as GET /board runs it, unit names included) and the year's statistics (supervisionStatistics)
 * are timed, each beside a baseline of the same shape measured in the same run on the same
 * rows: a plain COUNT(*) … GROUP BY over the same reach and lead-unit join (JIT off too), without
 * the colour CASE, the FILTERed counts, the grouping sets and the unit names. Uses DATABASE_URL when set, else a throw-away
 * PostgreSQL (fsync off unless BENCH_FSYNC=1). The last line is one JSON object of the figures.
 */
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { createLogger, createRuntime, demoUnits, hashPassword, loadConfig, SYSTEM_ACTOR, unitRecords } from '@kunlun/core/testing';
import type { AuthContext } from '@kunlun/core';
import { benchServers } from '../benchServers.ts';
import { loadSupervisionItems, REPORTS_PER_ITEM } from './supervisionBenchData.ts';
import { peakRssMb, percentile, round } from '../measure.ts';
import { chinaDay } from '../../../modules/supervision/src/chinaDays.ts';
import { colourThresholds } from '../../../modules/supervision/src/itemColour.ts';
import { reachOf, whereInReach, type ItemReach } from '../../../modules/supervision/src/itemReach.ts';
import { BOARD_STATES, supervisionBoard } from '../../../modules/supervision/src/supervisionBoard.ts';
import { supervisionStatistics } from '../../../modules/supervision/src/supervisionStatistics.ts';
import { reportingRead } from '../../../modules/supervision/src/reportingReads.ts';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const WARMUP = 5;
const BOARD_TARGET_MS = 50;
const say = (line = '') => process.stdout.write(`${line}\n`);

async function timed(label: string, run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARMUP; i++) await run();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const figures = { p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)) };
  say(`  ${label.padEnd(44)} p50 ${String(figures.p50).padStart(7)} ms   p95 ${String(figures.p95).padStart(7)} ms`);
  return figures;
}

/** The baselines: the board's and the statistics' rows counted plainly, same reach, same join. */
function plainBoardCount(db: Knex.Transaction, reach: ItemReach) {
  return whereInReach(db('supervision_items as i'), reach, 'i', { states: BOARD_STATES })
    .whereIn('i.state', BOARD_STATES)
    .select('i.lead_unit_id', 'i.state')
    .count({ n: '*' })
    .groupBy('i.lead_unit_id', 'i.state');
}

function plainStatisticsCount(db: Knex.Transaction, reach: ItemReach, from: string, to: string) {
  return whereInReach(db('supervision_items as i'), reach)
    .whereNot('i.state', 'cancelled')
    .whereBetween('i.original_due_on', [from, to])
    .select('i.lead_unit_id')
    .count({ n: '*' })
    .groupBy('i.lead_unit_id');
}

const servers = await benchServers();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kunlun-bench-supervision-'));
try {
  say(`Kunlun supervision board and statistics benchmark — ${new Date().toISOString()}`);
  say(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}`);
  say(`PostgreSQL: ${process.env.DATABASE_URL ? 'given by DATABASE_URL' : 'throw-away'} (fsync ${servers.fsync ? 'on' : 'off'})`);
  const config = loadConfig({
    DATABASE_URL: await servers.newDatabase('supervision'),
    DATABASE_POOL_MAX: '10',
    REDIS_URL: servers.redisUrl,
    KUNLUN_DATA_DIR: dataDir,
    KUNLUN_MODULES: 'supervision',
    KUNLUN_WEB_DIR: path.join(dataDir, 'no-web'),
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
  });
  const rt = await createRuntime(config, { role: 'cli', log: createLogger(process.env.BENCH_LOG ?? 'silent') });
  try {
    const db = rt.db;
    const source = { actor: SYSTEM_ACTOR };
    let started = performance.now();
    const units = await rt.services.orgImport.importRecords('units', unitRecords(demoUnits()), { dryRun: false }, { all: true }, source, 'bench');
    await rt.services.orgImport.importRecords(
      'users',
      [
        {
          row: 2,
          values: {
            username: 'xn_dc_clerk',
            displayName: '督查专员',
            unitCode: '630100-001',
            postType: 'staff',
            title: '科员',
            isPrimary: '是',
            chargeUnitCodes: '',
            mobile: '',
            email: '',
          },
        },
        {
          row: 3,
          values: {
            username: 'qh_governor',
            displayName: '省长',
            unitCode: '630000',
            postType: 'principal_leader',
            title: '省长',
            isPrimary: '是',
            chargeUnitCodes: '',
            mobile: '',
            email: '',
          },
        },
      ],
      { dryRun: false, initialPasswordHash: await hashPassword('Kunlun@2026'), mustChangePassword: false },
      { all: true },
      source,
      'bench',
    );
    say(`organization: demo units imported in ${round((performance.now() - started) / 1000)} s (${JSON.stringify(units.result)})`);

    const today = chinaDay();
    const clerk = (await db('core_users').where({ username: 'xn_dc_clerk' }).first('id')).id as string;
    const governor = (await db('core_users').where({ username: 'qh_governor' }).first('id')).id as string;
    started = performance.now();
    await loadSupervisionItems(db, ITEMS, today, clerk);
    const count = async (table: string) => Number((await db(table).count({ n: '*' }).first())!.n);
    say(
      `data loaded and ANALYZEd in ${round((performance.now() - started) / 1000)} s: ${await count('supervision_items')} items, ${await count('supervision_assignments')} assignments, ` +
        `${await count('supervision_extensions')} approved extensions, ${await count('supervision_reports')} progress reports`,
    );

    // The reaches as reachOf gives them to the routes.
    const everyone = (userId: string) => ({ user: { id: userId }, can: () => true }) as unknown as AuthContext;
    const office = await reachOf(rt.org, everyone(clerk));
    const provinceReach = await reachOf(rt.org, everyone(governor));
    const allUnits = provinceReach.chargeUnitIds;
    const thresholds = colourThresholds({});
    const year = { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` };

    const results: Record<string, Record<string, number>> = {};
    for (const [name, reach] of [
      ['prefecture', office],
      ['province', provinceReach],
    ] as const) {
      const board = await supervisionBoard(db, rt.org, reach, thresholds, { today });
      const stats = await supervisionStatistics(db, rt.org, reach, year, { today });
      say();
      say(
        `${name === 'prefecture' ? '西宁市人民政府办公室 (prefecture office)' : '省长 (province-wide, ' + allUnits.length + ' units in charge)'}: ` +
          `${BOARD_STATES.reduce((n, s) => n + board.byState[s], 0)} items on the board (${JSON.stringify(board.byColour)}), ${board.units.length} lead units; ` +
          `${year.from.slice(0, 4)} statistics: ${stats.totals.due} due, 办结率 ${round((stats.totals.closedRate ?? 0) * 100)}%, 按期办结率 ${round((stats.totals.onTimeRate ?? 0) * 100)}%, ${stats.units.length} units ranked`,
      );
      const b = await timed('board (supervisionBoard)', () => supervisionBoard(db, rt.org, reach, thresholds, { today }));
      const bb = await timed('baseline: plain COUNT(*) GROUP BY unit, state', () => reportingRead(db, (trx) => plainBoardCount(trx, reach)));
      const s = await timed('statistics of the year (supervisionStatistics)', () => supervisionStatistics(db, rt.org, reach, year, { today }));
      const sb = await timed('baseline: plain COUNT(*) GROUP BY unit', () => reportingRead(db, (trx) => plainStatisticsCount(trx, reach, year.from, today)));
      say(`  board/baseline ${round(b.p95 / bb.p95, 1)}×, statistics/baseline ${round(s.p95 / sb.p95, 1)}× (p95)`);
      results[name] = {
        boardP50: b.p50,
        boardP95: b.p95,
        boardBaselineP95: bb.p95,
        statisticsP50: s.p50,
        statisticsP95: s.p95,
        statisticsBaselineP95: sb.p95,
      };
    }
    const worstBoard = Math.max(results.prefecture!.boardP95!, results.province!.boardP95!);
    say();
    say(`board p95, worst reach: ${worstBoard} ms (target ≤ ${BOARD_TARGET_MS} ms: ${worstBoard <= BOARD_TARGET_MS ? 'met' : 'NOT met'})`);
    say(`peak RSS of the benchmark process: ${peakRssMb()} MB; PostgreSQL fsync ${servers.fsync ? 'on' : 'off'}`);
    say(JSON.stringify({ items: ITEMS, reports: ITEMS * REPORTS_PER_ITEM, ...results, peakRssMb: peakRssMb(), fsync: servers.fsync }));
  } finally {
    await rt.close();
  }
} finally {
  await servers.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
