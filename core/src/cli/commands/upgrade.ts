import type { Command } from '../command.ts';
import { loadConfig } from '../../config/config.ts';
import { openDatabase } from '../../db/database.ts';
import { migrateUp, migrationStatus } from '../../db/migrator.ts';
import { migrationSources, resolveModules } from '../../runtime/kunlunRuntime.ts';
import { KUNLUN_VERSION } from '../../runtime/version.ts';
import { describeEntry, upgradeReport } from '../../install/upgradeReport.ts';

const say = (line: string) => process.stdout.write(`${line}\n`);

export const upgradeCommand: Command = {
  name: 'upgrade',
  summary: 'after installing a new release: migrations, then what changed in the base processes',
  usage: `Usage: kunlun upgrade [--check] [--json]

Run after installing a new release, with Kunlun stopped (take a \`kunlun backup\` first):
  1. applies the pending migrations of core and the enabled modules;
  2. reports every process: same as the shipped base, changed upstream and untouched here (adopt
     it), changed upstream and forked here (merges cleanly, or with conflicts to resolve), or new.
Nothing is published: adopting and merging are done in the process library
(\`kunlun workflows status | adopt KEY | upgrade-merge KEY\`, or the designer).

  --check   apply nothing: list pending migrations and the process report only
  --json    the report as JSON`,
  options: { check: { type: 'boolean' }, json: { type: 'boolean' } },
  async run({ values }) {
    const json = values.json === true;
    const config = loadConfig();
    const database = await openDatabase(config.database);
    try {
      const { enabled } = await resolveModules(config, database.knex);
      const sources = migrationSources(enabled);
      if (!json) say(`昆仑办公 Kunlun OA ${KUNLUN_VERSION} — 升级 / upgrade（${database.describe}）`);
      let migrations: string[];
      if (values.check === true) migrations = (await migrationStatus(database.knex, sources)).filter((m) => !m.appliedAt).map((m) => `${m.source}/${m.name}`);
      else migrations = await migrateUp(database.knex, sources);
      const keys = enabled.flatMap((m) => m.manifest.processes);
      // The library reads tables the pending migrations may change: with --check, report after them.
      const definitions = values.check === true && migrations.length ? null : await upgradeReport(database.knex, config.baseDefinitionsDir, keys);
      if (json) {
        say(
          JSON.stringify(
            { version: KUNLUN_VERSION, migrations: { [values.check === true ? 'pending' : 'applied']: migrations }, definitions, published: [] },
            null,
            2,
          ),
        );
        return 0;
      }
      const verb = values.check === true ? '待执行 pending' : '已执行 applied';
      say(`[1/2] 数据库迁移 Migrations: ${migrations.length ? `${verb} ${migrations.length}` : '已是最新 / up to date'}`);
      for (const m of migrations) say(`        ${m}`);
      say(`[2/2] 基础流程 Base process definitions（${config.baseDefinitionsDir}）`);
      if (!definitions) {
        say('        迁移执行后才能给出 / available once the migrations are applied');
        return 0;
      }
      if (!definitions.length) say('        启用的模块没有流程 / the enabled modules ship no processes');
      const width = Math.max(0, ...definitions.map((d) => d.key.length));
      for (const d of definitions) {
        const here = d.version ? `v${d.version} ${d.lineage}` : '—';
        say(`        ${d.key.padEnd(width)}  ${here.padEnd(12)}  ${describeEntry(d)}`);
      }
      const changed = definitions.filter((d) => d.actionNeeded);
      say('');
      say(
        `未自动发布任何流程 / nothing was published. ${changed.length ? `${changed.length} 个流程有上游变化 / changed upstream: ${changed.map((d) => d.key).join(', ')}。` : ''}`,
      );
      if (changed.length) say('详情与合并 / details and merging: kunlun workflows status；kunlun workflows adopt KEY；kunlun workflows upgrade-merge KEY');
      return 0;
    } finally {
      await database.close();
    }
  },
};
