import path from 'node:path';
import type { Command } from '../command.ts';
import { repoRoot } from '../../config/config.ts';
import { discoverModules } from '../../modules/moduleDiscovery.ts';
import { KUNLUN_VERSION } from '../../runtime/version.ts';
import { readAnswersFile } from '../../install/answersFile.ts';
import { draftFromAnswers, emptyDraft, mergeDrafts, planFromDraft, type InstallDraft, type InstallPlan } from '../../install/installAnswers.ts';
import { LineInput } from '../../install/lineInput.ts';
import { promptForDraft } from '../../install/installPrompts.ts';
import { runInstallation } from '../../install/installation.ts';
import { StepFailure } from '../../install/installSteps.ts';
import { describeFailure } from '../../install/adminCommandError.ts';
import { describeCliFailure, wantsStacks } from '../cliFailure.ts';
import { describeRedisAddress, parseRedisAddress } from '../../jobs/redisAddress.ts';
import { describePostgresUrl } from '../../install/databaseProvisioning.ts';

const say = (line: string) => process.stdout.write(`${line}\n`);

function draftFromFlags(v: Record<string, string | boolean | undefined>): InstallDraft {
  const d = emptyDraft();
  const s = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const file = (k: string) => (s(k) ? path.resolve(s(k)!) : undefined);
  if (v.embedded === true) d.database = { embedded: true };
  else if (s('database-url') !== undefined) d.database = s('database-url') ? { url: s('database-url')! } : { embedded: true };
  d.redis = { url: s('redis-url'), prefix: s('redis-prefix') };
  d.dataDir = file('data-dir');
  d.filesDir = file('files-dir');
  d.envFile = file('env-file');
  d.installation = { code: s('code'), name: s('name'), docPrefix: s('doc-prefix') };
  d.organization = { units: file('units'), users: file('users') };
  const modules = s('modules');
  if (modules)
    d.modules =
      modules === 'all'
        ? 'all'
        : modules
            .split(',')
            .map((m) => m.trim())
            .filter(Boolean);
  return d;
}

function describePlan(plan: InstallPlan): string[] {
  return [
    `  本单位 installation   ${plan.installation.name}（${plan.installation.code}）${plan.installation.docPrefix ? ` 机关代字 ${plan.installation.docPrefix}` : ''}`,
    `  数据库 database       ${plan.database.kind === 'postgres' ? describePostgresUrl(plan.database.url) : `内置 embedded (${plan.dataDir}/pglite)`}`,
    `  Redis                 ${plan.redis.url ? describeRedisAddress(parseRedisAddress(plan.redis.url)) : '本机 redis-server / local redis-server'}（prefix ${plan.redis.prefix}）`,
    `  机构表 units          ${plan.organization.units ?? '—'}`,
    `  人员表 people         ${plan.organization.users ?? '—'}`,
    `  管理员 administrators ${plan.administrators.map((a) => a.username).join(', ')}`,
    `  模块 modules          ${plan.modules === 'all' ? 'all' : plan.modules.join(', ')}`,
    `  配置文件 settings     ${plan.envFile}`,
  ];
}

export const installCommand: Command = {
  name: 'install',
  summary: 'install Kunlun for a prefecture, county or department (interactive or --answers FILE.yaml)',
  usage: `Usage: kunlun install [--answers FILE.yaml] [options]

Creates (or completes) an installation, step by step: the database and its schema, Redis, the
installation's own unit, its units and people from CSV/XLSX files (templates in deploy/templates/),
the three administrator accounts (三员) with strong passwords, the modules to run, their base
process definitions, and the settings file that serve and worker read. Running it again is safe:
what exists is kept, what is missing is added.

Without --answers it asks every question on the terminal. With --answers it asks nothing, except
(on a terminal) what the file leaves open — such as passwords kept out of the file as \${VARIABLE}.
Flags override the file. Example: deploy/templates/example.yaml (海北藏族自治州 632200).

  --answers FILE        answers file (YAML)
  --database-url URL    PostgreSQL (postgres://user:pass@host:5432/db; created when missing)
  --embedded            use the embedded database (PGlite in <data dir>/pglite)
  --redis-url URL       Redis (redis://host:6379, or redis+sentinel://h1:26379,h2:26379/<master>); unset: serve/worker start a local redis-server
  --redis-prefix P      key prefix in Redis (default kunlun)
  --data-dir DIR        data directory (default ./data)
  --files-dir DIR       uploaded files (default <data dir>/files)
  --env-file FILE       settings file to write (default <data dir>/kunlun.env)
  --code CODE           the installation's unit code (GB/T 2260 division code)
  --name NAME           the installation's unit name
  --doc-prefix X        its 机关代字
  --units FILE          units CSV/XLSX      --users FILE   people CSV/XLSX
  --modules LIST        modules to enable: all, or a comma-separated list
  --non-interactive     never ask: a missing answer is an error`,
  options: {
    answers: { type: 'string' },
    'database-url': { type: 'string' },
    embedded: { type: 'boolean' },
    'redis-url': { type: 'string' },
    'redis-prefix': { type: 'string' },
    'data-dir': { type: 'string' },
    'files-dir': { type: 'string' },
    'env-file': { type: 'string' },
    code: { type: 'string' },
    name: { type: 'string' },
    'doc-prefix': { type: 'string' },
    units: { type: 'string' },
    users: { type: 'string' },
    modules: { type: 'string' },
    'non-interactive': { type: 'boolean' },
  },
  async run({ values }) {
    say(`昆仑办公 Kunlun OA ${KUNLUN_VERSION} — 安装 / installer`);
    let input: LineInput | null = null;
    try {
      const modulesDir = path.resolve(process.env.KUNLUN_MODULES_DIR ?? path.join(repoRoot, 'modules'));
      const modules = (await discoverModules(modulesDir)).map((m) => ({ name: m.name, title: `${m.manifest.title['zh-CN']} ${m.manifest.title.en}` }));
      const answersFile = typeof values.answers === 'string' ? readAnswersFile(values.answers) : null;
      let draft = mergeDrafts(answersFile ? draftFromAnswers(answersFile) : emptyDraft(), draftFromFlags(values));
      const full = !answersFile && values['non-interactive'] !== true;
      const askMissing = Boolean(answersFile) && values['non-interactive'] !== true && process.stdin.isTTY === true;
      if (full || askMissing) {
        input = new LineInput();
        draft = await promptForDraft(draft, input, { all: full, modules, say });
      }
      const plan = planFromDraft(draft, { modules: modules.map((m) => m.name), ...(answersFile ? { unset: answersFile.unsetVariables } : {}) });
      say('');
      say('安装内容 / What will be installed:');
      for (const line of describePlan(plan)) say(line);
      if (full && input && !(await input.yesNo('开始安装？Start?', true))) {
        say('已取消，未做任何更改 / cancelled; nothing was changed');
        return 1;
      }
      input?.close();
      input = null;
      say('');
      const summary = await runInstallation(plan, say);
      say('');
      say(`完成 / Done: ${plan.installation.name}（${plan.installation.code}）, ${summary.units} 个机构 units, ${summary.users} 人 people.`);
      say('启动 / Start:');
      say(`  node --env-file=${summary.envFile} core/bin/kunlun.mjs all          # 单机 one machine`);
      say(`  systemd: EnvironmentFile=${summary.envFile}（见 deploy/systemd/ / see deploy/systemd/）`);
      say(`管理员登录 / administrators sign in as: ${plan.administrators.map((a) => a.username).join(', ')}`);
      return 0;
    } catch (err) {
      const cause = err instanceof StepFailure ? err.cause : err;
      process.stderr.write(`\n${describeFailure(cause) ?? describeCliFailure(cause).message}\n`);
      if (wantsStacks(process.argv) && cause instanceof Error && cause.stack) process.stderr.write(`${cause.stack}\n`);
      if (err instanceof StepFailure) {
        process.stderr.write(
          '\n已完成的步骤已保留；修正问题后重新运行同一命令即可继续。\nFinished steps are kept; fix the problem and run the same command again to continue.\n',
        );
      }
      return 1;
    } finally {
      input?.close();
    }
  },
};
