import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedOrg, type OrgFixture, type TestApp } from '@kunlun/test-kit';

describe('permissions and data scope', () => {
  let app: TestApp;
  let org: OrgFixture;

  beforeAll(async () => {
    app = await createTestApp();
    org = await seedOrg(app.runtime);
  });
  afterAll(() => app.close());

  it('an ordinary user may read the directory but not change the organization; the denial is audited', async () => {
    const clerk = await app.signedIn('hb_clerk');
    expect((await clerk.get('/api/org/units?roots=true')).status).toBe(200);
    const res = await clerk.post('/api/org/units', {
      parentId: org.units['632200'],
      code: '632200-050',
      kind: 'department',
      level: 'prefecture',
      name: '海北州测试局',
      shortName: '测试局',
    });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'permission_denied', message: '没有执行此操作的权限' });
    expect(await app.runtime.db('core_org_units').where({ code: '632200-050' }).first()).toBeUndefined();
    const denial = await app.runtime.db('core_audit_log').where({ action: 'access.denied', actor_id: org.users.hb_clerk }).first();
    expect(denial.details).toMatchObject({ permission: 'org.unit.manage', method: 'POST' });
  });

  it("a user of one county sees names and office phones of another county's people, never their private details", async () => {
    const menyuan = await app.signedIn('my_clerk');
    const other = await menyuan.get(`/api/org/users/${org.users.ql_clerk}`);
    expect(other.status).toBe(200);
    expect(other.body).toMatchObject({ displayName: '卓玛', privateVisible: false, mobile: null, email: null });
    const listed = await menyuan.get(`/api/org/users?unitId=${org.units['632222-001']}`);
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0]).toMatchObject({ username: 'ql_clerk', mobile: null, email: null });
  });

  it('the same user sees the private details of colleagues in the unit they act for', async () => {
    const menyuan = await app.signedIn('my_clerk');
    const colleague = await menyuan.get(`/api/org/users/${org.users.my_head}`);
    expect(colleague.body).toMatchObject({ privateVisible: true, email: 'my_head@haibei.gov.cn' });
    expect(colleague.body.mobile).toMatch(/^1390970/);
  });

  it('a role with a subtree scope anchored at the county reaches every unit of that county and nothing beyond', async () => {
    const sec = await app.signedIn('secadmin');
    const role = await sec.post('/api/security/roles', {
      code: 'county_directory',
      name: '县级通讯录管理',
      dataScope: 'unit_subtree',
      permissions: ['org.user.readPrivate', 'org.directory.read'],
    });
    expect(role.status).toBe(201);
    const staffRole = (await sec.get('/api/security/roles')).body.find((r: { code: string }) => r.code === 'staff');
    const granted = await sec.put(`/api/security/users/${org.users.my_head}/roles`, {
      grants: [{ roleId: staffRole.id }, { roleId: role.body.id, anchorUnitId: org.units['632221'] }],
    });
    expect(granted.status).toBe(200);
    const head = await app.signedIn('my_head');
    expect((await head.get(`/api/org/users/${org.users.my_clerk}`)).body.privateVisible).toBe(true);
    expect((await head.get(`/api/org/users/${org.users.ql_clerk}`)).body.privateVisible).toBe(false);
    expect((await head.get(`/api/org/users/${org.users.hb_clerk}`)).body.privateVisible).toBe(false);
  });

  it('a request without a session is refused with 401 and the error format', async () => {
    const res = await app.client().get('/api/org/users');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'unauthenticated', message: '请先登录', details: {} } });
  });
});
