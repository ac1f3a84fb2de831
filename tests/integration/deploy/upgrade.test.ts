import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabaseKind, type TestApp } from '@kunlun/test-kit';
import { contentHash } from '../../../workflows/src/contentHash.ts';
import { upgradeReport } from '../../../core/src/install/upgradeReport.ts';
import { repo, runKunlun, scratchPath } from './kunlunProcesses.ts';

/**
 * `kunlun upgrade`: migrations, then which base processes a new release changed — untouched here
 * (adopt) or forked here (merges cleanly, or with conflicts) — and never a publication.
 */
const shipped = path.join(repo, 'workflows', 'base');

describe('the upstream report of kunlun upgrade', { timeout: 240_000 }, () => {
  let app: TestApp;
  const release = scratchPath('kunlun-release');
  beforeAll(() => {
    fs.mkdirSync(release, { recursive: true });
  });
  const definitions = () => app.runtime.db('engine_definitions').orderBy(['key', 'version']).select('key', 'version', 'state', 'lineage', 'content_hash');

  beforeAll(async () => {
    app = await createTestApp({ modules: ['general'], http: false });
    fs.mkdirSync(path.join(release, 'general'));
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(release, { recursive: true, force: true });
  });

  it('given the installation runs the shipped base, nothing is reported as changed', async () => {
    const report = await upgradeReport(app.runtime.db, shipped, ['general.approval']);
    expect(report).toEqual([expect.objectContaining({ key: 'general.approval', status: 'base', version: 1, lineage: 'base', actionNeeded: false })]);
  });

  it('given a release that changes 签报, an untouched installation is told it can adopt it, and nothing is published', async () => {
    const xml = fs.readFileSync(path.join(shipped, 'general', 'general.approval.bpmn'), 'utf8').replace('kunlun:dueIn="P2D"', 'kunlun:dueIn="P1D"');
    fs.writeFileSync(path.join(release, 'general', 'general.approval.bpmn'), xml);
    const before = await definitions();

    const [change] = await upgradeReport(app.runtime.db, release, ['general.approval']);

    expect(change).toMatchObject({ key: 'general.approval', status: 'upstream-changed', version: 1, shippedHash: await contentHash(xml), actionNeeded: true });
    expect(await definitions()).toEqual(before);
  });

  it('given the installation forked 签报 from the old base, the changed release merges cleanly with a fork that touched something else', async () => {
    const old = fs.readFileSync(path.join(shipped, 'general', 'general.approval.bpmn'), 'utf8');
    await app.runtime.engine.deps.definitions.deploy(old.replace('name="部门负责人审核"', 'name="处室负责人审核"'), {
      state: 'published',
      lineage: 'fork',
      baseHash: await contentHash(old),
    });

    const [change] = await upgradeReport(app.runtime.db, release, ['general.approval']);

    expect(change).toMatchObject({ status: 'merge-clean', version: 2, lineage: 'fork', conflicts: 0, actionNeeded: true });
  });

  it('given a fork that changed the same due period differently, the report counts the conflict and publishes nothing', async () => {
    const old = fs.readFileSync(path.join(shipped, 'general', 'general.approval.bpmn'), 'utf8');
    await app.runtime.engine.deps.definitions.deploy(old.replace('kunlun:dueIn="P2D"', 'kunlun:dueIn="P3D"'), {
      state: 'published',
      lineage: 'fork',
      baseHash: await contentHash(old),
    });
    const before = await definitions();

    const [change] = await upgradeReport(app.runtime.db, release, ['general.approval']);

    expect(change).toMatchObject({ status: 'conflicts', version: 3, conflicts: 1, actionNeeded: true });
    expect(await definitions()).toEqual(before);
  });
});

describe.runIf(testDatabaseKind() === 'postgres')('kunlun upgrade as administrators run it', { timeout: 240_000 }, () => {
  let app: TestApp;
  const work = scratchPath('kunlun-upgrade');
  beforeAll(() => {
    fs.mkdirSync(work, { recursive: true });
  });
  beforeAll(async () => {
    app = await createTestApp({ modules: ['general'], http: false });
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('applies nothing twice, reports each shipped process, and publishes nothing', async () => {
    const env = { DATABASE_URL: app.databaseUrl!, KUNLUN_MODULES: 'general', KUNLUN_DATA_DIR: work };
    const before = await app.runtime.db('engine_definitions').count('* as n').first();

    const result = await runKunlun(['upgrade'], { env });

    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('[1/2] 数据库迁移 Migrations: 已是最新 / up to date');
    expect(result.stdout).toMatch(/general\.approval\s+v1 base\s+与所用基础版本相同/);
    expect(result.stdout).toContain('未自动发布任何流程 / nothing was published');
    expect(await app.runtime.db('engine_definitions').count('* as n').first()).toEqual(before);
    const json = JSON.parse((await runKunlun(['upgrade', '--check', '--json'], { env })).stdout);
    expect(json).toMatchObject({
      migrations: { pending: [] },
      published: [],
      definitions: [expect.objectContaining({ key: 'general.approval', status: 'base' })],
    });
  });
});
