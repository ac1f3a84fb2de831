import type { Command } from '../command.ts';
import { loadConfig } from '../../config/config.ts';
import { createRuntime } from '../../runtime/kunlunRuntime.ts';
import { createLogger } from '../../log/logger.ts';
import { loadDemo } from '../../demo/loadDemo.ts';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'load the Qinghai demo organization, people and administrator accounts',
  usage: `Usage: kunlun demo

Migrates the database, then loads the demo data: the Qinghai province, its 8 prefectures,
44 counties and their townships with their departments (3,000+ units), people in every unit,
and the administrator accounts admin, secadmin and auditor. Every demo account's password is
$KUNLUN_DEMO_PASSWORD (default Kunlun@2026). Running it again is safe.`,
  async run() {
    const config = loadConfig();
    const runtime = await createRuntime(config, { role: 'cli', log: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel) });
    try {
      const say = (line: string) => process.stdout.write(`${line}\n`);
      const summary = await loadDemo(runtime.db, config.demoPassword, say);
      const [units] = await runtime.db('core_org_units').count<{ n: number }[]>('* as n');
      const [users] = await runtime.db('core_users').count<{ n: number }[]>('* as n');
      say(`Demo data loaded in ${(summary.ms / 1000).toFixed(1)} s: ${Number(units?.n)} units, ${Number(users?.n)} accounts (${runtime.database.describe}).`);
    } finally {
      await runtime.close();
    }
  },
};
