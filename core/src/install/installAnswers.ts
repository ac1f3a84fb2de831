import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { configSchema } from '../config/config.ts';
import { passwordProblems } from '../auth/passwordHashing.ts';
import { ADMIN_DISPLAY_NAMES } from '../access/adminAccounts.ts';
import { text } from '../i18n/text.ts';
import { AdminCommandError } from './adminCommandError.ts';
import type { AnswersFile } from './answersFile.ts';
import { parseRedisAddress } from '../jobs/redisAddress.ts';

/**
 * What `kunlun install` needs to know. Answers come from an answers file, command-line flags and
 * prompts, in that order of strength (a flag beats the file; a prompt only asks what is still
 * open). `planFromDraft` checks the whole set before anything is touched.
 */
export const ADMIN_KINDS = ['system_admin', 'security_admin', 'audit_admin'] as const;
export type AdminKind = (typeof ADMIN_KINDS)[number];

/** Keys of the administrators in the answers file: administrators.system / .security / .audit. */
export const ADMIN_ANSWER_KEYS: Record<AdminKind, 'system' | 'security' | 'audit'> = {
  system_admin: 'system',
  security_admin: 'security',
  audit_admin: 'audit',
};
export const DEFAULT_ADMIN_USERNAMES: Record<AdminKind, string> = { system_admin: 'admin', security_admin: 'secadmin', audit_admin: 'auditor' };

export interface UnitAnswer {
  code?: string;
  name?: string;
  shortName?: string;
  docPrefix?: string;
}

export interface InstallDraft {
  database: { url?: string; embedded?: boolean };
  redis: { url?: string; prefix?: string };
  dataDir?: string;
  filesDir?: string;
  envFile?: string;
  installation: UnitAnswer & { parent?: UnitAnswer };
  organization: { units?: string; users?: string; initialPassword?: string };
  administrators: Partial<Record<AdminKind, { username?: string; password?: string; displayName?: string }>>;
  modules?: 'all' | string[];
  settings: Record<string, string>;
}

export interface InstallUnit {
  code: string;
  name: string;
  shortName: string;
  docPrefix: string | null;
}

export interface InstallPlan {
  database: { kind: 'postgres'; url: string } | { kind: 'embedded' };
  redis: { url: string | null; prefix: string };
  dataDir: string;
  filesDir: string | null;
  envFile: string;
  installation: InstallUnit & { parent: InstallUnit | null };
  organization: { units: string | null; users: string | null; initialPassword: string | null };
  administrators: { kind: AdminKind; username: string; password: string; displayName: string }[];
  modules: 'all' | string[];
  settings: Record<string, string>;
}

export const emptyDraft = (): InstallDraft => ({ database: {}, redis: {}, installation: {}, organization: {}, administrators: {}, settings: {} });

const unitAnswer = z.strictObject({
  code: z.coerce.string().optional(),
  name: z.string().optional(),
  shortName: z.string().optional(),
  docPrefix: z.string().optional(),
});
const adminAnswer = z.strictObject({ username: z.string().optional(), password: z.coerce.string().optional(), displayName: z.string().optional() });
const answersSchema = z.strictObject({
  installation: unitAnswer.extend({ parent: unitAnswer.optional() }).optional(),
  database: z.strictObject({ url: z.string().optional(), embedded: z.boolean().optional() }).optional(),
  redis: z.strictObject({ url: z.string().optional(), prefix: z.string().optional() }).optional(),
  dataDir: z.string().optional(),
  filesDir: z.string().optional(),
  envFile: z.string().optional(),
  organization: z.strictObject({ units: z.string().optional(), users: z.string().optional(), initialPassword: z.coerce.string().optional() }).optional(),
  administrators: z.strictObject({ system: adminAnswer.optional(), security: adminAnswer.optional(), audit: adminAnswer.optional() }).optional(),
  modules: z.union([z.literal('all'), z.array(z.string())]).optional(),
  settings: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

/** The draft an answers file gives; relative paths become absolute against the file's folder. */
export function draftFromAnswers(file: AnswersFile): InstallDraft {
  const parsed = answersSchema.safeParse(file.answers);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || '(根 root)'}: ${i.message}`);
    throw new AdminCommandError(text('应答文件的内容有误', 'The answers file has problems'), lines);
  }
  const a = parsed.data;
  const inDir = (p: string | undefined) => (p ? path.resolve(file.dir, p) : undefined);
  const draft = emptyDraft();
  draft.database = { ...a.database };
  if (a.database && 'url' in a.database && a.database.url === '') draft.database = { embedded: true };
  draft.redis = { ...a.redis };
  draft.dataDir = inDir(a.dataDir);
  draft.filesDir = inDir(a.filesDir);
  draft.envFile = inDir(a.envFile);
  draft.installation = { ...a.installation };
  draft.organization = { units: inDir(a.organization?.units), users: inDir(a.organization?.users), initialPassword: a.organization?.initialPassword };
  for (const kind of ADMIN_KINDS) {
    const given = a.administrators?.[ADMIN_ANSWER_KEYS[kind]];
    if (given) draft.administrators[kind] = { ...given };
  }
  draft.modules = a.modules;
  draft.settings = Object.fromEntries(Object.entries(a.settings ?? {}).map(([k, v]) => [k, typeof v === 'boolean' ? (v ? '1' : '0') : String(v)]));
  return draft;
}

/** Later drafts win where they say something. */
export function mergeDrafts(...drafts: InstallDraft[]): InstallDraft {
  const out = emptyDraft();
  const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
  for (const d of drafts) {
    out.database = d.database.embedded || d.database.url ? { ...defined(d.database) } : out.database;
    out.redis = { ...out.redis, ...defined(d.redis) };
    out.dataDir = d.dataDir ?? out.dataDir;
    out.filesDir = d.filesDir ?? out.filesDir;
    out.envFile = d.envFile ?? out.envFile;
    const parent = d.installation.parent ? { ...out.installation.parent, ...defined(d.installation.parent) } : out.installation.parent;
    out.installation = { ...out.installation, ...defined(d.installation), ...(parent ? { parent } : {}) };
    out.organization = { ...out.organization, ...defined(d.organization) };
    for (const kind of ADMIN_KINDS) {
      const given = d.administrators[kind];
      if (given) out.administrators[kind] = { ...out.administrators[kind], ...defined(given) };
    }
    out.modules = d.modules ?? out.modules;
    out.settings = { ...out.settings, ...d.settings };
  }
  return out;
}

const UNIT_CODE = /^[0-9]{6}([0-9]{3})?(-[0-9A-Za-z]{1,8})*$/;
const USERNAME = /^[a-z0-9][a-z0-9_.-]{1,63}$/;
/** Variables the installer writes itself: the answers set them, `settings` may not. */
export const MANAGED_VARIABLES = ['DATABASE_URL', 'REDIS_URL', 'KUNLUN_REDIS_PREFIX', 'KUNLUN_DATA_DIR', 'KUNLUN_FILES_DIR', 'KUNLUN_MODULES'];

export function unitCodeProblem(code: string): string | null {
  return UNIT_CODE.test(code)
    ? null
    : '编码应为 6 位行政区划代码（乡镇 9 位），部门在上级编码后加“-后缀” / a 6-digit division code (9 for a township), a department adds "-suffix"';
}

export function usernameProblem(username: string): string | null {
  return USERNAME.test(username) ? null : '用户名由 2–64 位小写字母、数字和 _ . - 组成 / 2–64 lower-case letters, digits, _ . -';
}

export function strongPasswordProblem(password: string, username?: string): string | null {
  const problems = passwordProblems(password, username);
  return problems.length ? `${problems.map((p) => p['zh-CN']).join('；')} / ${problems.map((p) => p.en).join('; ')}` : null;
}

/**
 * Checks a complete draft and turns it into a plan; every problem is listed at once. `unset`
 * names the environment variable behind a field the answers file left to the environment.
 */
export function planFromDraft(draft: InstallDraft, ctx: { modules: string[]; unset?: Map<string, string>; cwd?: string }): InstallPlan {
  const problems: string[] = [];
  const missing = (field: string, what: string) => {
    const variable = ctx.unset?.get(field);
    problems.push(`${field}: 缺少${what} / missing${variable ? `（环境变量 ${variable} 未设置 / environment variable ${variable} is not set）` : ''}`);
  };
  const cwd = ctx.cwd ?? process.cwd();

  const unit = (answer: UnitAnswer | undefined, field: string): InstallUnit | null => {
    if (!answer?.code) missing(`${field}.code`, '机构编码 unit code');
    else {
      const p = unitCodeProblem(answer.code);
      if (p) problems.push(`${field}.code: ${p}`);
    }
    if (!answer?.name) missing(`${field}.name`, '机构名称 unit name');
    else if (answer.name.length > 200) problems.push(`${field}.name: 不超过 200 字 / at most 200 characters`);
    if (answer?.shortName && answer.shortName.length > 100) problems.push(`${field}.shortName: 不超过 100 字 / at most 100 characters`);
    if (answer?.docPrefix && answer.docPrefix.length > 20) problems.push(`${field}.docPrefix: 机关代字不超过 20 字 / at most 20 characters`);
    if (!answer?.code || !answer.name) return null;
    return { code: answer.code, name: answer.name, shortName: answer.shortName || answer.name, docPrefix: answer.docPrefix || null };
  };
  const installation = unit(draft.installation, 'installation');
  const parent = draft.installation.parent ? unit(draft.installation.parent, 'installation.parent') : null;
  if (installation?.code.includes('-') && !draft.installation.parent) {
    problems.push('installation.parent: 部门安装需要写明所属行政区（parent 的编码和名称）/ a department installation names its region in installation.parent');
  }

  let database: InstallPlan['database'] = { kind: 'embedded' };
  if (!draft.database.embedded && draft.database.url) {
    if (!/^postgres(ql)?:\/\//.test(draft.database.url)) problems.push('database.url: 应以 postgres:// 开头 / must start with postgres://');
    database = { kind: 'postgres', url: draft.database.url };
  }
  const redisUrl = draft.redis.url || null;
  if (redisUrl) {
    try {
      parseRedisAddress(redisUrl);
    } catch (err) {
      problems.push(`redis.url: 应为 redis://、rediss:// 或 redis+sentinel://主机:端口,…/主节点名 / ${(err as Error).message}`);
    }
  }
  const prefix = draft.redis.prefix || 'kunlun';
  if (!/^[a-z0-9_:-]+$/i.test(prefix)) problems.push('redis.prefix: 只能包含字母、数字、_ : - / letters, digits, _ : - only');

  for (const [field, file] of [
    ['organization.units', draft.organization.units],
    ['organization.users', draft.organization.users],
  ] as const) {
    if (file && !fs.existsSync(file)) problems.push(`${field}: 文件不存在 / no such file: ${file}`);
  }
  const users = draft.organization.users || null;
  const initialPassword = draft.organization.initialPassword || null;
  if (users && !initialPassword) missing('organization.initialPassword', '人员初始密码 initial password of the people imported');
  if (initialPassword) {
    const p = strongPasswordProblem(initialPassword);
    if (p) problems.push(`organization.initialPassword: ${p}`);
  }

  const administrators: InstallPlan['administrators'] = [];
  for (const kind of ADMIN_KINDS) {
    const field = `administrators.${ADMIN_ANSWER_KEYS[kind]}`;
    const given = draft.administrators[kind] ?? {};
    const username = (given.username || DEFAULT_ADMIN_USERNAMES[kind]).toLowerCase();
    const up = usernameProblem(username);
    if (up) problems.push(`${field}.username: ${up}`);
    if (!given.password) missing(`${field}.password`, `${ADMIN_DISPLAY_NAMES[kind]}密码 password of ${kind}`);
    else {
      const p = strongPasswordProblem(given.password, username);
      if (p) problems.push(`${field}.password: ${p}`);
    }
    administrators.push({ kind, username, password: given.password ?? '', displayName: given.displayName || ADMIN_DISPLAY_NAMES[kind] });
  }
  const names = administrators.map((a) => a.username);
  if (new Set(names).size !== names.length)
    problems.push('administrators: 三个管理员账号的用户名必须互不相同 / the three administrators need three different usernames');

  const modules = draft.modules ?? 'all';
  if (modules !== 'all') {
    const unknown = modules.filter((m) => !ctx.modules.includes(m));
    if (unknown.length) problems.push(`modules: 没有这些模块 / not installed: ${unknown.join(', ')}（可用 available: ${ctx.modules.join(', ') || '—'}）`);
  }

  const known = Object.keys(configSchema.shape);
  for (const key of Object.keys(draft.settings)) {
    if (MANAGED_VARIABLES.includes(key))
      problems.push(`settings.${key}: 由安装程序根据应答写入，请使用对应的应答项 / written by the installer from the answers; use the matching answer`);
    else if (!known.includes(key)) problems.push(`settings.${key}: 不是昆仑的配置项 / not a Kunlun setting（kunlun --help）`);
  }

  if (problems.length)
    throw new AdminCommandError(text('安装应答不完整或有误，未做任何更改', 'The answers are incomplete or wrong; nothing was changed'), problems);
  const dataDir = path.resolve(cwd, draft.dataDir || 'data');
  return {
    database,
    redis: { url: redisUrl, prefix },
    dataDir,
    filesDir: draft.filesDir ? path.resolve(cwd, draft.filesDir) : null,
    envFile: path.resolve(cwd, draft.envFile || path.join(dataDir, 'kunlun.env')),
    installation: { ...installation!, parent },
    organization: { units: draft.organization.units || null, users, initialPassword },
    administrators,
    modules,
    settings: draft.settings,
  };
}
