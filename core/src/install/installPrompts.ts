import fs from 'node:fs';
import path from 'node:path';
import { ADMIN_DISPLAY_NAMES } from '../access/adminAccounts.ts';
import { ADMIN_KINDS, DEFAULT_ADMIN_USERNAMES, strongPasswordProblem, unitCodeProblem, usernameProblem, type InstallDraft } from './installAnswers.ts';
import type { LineInput } from './lineInput.ts';

/**
 * The installer's questions. Run in full (`kunlun install` on a terminal, no answers file), every
 * question offers what is already known as its default; with an answers file, only what the file
 * left open is asked. Passwords are typed twice and never have a default.
 */
export interface PromptContext {
  /** Ask every question (true) or only those still open (false). */
  all: boolean;
  modules: { name: string; title: string }[];
  say: (line: string) => void;
}

async function askValid(
  input: LineInput,
  question: string,
  fallback: string | undefined,
  check: (v: string) => string | null,
  say: (l: string) => void,
): Promise<string> {
  for (;;) {
    const value = await input.ask(question, fallback);
    const problem = check(value);
    if (!problem) return value;
    say(`  ✗ ${problem}`);
  }
}

async function askPassword(input: LineInput, question: string, username: string | undefined, say: (l: string) => void): Promise<string> {
  for (;;) {
    const first = await input.secret(question);
    const problem = first ? strongPasswordProblem(first, username) : '不能为空 / required';
    if (problem) {
      say(`  ✗ ${problem}`);
      continue;
    }
    if ((await input.secret('再输入一次 Again')) === first) return first;
    say('  ✗ 两次输入不一致 / the two entries differ');
  }
}

const required = (v: string) => (v ? null : '不能为空 / required');
const existingFile = (v: string) => (v === '' || fs.existsSync(path.resolve(v)) ? null : `文件不存在 / no such file: ${v}`);

export async function promptForDraft(draft: InstallDraft, input: LineInput, ctx: PromptContext): Promise<InstallDraft> {
  const { all, say } = ctx;
  const d: InstallDraft = structuredClone(draft);

  if (all) {
    say('\n— 数据库与 Redis / Database and Redis —');
    const url = await input.ask('PostgreSQL 地址（留空：使用内置数据库）PostgreSQL URL (empty: embedded database)', d.database.embedded ? '' : d.database.url);
    d.database = url ? { url } : { embedded: true };
    d.redis.url = (await input.ask('Redis 地址（留空：由昆仑在本机启动 redis-server）Redis URL (empty: a local redis-server)', d.redis.url)) || undefined;
    d.dataDir = path.resolve(await input.ask('数据目录 Data directory', d.dataDir ?? 'data'));
  }

  say('\n— 本单位 / This installation —');
  const inst = d.installation;
  if (all || !inst.code)
    inst.code = await askValid(
      input,
      '本单位编码（行政区划代码）Unit code (division code)',
      inst.code,
      (v) => (v ? unitCodeProblem(v) : '不能为空 / required'),
      say,
    );
  if (all || !inst.name) inst.name = await askValid(input, '本单位名称 Unit name', inst.name, required, say);
  if (all) {
    inst.shortName = (await input.ask('简称 Short name', inst.shortName ?? inst.name)) || undefined;
    inst.docPrefix = (await input.ask('机关代字（发文字号用，如“北政”）Document prefix', inst.docPrefix)) || undefined;
  }
  if (inst.code?.includes('-') && (all || !inst.parent?.code || !inst.parent.name)) {
    const parent = inst.parent ?? {};
    parent.code = await askValid(
      input,
      '所属行政区编码 Region code of the department',
      parent.code,
      (v) => (v ? unitCodeProblem(v) : '不能为空 / required'),
      say,
    );
    parent.name = await askValid(input, '所属行政区名称 Region name', parent.name, required, say);
    inst.parent = parent;
  }

  const org = d.organization;
  if (all) {
    say('\n— 组织机构与人员（CSV 或 XLSX，模板见 deploy/templates/）/ Organization and people (CSV or XLSX) —');
    org.units = (await askValid(input, '机构表（留空：暂不导入）Units file (empty: none)', org.units, existingFile, say)) || undefined;
    org.users = (await askValid(input, '人员表（留空：暂不导入）People file (empty: none)', org.users, existingFile, say)) || undefined;
    if (org.units) org.units = path.resolve(org.units);
    if (org.users) org.users = path.resolve(org.users);
  }
  if (org.users && !org.initialPassword)
    org.initialPassword = await askPassword(input, '导入人员的初始密码（首次登录须修改）Initial password of imported people', undefined, say);

  const openAdmins = ADMIN_KINDS.filter((k) => all || !d.administrators[k]?.password);
  if (openAdmins.length) say('\n— 三员管理员账号 / The three administrator accounts —');
  for (const kind of openAdmins) {
    const admin = { ...d.administrators[kind] };
    if (all)
      admin.username = await askValid(
        input,
        `${ADMIN_DISPLAY_NAMES[kind]}用户名 Username of the ${kind.replace('_', ' ')}`,
        admin.username ?? DEFAULT_ADMIN_USERNAMES[kind],
        usernameProblem,
        say,
      );
    admin.password = await askPassword(
      input,
      `${ADMIN_DISPLAY_NAMES[kind]}（${admin.username ?? DEFAULT_ADMIN_USERNAMES[kind]}）密码 Password`,
      admin.username ?? DEFAULT_ADMIN_USERNAMES[kind],
      say,
    );
    d.administrators[kind] = admin;
  }

  if (all) {
    say('\n— 模块 / Modules —');
    for (const m of ctx.modules) say(`  ${m.name.padEnd(12)} ${m.title}`);
    const names = ctx.modules.map((m) => m.name);
    const current = d.modules === undefined || d.modules === 'all' ? 'all' : d.modules.join(',');
    const chosen = await askValid(
      input,
      '启用的模块（逗号分隔，all 为全部）Modules to enable (comma-separated, or all)',
      current,
      (v) => {
        if (v === 'all') return null;
        const unknown = v
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s && !names.includes(s));
        return unknown.length ? `没有这些模块 / not installed: ${unknown.join(', ')}` : null;
      },
      say,
    );
    d.modules =
      chosen === 'all'
        ? 'all'
        : chosen
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
    const https = await input.yesNo('用户通过 HTTPS 访问吗？Will people reach Kunlun over HTTPS?', d.settings.KUNLUN_COOKIE_SECURE !== '0');
    d.settings.KUNLUN_COOKIE_SECURE = https ? '1' : '0';
    d.envFile = path.resolve(
      await input.ask('配置文件（供 serve/worker 使用）Settings file for serve/worker', d.envFile ?? path.join(d.dataDir ?? 'data', 'kunlun.env')),
    );
  }
  return d;
}
