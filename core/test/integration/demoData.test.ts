import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@kunlun/test-kit';
import { loadDemo } from '../../src/demo/loadDemo.ts';

describe('the Qinghai demo data', () => {
  let app: TestApp;
  let firstLoad: Awaited<ReturnType<typeof loadDemo>>;

  beforeAll(async () => {
    app = await createTestApp();
    firstLoad = await loadDemo(app.runtime.db, 'Kunlun@2026');
  });
  afterAll(() => app.close());

  it('holds at least 2,770 units: the real province, 8 prefectures, 44 counties and their townships, with departments', async () => {
    expect(firstLoad.units.created).toBeGreaterThanOrEqual(2770);
    const levels = await app.runtime.db('core_org_units').where({ kind: 'region' }).groupBy('level').select('level').count('* as n');
    const byLevel = Object.fromEntries(levels.map((l) => [l.level, Number(l.n)]));
    expect(byLevel).toMatchObject({ province: 1, prefecture: 8, county: 44 });
    expect(byLevel.township).toBeGreaterThan(300);
    const haibei = await app.runtime.db('core_org_units').where({ code: '632200' }).first();
    expect(haibei).toMatchObject({ name: '海北藏族自治州人民政府', short_name: '海北州政府', doc_prefix: '北政' });
  });

  it('has the named accounts of the README in 海北藏族自治州人民政府办公室, and hb_leader is in charge of that office', async () => {
    const admin = await app.signedIn('admin');
    const office = await app.runtime.db('core_org_units').where({ code: '632200-001' }).first();
    expect(office).toMatchObject({ name: '海北藏族自治州人民政府办公室', doc_prefix: '北政办' });
    const people = (await admin.get(`/api/org/users?unitId=${office.id}&pageSize=50`)).body.items as {
      username: string;
      posts: { unit: { code: string }; postType: string; title: string; chargeUnits: { code: string }[] }[];
    }[];
    const posts = (username: string) =>
      people
        .find((p) => p.username === username)
        ?.posts.filter((p) => p.unit.code === '632200-001')
        .map((p) => p.postType);
    expect(posts('hb_clerk')).toEqual(['staff']);
    expect(posts('hb_head')).toEqual(expect.arrayContaining(['office_director', 'dept_head']));
    expect(posts('hb_registrar')).toEqual(['registrar']);
    const leader = (await admin.get('/api/org/users?keyword=hb_leader')).body.items[0];
    expect(leader.posts[0]).toMatchObject({ postType: 'leader_in_charge', title: '副州长', unit: { code: '632200' } });
    expect(leader.posts[0].chargeUnits.map((u: { code: string }) => u.code)).toContain('632200-001');
  });

  it('every demo account signs in with the demo password; the three administrators hold their duties', async () => {
    for (const username of ['hb_clerk', 'hb_head', 'hb_leader', 'qh_clerk', 'my_registrar']) {
      const res = await app.client().login(username, 'Kunlun@2026');
      expect(res.status, username).toBe(200);
      expect(res.body.user.mustChangePassword).toBe(false);
    }
    const kinds = await app.runtime.db('core_users').whereIn('username', ['admin', 'secadmin', 'auditor']).orderBy('username').pluck('account_kind');
    expect(kinds).toEqual(['system_admin', 'audit_admin', 'security_admin']);
  });

  it('every department that receives documents, and every township office, has a 收发员 (registrar)', async () => {
    const departments: { id: string; code: string }[] = await app.runtime.db('core_org_units').where({ kind: 'department' }).select('id', 'code');
    const withRegistrar = new Set(await app.runtime.db('core_posts').where({ post_type: 'registrar' }).pluck('unit_id'));
    const isSection = (code: string) => code.split('-').length > 2;
    const isTownshipSideOffice = (code: string) => /^\d{9}-/.test(code) && !code.endsWith('-001');
    const receiving = departments.filter((d) => !isSection(d.code) && !isTownshipSideOffice(d.code));
    expect(receiving.length).toBeGreaterThan(1700);
    expect(receiving.filter((d) => !withRegistrar.has(d.id)).map((d) => d.code)).toEqual([]);
  });

  it('loading again adds nothing', async () => {
    const again = await loadDemo(app.runtime.db, 'Kunlun@2026');
    expect(again.units.created).toBe(0);
    expect(again.users.created).toBe(0);
    expect(again.users.postsAdded).toBe(0);
    expect(again.admins).toEqual([]);
  });
});
