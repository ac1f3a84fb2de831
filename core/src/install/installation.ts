import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Database } from '../db/database.ts';
import { migrateUp } from '../db/migrator.ts';
import { createRuntime, migrationSources, type Runtime } from '../runtime/kunlunRuntime.ts';
import { publishMissingBaseDefinitions } from '../engine/definitions/baseDefinitions.ts';
import { discoverModules, type DiscoveredModule } from '../modules/moduleDiscovery.ts';
import { createLogger } from '../log/logger.ts';
import { SYSTEM_ACTOR, entryFrom } from '../audit/auditLog.ts';
import { ApiError } from '../http/apiError.ts';
import { text } from '../i18n/text.ts';
import { KUNLUN_VERSION } from '../runtime/version.ts';
import type { UnitImportResult } from '../org/import/unitImport.ts';
import { levelNames, UNIT_LEVELS } from '../org/unitRules.ts';
import type { UserImportResult } from '../org/import/userImport.ts';
import type { InstallPlan } from './installAnswers.ts';
import { AdminCommandError, importProblemLines } from './adminCommandError.ts';
import { installConfig, installEnvironment, staleVariables } from './installSettings.ts';
import { assertInstallable, describePostgresUrl, ensurePostgresDatabase } from './databaseProvisioning.ts';
import { checkRedis } from './redisCheck.ts';
import { chosenModules, recordModuleChoice } from './moduleSelection.ts';
import { installationUnitRecords, readOrgSheet } from './orgSheets.ts';
import { ensureAdministrators } from './adminSetup.ts';
import { writeEnvFile } from './envFile.ts';
import { runSteps, type InstallStep } from './installSteps.ts';
import { documentFontsStep } from './documentFonts.ts';

/**
 * `kunlun install`: from a plan (checked answers) to a running installation — the database and
 * its schema, the installation's own unit and organization, its people, the three
 * administrators, its modules and their base process definitions, and the settings file serve and
 * worker read. Every step is one transaction or safe to repeat: running the installer again
 * after a failure (or on a finished installation) completes what is missing and changes nothing
 * else.
 */
export interface InstallSummary {
  units: number;
  users: number;
  envFile: string;
  definitions: string[];
}

const source = { actor: SYSTEM_ACTOR };

/** The import's row-by-row report as an installer error naming the file. */
function importFailure(err: unknown, file: string | null): unknown {
  if (err instanceof ApiError && err.code === 'org.import_rejected') {
    const label = file ? path.basename(file) : '应答文件 answers';
    return new AdminCommandError(
      text(`${label} 有 ${(err.details.problems as unknown[]).length} 处错误，未导入任何数据`, `${label} has problems; nothing was imported`),
      importProblemLines(err.details, label),
    );
  }
  return err;
}

export async function runInstallation(plan: InstallPlan, say: (line: string) => void): Promise<InstallSummary> {
  const values = installEnvironment(plan);
  const config = installConfig(values);
  const discovered = await discoverModules(config.modules.dir);
  const enabled: DiscoveredModule[] = chosenModules(discovered, plan.modules);
  const topCode = plan.installation.parent?.code ?? plan.installation.code;
  let database: Database | null = null;
  let runtime: Runtime | null = null;
  const summary: InstallSummary = { units: 0, users: 0, envFile: plan.envFile, definitions: [] };
  const started = new Date();

  const steps: InstallStep[] = [
    {
      title: '数据库 Database',
      async run() {
        let line: string;
        if (plan.database.kind === 'postgres') {
          const { created, version } = await ensurePostgresDatabase(plan.database.url);
          line = `${describePostgresUrl(plan.database.url)}：${created ? '已创建 created' : '已存在 exists'}（PostgreSQL ${version}）`;
        } else {
          fs.mkdirSync(plan.dataDir, { recursive: true });
          line = `内置数据库 embedded PGlite：${path.join(plan.dataDir, 'pglite')}`;
        }
        database = await openDatabase(config.database);
        const state = await assertInstallable(database.knex, topCode);
        return [line, state === 'same' ? '已有本安装的数据，补齐缺少的部分 / this installation exists: completing what is missing' : '新安装 new installation'];
      },
    },
    { title: 'Redis', run: () => checkRedis(plan.redis.url) },
    {
      title: '数据库结构 Schema (migrations)',
      async run() {
        const applied = await migrateUp(database!.knex, migrationSources(enabled));
        return applied.length ? `执行了 ${applied.length} 个迁移 / ${applied.length} migration(s) applied` : '已是最新 / already up to date';
      },
    },
    {
      title: '模块 Modules',
      async run() {
        const choice = await recordModuleChoice(database!.knex, discovered, enabled);
        runtime = await createRuntime(config, { role: 'cli', database: database!, migrate: false, log: createLogger('error') });
        return [`启用 enabled: ${choice.enabled.join(', ') || '—'}`, `停用 disabled: ${choice.disabled.join(', ') || '—'}`];
      },
    },
    {
      title: `本单位与组织机构 ${plan.installation.name}（${plan.installation.code}）and its units`,
      async run() {
        const file = plan.organization.units;
        const records = installationUnitRecords(plan, file ? await readOrgSheet(file, 'units') : [], file ? path.basename(file) : '');
        const outcome = await runtime!.services.orgImport
          .importRecords('units', records, { dryRun: false }, { all: true }, source, file ? path.basename(file) : 'install')
          .catch((err) => {
            throw importFailure(err, file);
          });
        const result = outcome.result as UnitImportResult;
        const counts: { kind: string; level: string; n: number }[] = await runtime!
          .db('core_org_units')
          .select('kind', 'level')
          .count('* as n')
          .groupBy('kind', 'level');
        summary.units = counts.reduce((s, c) => s + Number(c.n), 0);
        const regions = UNIT_LEVELS.flatMap((level) =>
          counts.filter((c) => c.kind === 'region' && c.level === level).map((c) => `${levelNames[level]['zh-CN']} ${c.n}`),
        ).join('、');
        const departments = counts.filter((c) => c.kind === 'department').reduce((s, c) => s + Number(c.n), 0);
        return [
          `新建 created ${result.created}，已有并刷新 refreshed ${result.updated}${file ? `（${path.basename(file)}）` : ''}`,
          `共 ${summary.units} 个机构：行政区 regions ${regions}；部门 departments ${departments}`,
        ];
      },
    },
    {
      title: '人员 People',
      async run() {
        const file = plan.organization.users;
        if (!file) return '未提供人员表，跳过；可稍后在“组织机构”中导入 / no people file: import people later in the admin console';
        const records = await readOrgSheet(file, 'users');
        const outcome = await runtime!.services.orgImport
          .importRecords(
            'users',
            records,
            { dryRun: false, initialPassword: plan.organization.initialPassword ?? undefined, mustChangePassword: true },
            { all: true },
            source,
            path.basename(file),
          )
          .catch((err) => {
            throw importFailure(err, file);
          });
        const r = outcome.result as UserImportResult;
        summary.users = Number((await runtime!.db('core_users').where({ account_kind: 'regular' }).count<{ n: number }[]>('* as n'))[0]?.n ?? 0);
        return [
          `新建 created ${r.created}，更新 updated ${r.updated}，新增岗位 posts added ${r.postsAdded}`,
          `共 ${summary.users} 人；新账号首次登录须修改初始密码 / new accounts change the initial password at first sign-in`,
        ];
      },
    },
    {
      title: '三员管理员 Administrators',
      async run() {
        const { created, kept } = await ensureAdministrators(runtime!.db, plan.administrators, runtime!.audit, source);
        return [
          ...(created.length ? [`已创建 created: ${created.join(', ')}`] : []),
          ...(kept.length ? [`已存在，密码未改动 exist, passwords unchanged: ${kept.join(', ')}`] : []),
        ];
      },
    },
    {
      title: '基础流程定义 Base process definitions',
      async run() {
        const keys = enabled.flatMap((m) => m.manifest.processes);
        if (!keys.length) return '启用的模块没有流程 / the enabled modules bring no processes';
        await publishMissingBaseDefinitions(runtime!.db, runtime!.engine.deps.definitions, config.baseDefinitionsDir, keys);
        const published: { key: string; version: number; lineage: string; published_at: Date }[] = await runtime!
          .db('engine_definitions')
          .where({ state: 'published' })
          .whereIn('key', keys)
          .orderBy('key')
          .select('key', 'version', 'lineage', 'published_at');
        const missing = keys.filter((k) => !published.some((p) => p.key === k));
        if (missing.length) throw new AdminCommandError(text(`流程未能发布：${missing.join(', ')}`, `Not published: ${missing.join(', ')}`));
        summary.definitions = published.map((p) => `${p.key} v${p.version}`);
        const lineage: Record<string, string> = { base: '基础版 base', fork: '本地修改版 fork', import: '导入 imported' };
        return published.map(
          (p) =>
            `${p.key} v${p.version}（${lineage[p.lineage] ?? p.lineage}；${new Date(p.published_at) >= started ? '本次发布 published now' : '此前已发布 published before'}）`,
        );
      },
    },
    {
      title: '配置文件 Settings file',
      async run() {
        const { kept } = writeEnvFile(
          plan.envFile,
          values,
          [
            `昆仑办公 Kunlun OA ${KUNLUN_VERSION} — ${plan.installation.name}（${plan.installation.code}）`,
            `由 kunlun install 写入 / written by kunlun install, ${new Date().toISOString()}`,
            '供 serve / worker 使用：systemd EnvironmentFile=、docker compose env_file:、node --env-file=，或 set -a; . 本文件',
          ],
          staleVariables(values),
        );
        await runtime!.audit.record(
          entryFrom(source, {
            action: 'system.install',
            details: {
              version: KUNLUN_VERSION,
              code: plan.installation.code,
              name: plan.installation.name,
              modules: enabled.map((m) => m.name),
              units: summary.units,
              users: summary.users,
            },
          }),
        );
        return [plan.envFile, ...(kept.length ? [`保留了手工添加的设置 kept hand-made settings: ${kept.join(', ')}`] : [])];
      },
    },
  ];
  const fonts = documentFontsStep(
    plan.dataDir,
    enabled.map((m) => m.name),
  );
  if (fonts) steps.splice(steps.length - 1, 0, fonts);

  try {
    await runSteps(steps, say);
    return summary;
  } finally {
    const rt = runtime as Runtime | null;
    if (rt) await rt.close();
    const db = database as Database | null;
    if (db) await db.close();
  }
}
