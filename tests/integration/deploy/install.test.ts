import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import knexPkg, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, testDatabaseKind } from '@kunlun/test-kit';
import { readEnvFile } from '../../../core/src/install/envFile.ts';
import { repo, runKunlun, scratchPath, startKunlun, type KunlunProcess } from './kunlunProcesses.ts';

/**
 * `kunlun install --answers deploy/templates/example.yaml` on an empty PostgreSQL and Redis makes
 * a working installation for 海北藏族自治州 (632200): its departments and counties, its people,
 * the three administrators, the modules and their processes, and the settings file serve reads.
 */
const EXAMPLE = path.join(repo, 'deploy', 'templates', 'example.yaml');
const PASSWORDS = {
  KUNLUN_SYSTEM_ADMIN_PASSWORD: 'Xitong#2026a',
  KUNLUN_SECURITY_ADMIN_PASSWORD: 'Baomi#2026b',
  KUNLUN_AUDIT_ADMIN_PASSWORD: 'Shenji#2026c',
  KUNLUN_INITIAL_PASSWORD: 'Haibei@2026',
};

function databaseUrl(name: string): string {
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(fn: (admin: Knex) => Promise<T>): Promise<T> {
  const admin = knexPkg.knex({ client: 'pg', connection: inject('pgAdminUrl'), pool: { min: 0, max: 1 } });
  try {
    return await fn(admin);
  } finally {
    await admin.destroy();
  }
}

const databaseExists = (name: string) => withAdmin(async (admin) => (await admin.raw('SELECT 1 FROM pg_database WHERE datname = ?', [name])).rows.length === 1);
const dropDatabase = (name: string) => withAdmin((admin) => admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

async function signIn(url: string, username: string, password: string): Promise<ApiClient> {
  const client = new ApiClient(url);
  const res = await client.login(username, password);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return client;
}

/**
 * A clerk of the 州政府办公室 starts a 签报, which reaches the office's head, and (when the
 * documents module runs) drafts an outgoing 通知, which starts its documents.outgoing process.
 */
async function clerkStartsAnApproval(url: string, initialPassword: string, opts: { document: boolean }): Promise<void> {
  const clerk = await signIn(url, 'liuyang', initialPassword);
  const me = await clerk.get('/api/me');
  expect(me.body.user.mustChangePassword).toBe(true);
  expect(me.body.actingUnit).toMatchObject({ code: '632200-001', name: '海北藏族自治州人民政府办公室' });
  expect((await clerk.post('/api/me/password', { currentPassword: initialPassword, newPassword: 'Dangan#0970x' })).status).toBe(200);
  const catalog = await clerk.get('/api/processes');
  expect(catalog.body.map((p: { key: string }) => p.key)).toContain('general.approval');
  const started = await clerk.post('/api/processes/general.approval/start', {
    variables: { title: '关于州政府办公室购置档案柜的请示', content: '办公室档案柜已满，拟购置 4 组。', urgency: 'normal' },
    submit: true,
  });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  const head = await signIn(url, 'wangzhiyuan', initialPassword);
  const todo = await head.get('/api/tasks?box=todo');
  expect(todo.body.items).toEqual([
    expect.objectContaining({ instanceId: started.body.instanceId, title: '关于州政府办公室购置档案柜的请示', stepName: '部门负责人审核' }),
  ]);
  if (!opts.document) return;
  const drafted = await clerk.post('/api/documents/outgoing', { docType: '通知', title: '关于做好元旦春节期间安全生产工作的通知' });
  expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
  const document = await clerk.get(`/api/documents/${drafted.body.id}`);
  expect(document.status).toBe(200);
  expect(document.body).toMatchObject({ docType: '通知', title: '关于做好元旦春节期间安全生产工作的通知' });
  const instance = await clerk.get(`/api/instances/${drafted.body.instanceId}`);
  expect(instance.body).toMatchObject({ state: 'active' });
}

describe.runIf(testDatabaseKind() === 'postgres')(
  'kunlun install --answers deploy/templates/example.yaml on an empty PostgreSQL and Redis',
  { timeout: 240_000 },
  () => {
    const name = `kunlun_install_${randomBytes(5).toString('hex')}`;
    const work = scratchPath('kunlun-install');
    beforeAll(() => {
      fs.mkdirSync(work, { recursive: true });
    });
    const dataDir = path.join(work, 'data');
    const prefix = `inst${randomBytes(3).toString('hex')}`;
    const env = () => ({ ...PASSWORDS, DATABASE_URL: databaseUrl(name), REDIS_URL: inject('redisUrl'), KUNLUN_DATA_DIR: dataDir });
    const install = () => runKunlun(['install', '--answers', EXAMPLE, '--redis-prefix', prefix], { env: env() });
    let db: Knex;
    let server: KunlunProcess | undefined;

    beforeAll(() => {
      db = knexPkg.knex({ client: 'pg', connection: databaseUrl(name), pool: { min: 0, max: 2 } });
    });
    afterAll(async () => {
      await server?.stop();
      await db.destroy();
      await dropDatabase(name);
      fs.rmSync(work, { recursive: true, force: true });
    });

    it('given no database yet, when installing, then 632200 is there with its departments, counties and townships, its people and the three administrators', async () => {
      expect(await databaseExists(name)).toBe(false);

      const result = await install();

      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).toContain('已创建 created');
      expect(result.stdout).toMatch(/\[ 9\/10\] 公文字体 Document fonts/);
      expect(result.stdout).toMatch(/\[10\/10\] 配置文件 Settings file/);
      // The documents module's PDF rendition finds its fonts in the data directory serve is given.
      for (const face of ['FandolSong-Bold', 'FandolSong-Regular', 'FandolFang-Regular', 'FandolHei-Regular', 'FandolKai-Regular']) {
        expect(fs.statSync(path.join(dataDir, 'fonts', `${face}.otf`)).size, face).toBeGreaterThan(0);
      }
      const root = await db('core_org_units').whereNull('parent_id').select('code', 'name', 'short_name', 'doc_prefix', 'level');
      expect(root).toEqual([{ code: '632200', name: '海北藏族自治州人民政府', short_name: '海北州政府', doc_prefix: '北政', level: 'prefecture' }]);
      const counties = await db('core_org_units as u')
        .join('core_org_units as p', 'p.id', 'u.parent_id')
        .where({ 'u.kind': 'region', 'u.level': 'county' })
        .orderBy('u.code')
        .select('u.code', 'u.name', 'p.code as parent');
      expect(counties).toEqual([
        { code: '632221', name: '门源回族自治县人民政府', parent: '632200' },
        { code: '632222', name: '祁连县人民政府', parent: '632200' },
        { code: '632223', name: '海晏县人民政府', parent: '632200' },
        { code: '632224', name: '刚察县人民政府', parent: '632200' },
      ]);
      const departments = await db('core_org_units as u')
        .join('core_org_units as p', 'p.id', 'u.parent_id')
        .where({ 'p.code': '632200', 'u.kind': 'department' })
        .pluck('u.name');
      expect(departments).toHaveLength(32);
      expect(departments).toEqual(expect.arrayContaining(['海北藏族自治州人民政府办公室', '海北藏族自治州教育局', '海北藏族自治州应急管理局']));
      expect(await db('core_org_units').where({ level: 'township', kind: 'region' }).count('* as n').first()).toEqual({ n: 30 });
      expect(await db('core_org_units').count('* as n').first()).toEqual({ n: 261 });
      expect(await db('core_users').where({ account_kind: 'regular' }).count('* as n').first()).toEqual({ n: 25 });
      const admins = await db('core_users as u')
        .join('core_user_roles as ur', 'ur.user_id', 'u.id')
        .join('core_roles as r', 'r.id', 'ur.role_id')
        .whereNot({ 'u.account_kind': 'regular' })
        .orderBy('u.username')
        .select('u.username', 'u.account_kind', 'r.code');
      expect(admins).toEqual([
        { username: 'admin', account_kind: 'system_admin', code: 'system_admin' },
        { username: 'auditor', account_kind: 'audit_admin', code: 'audit_admin' },
        { username: 'secadmin', account_kind: 'security_admin', code: 'security_admin' },
      ]);
      expect(await db('engine_definitions').where({ key: 'general.approval', state: 'published', lineage: 'base' }).count('* as n').first()).toEqual({ n: 1 });
      const envFile = path.join(dataDir, 'kunlun.env');
      expect(fs.statSync(envFile).mode & 0o777).toBe(0o600);
      expect(readEnvFile(envFile)).toMatchObject({
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl(name),
        REDIS_URL: inject('redisUrl'),
        KUNLUN_REDIS_PREFIX: prefix,
        KUNLUN_DATA_DIR: dataDir,
      });
    });

    it('serve started with the settings file lets a person from the people file sign in, change the initial password, start a 签报 and draft a document', async () => {
      server = await startKunlun('serve', { env: { LOG_LEVEL: 'warn' }, nodeArgs: [`--env-file=${path.join(dataDir, 'kunlun.env')}`] });
      const health = await (await fetch(`${server.url}/healthz`)).json();
      expect(health).toMatchObject({ status: 'ok', database: { ok: true, kind: 'postgres' }, redis: { ok: true } });

      await clerkStartsAnApproval(server.url, PASSWORDS.KUNLUN_INITIAL_PASSWORD, { document: true });

      const admin = await signIn(server.url, 'admin', PASSWORDS.KUNLUN_SYSTEM_ADMIN_PASSWORD);
      expect((await admin.get('/api/me')).body.user.accountKind).toBe('system_admin');
    });

    it('running the installer again keeps everything as it is, passwords included', async () => {
      const before = await db('core_users').orderBy('username').select('username', 'password_hash');

      const result = await install();

      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).toContain('已存在 exists');
      expect(result.stdout).toContain('已存在，密码未改动 exist, passwords unchanged: admin, secadmin, auditor');
      expect(await db('core_users').orderBy('username').select('username', 'password_hash')).toEqual(before);
      expect(await db('core_org_units').count('* as n').first()).toEqual({ n: 261 });
      expect(await db('engine_definitions').where({ key: 'general.approval' }).count('* as n').first()).toEqual({ n: 1 });
      expect(await db('core_audit_log').where({ action: 'system.install' }).count('* as n').first()).toEqual({ n: 2 });
    });

    it('a database that already holds another installation is refused', async () => {
      const result = await runKunlun(
        ['install', '--answers', EXAMPLE, '--code', '632300', '--name', '海南藏族自治州人民政府', '--units', path.join(work, 'none.csv')],
        { env: env() },
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('organization.units');

      const other = await runKunlun(['install', '--answers', EXAMPLE, '--code', '632500', '--name', '海南藏族自治州人民政府'], { env: env() });
      expect(other.code).toBe(1);
      expect(other.stderr).toContain('该数据库已安装为“海北藏族自治州人民政府”（632200）');
    });
  },
);

describe.runIf(testDatabaseKind() === 'postgres')('kunlun install stops cleanly on wrong answers', { timeout: 240_000 }, () => {
  const names: string[] = [];
  const work = scratchPath('kunlun-install-bad');
  beforeAll(() => {
    fs.mkdirSync(work, { recursive: true });
  });
  const fresh = () => {
    const name = `kunlun_install_${randomBytes(5).toString('hex')}`;
    names.push(name);
    return name;
  };
  afterAll(async () => {
    for (const n of names) await dropDatabase(n);
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('given a weak administrator password, nothing is created and every problem is named', async () => {
    const name = fresh();
    const result = await runKunlun(['install', '--answers', EXAMPLE, '--data-dir', path.join(work, 'weak')], {
      env: {
        ...PASSWORDS,
        KUNLUN_SECURITY_ADMIN_PASSWORD: 'secadmin1',
        KUNLUN_AUDIT_ADMIN_PASSWORD: undefined,
        DATABASE_URL: databaseUrl(name),
        REDIS_URL: inject('redisUrl'),
      },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('未做任何更改');
    expect(result.stderr).toContain('administrators.security.password: 须包含大写字母、小写字母、数字、符号中的至少三类；密码不能包含用户名');
    expect(result.stderr).toContain('环境变量 KUNLUN_AUDIT_ADMIN_PASSWORD 未设置');
    expect(await databaseExists(name)).toBe(false);
  });

  it('given a people file with wrong rows, none of it is imported; after fixing it, the same command finishes the installation', async () => {
    const name = fresh();
    const users = path.join(work, 'users.csv');
    const good = fs.readFileSync(path.join(repo, 'deploy', 'templates', 'haibei', 'users.csv'), 'utf8');
    fs.writeFileSync(users, `${good}zhoujie,周杰,男,632299-001,工作人员,科员,是,,,,\nliuyang2,刘洋,男,632200-001,科员,科员,是,,,,\n`);
    const run = () =>
      runKunlun(['install', '--answers', EXAMPLE, '--users', users, '--data-dir', path.join(work, 'data')], {
        env: { ...PASSWORDS, DATABASE_URL: databaseUrl(name), REDIS_URL: inject('redisUrl') },
      });

    const failed = await run();

    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/\[ 6\/10\] 人员 People\n\s+✗ 失败 failed/);
    expect(failed.stderr).toContain('users.csv 第 29 行 row 29 [机构编码]: 机构编码 632299-001 不存在（632299-001）');
    expect(failed.stderr).toContain('users.csv 第 30 行 row 30 [岗位]: 岗位应为');
    expect(failed.stderr).toContain('重新运行同一命令即可继续');
    const db = knexPkg.knex({ client: 'pg', connection: databaseUrl(name), pool: { min: 0, max: 1 } });
    try {
      expect(await db('core_org_units').count('* as n').first()).toEqual({ n: 261 });
      expect(await db('core_users').count('* as n').first()).toEqual({ n: 0 });
      fs.writeFileSync(users, good);

      const finished = await run();

      expect(finished.code, finished.stdout + finished.stderr).toBe(0);
      expect(finished.stdout).toContain('已有本安装的数据，补齐缺少的部分');
      expect(await db('core_users').where({ account_kind: 'regular' }).count('* as n').first()).toEqual({ n: 25 });
      expect(await db('core_users').whereNot({ account_kind: 'regular' }).count('* as n').first()).toEqual({ n: 3 });
    } finally {
      await db.destroy();
    }
  });
});

describe.runIf(testDatabaseKind() === 'postgres')('kunlun install for a department on its own', { timeout: 240_000 }, () => {
  const name = `kunlun_install_${randomBytes(5).toString('hex')}`;
  const work = scratchPath('kunlun-install-dept');
  beforeAll(() => {
    fs.mkdirSync(work, { recursive: true });
  });
  afterAll(async () => {
    await dropDatabase(name);
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('given 海北州教育局 with its region named as parent, the region, the bureau and its sections are installed, and a stray top unit is refused', async () => {
    fs.writeFileSync(
      path.join(work, 'answers.yaml'),
      [
        'installation:',
        '  code: "632200-003"',
        '  name: 海北藏族自治州教育局',
        '  shortName: 海北州教育局',
        '  docPrefix: 北教',
        '  parent: { code: "632200", name: 海北藏族自治州人民政府, shortName: 海北州政府, docPrefix: 北政 }',
        'database: { url: "${DATABASE_URL}" }',
        'redis: { url: "${REDIS_URL}", prefix: edu }',
        `dataDir: ${path.join(work, 'data')}`,
        'organization: { units: units.csv, users: users.csv, initialPassword: "${KUNLUN_INITIAL_PASSWORD}" }',
        'administrators:',
        '  system: { username: edu_admin, password: "${KUNLUN_SYSTEM_ADMIN_PASSWORD}" }',
        '  security: { username: edu_secadmin, password: "${KUNLUN_SECURITY_ADMIN_PASSWORD}" }',
        '  audit: { username: edu_auditor, password: "${KUNLUN_AUDIT_ADMIN_PASSWORD}" }',
        'modules: [general]',
      ].join('\n'),
    );
    const units = (extra: string) =>
      `机构编码,机构名称,简称,上级编码\n632200-003-01,海北藏族自治州教育局办公室,局办公室,632200-003\n632200-003-02,海北藏族自治州教育局基础教育科,基础教育科,632200-003\n${extra}`;
    fs.writeFileSync(
      path.join(work, 'users.csv'),
      '用户名,姓名,机构编码,岗位,职务\nchenhaiyan,陈海燕,632200-003,部门负责人,局长\nzhaoli,赵丽,632200-003-02,工作人员,科员\n',
    );
    fs.writeFileSync(path.join(work, 'units.csv'), units('632200-010,海北藏族自治州财政局,州财政局,\n'));
    const run = () =>
      runKunlun(['install', '--answers', path.join(work, 'answers.yaml')], {
        env: { ...PASSWORDS, DATABASE_URL: databaseUrl(name), REDIS_URL: inject('redisUrl') },
      });

    const refused = await run();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('units.csv 第 4 行 row 4 [上级编码]: 本安装只有一个最上级机构 632200');
    fs.writeFileSync(path.join(work, 'units.csv'), units(''));
    const result = await run();

    expect(result.code, result.stdout + result.stderr).toBe(0);
    const db = knexPkg.knex({ client: 'pg', connection: databaseUrl(name), pool: { min: 0, max: 1 } });
    try {
      const tree = await db('core_org_units as u')
        .leftJoin('core_org_units as p', 'p.id', 'u.parent_id')
        .orderBy('u.code')
        .select('u.code', 'u.kind', 'p.code as parent', 'u.doc_prefix');
      expect(tree).toEqual([
        { code: '632200', kind: 'region', parent: null, doc_prefix: '北政' },
        { code: '632200-003', kind: 'department', parent: '632200', doc_prefix: '北教' },
        { code: '632200-003-01', kind: 'department', parent: '632200-003', doc_prefix: null },
        { code: '632200-003-02', kind: 'department', parent: '632200-003', doc_prefix: null },
      ]);
      expect(await db('core_users').orderBy('username').pluck('username')).toEqual(['chenhaiyan', 'edu_admin', 'edu_auditor', 'edu_secadmin', 'zhaoli']);
    } finally {
      await db.destroy();
    }
  });
});

describe.runIf(testDatabaseKind() === 'pglite')('kunlun install on the embedded database, answering its questions', { timeout: 240_000 }, () => {
  const work = scratchPath('kunlun-install-embedded');
  beforeAll(() => {
    fs.mkdirSync(work, { recursive: true });
  });
  const dataDir = path.join(work, 'data');
  let server: KunlunProcess | undefined;
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('given the answers typed in, a weak password asked again, it installs 632200 into PGlite and serve runs on it', async () => {
    const templates = path.join(repo, 'deploy', 'templates', 'haibei');
    const lines = [
      '', // PostgreSQL URL: empty → embedded
      inject('redisUrl'),
      dataDir,
      '632200',
      '海北藏族自治州人民政府',
      '海北州政府',
      '北政',
      path.join(templates, 'units.csv'),
      path.join(templates, 'users.csv'),
      'Haibei@2026', // initial password
      'Haibei@2026',
      '', // system administrator username: admin
      'admin2026', // weak: asked again
      'Xitong#2026a',
      'Xitong#2026a',
      'anquan', // security administrator username
      'Baomi#2026b',
      'Baomi#2026b',
      '', // auditor
      'Shenji#2026c',
      'Shenji#2026c',
      'general', // modules
      'n', // HTTPS
      '', // settings file: <data dir>/kunlun.env
      'y', // start
    ];

    const result = await runKunlun(['install', '--redis-prefix', `emb${randomBytes(3).toString('hex')}`], { env: {}, input: `${lines.join('\n')}\n` });

    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('✗ 须包含大写字母、小写字母、数字、符号中的至少三类');
    expect(result.stdout).toContain(`内置数据库 embedded PGlite：${path.join(dataDir, 'pglite')}`);
    expect(result.stdout).toContain('共 261 个机构');
    const settings = readEnvFile(path.join(dataDir, 'kunlun.env'));
    expect(settings.DATABASE_URL).toBeUndefined();
    expect(settings).toMatchObject({ KUNLUN_DATA_DIR: dataDir, KUNLUN_COOKIE_SECURE: '0', REDIS_URL: inject('redisUrl') });

    server = await startKunlun('serve', { env: { LOG_LEVEL: 'warn' }, nodeArgs: [`--env-file=${path.join(dataDir, 'kunlun.env')}`] });
    expect(await (await fetch(`${server.url}/healthz`)).json()).toMatchObject({ status: 'ok', database: { kind: 'pglite' } });
    await clerkStartsAnApproval(server.url, 'Haibei@2026', { document: false });
    const security = await signIn(server.url, 'anquan', 'Baomi#2026b');
    expect((await security.get('/api/me')).body.user.accountKind).toBe('security_admin');
  });
});
