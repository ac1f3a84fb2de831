import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedOrg, type ApiClient, type OrgFixture, type TestApp } from '@kunlun/test-kit';

/** 三员分立: the system, security and audit administrators each do their own job and no other. */
describe('the three administrators (三员)', () => {
  let app: TestApp;
  let org: OrgFixture;
  let admin: ApiClient;
  let secadmin: ApiClient;
  let auditor: ApiClient;

  beforeAll(async () => {
    app = await createTestApp();
    org = await seedOrg(app.runtime);
    [admin, secadmin, auditor] = await Promise.all([app.signedIn('admin'), app.signedIn('secadmin'), app.signedIn('auditor')]);
  });
  afterAll(() => app.close());

  const newUnit = () => ({
    parentId: org.units['632221'],
    code: `632221-0${Math.floor(Math.random() * 90 + 10)}`,
    kind: 'department',
    level: 'county',
    name: '门源回族自治县统计局',
    shortName: '门源县统计局',
    docPrefix: '门源统',
  });

  it('the system administrator manages units and accounts, but neither roles nor the audit trail', async () => {
    expect((await admin.post('/api/org/units', newUnit())).status).toBe(201);
    const user = await admin.post('/api/org/users', {
      username: 'my_stat',
      displayName: '统计员',
      password: 'Menyuan#2026',
      posts: [{ unitId: org.units['632221-001'], postType: 'staff', title: '科员' }],
    });
    expect(user.status).toBe(201);
    expect((await admin.get('/api/security/roles')).status).toBe(403);
    expect((await admin.put(`/api/security/users/${user.body.id}/roles`, { grants: [] })).status).toBe(403);
    expect((await admin.get('/api/audit/entries')).status).toBe(403);
  });

  it('the security administrator manages roles, grants and sessions, but cannot create units or accounts', async () => {
    expect((await secadmin.get('/api/security/roles')).status).toBe(200);
    expect((await secadmin.get('/api/security/sessions?active=true')).status).toBe(200);
    expect((await secadmin.post('/api/org/units', newUnit())).status).toBe(403);
    expect((await secadmin.post('/api/org/users', { username: 'x1', displayName: 'x', password: 'Menyuan#2026' })).status).toBe(403);
  });

  it('the audit administrator reads what the other administrators did, and changes nothing', async () => {
    const entries = await auditor.get('/api/audit/entries?pageSize=200');
    expect(entries.status).toBe(200);
    const kinds = new Set(entries.body.items.map((e: { actorKind: string }) => e.actorKind));
    expect([...kinds].every((k) => k === 'system_admin' || k === 'security_admin')).toBe(true);
    expect(entries.body.items.some((e: { action: string }) => e.action === 'org.unit.create')).toBe(true);
    expect((await auditor.post('/api/org/units', newUnit())).status).toBe(403);
    expect((await auditor.get('/api/security/roles')).status).toBe(403);
  });

  it('the security administrator reviews ordinary users, not the system administrator', async () => {
    await app.client().login('hb_clerk', 'wrong-password');
    const entries = await secadmin.get('/api/audit/entries?pageSize=200');
    expect(entries.status).toBe(200);
    const items: { actorKind: string; action: string }[] = entries.body.items;
    expect(items.some((e) => e.actorKind === 'regular' && e.action === 'auth.login')).toBe(true);
    expect(items.some((e) => e.actorKind === 'system_admin' || e.actorKind === 'security_admin')).toBe(false);
  });

  it('no ordinary user can be given an administrator role, through the API or straight in the database', async () => {
    const roles: { id: string; code: string }[] = (await secadmin.get('/api/security/roles')).body;
    const systemRole = roles.find((r) => r.code === 'system_admin')!;
    const res = await secadmin.put(`/api/security/users/${org.users.hb_clerk}/roles`, { grants: [{ roleId: systemRole.id }] });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('security.admin_role_to_regular');
    await expect(app.runtime.db('core_user_roles').insert({ user_id: org.users.hb_clerk, role_id: systemRole.id })).rejects.toThrow(/cannot hold/);
    const held = await app.runtime.db('core_user_roles').where({ user_id: org.users.hb_clerk }).pluck('role_id');
    expect(held).not.toContain(systemRole.id);
  });

  it('administrator permissions cannot go into a business role, and the three roles themselves are fixed', async () => {
    const res = await secadmin.post('/api/security/roles', { code: 'sneaky', name: '越权角色', dataScope: 'all', permissions: ['org.unit.manage'] });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('security.admin_permission');
    const roles: { id: string; code: string }[] = (await secadmin.get('/api/security/roles')).body;
    const auditRole = roles.find((r) => r.code === 'audit_admin')!;
    expect((await secadmin.patch(`/api/security/roles/${auditRole.id}`, { permissions: [] })).status).toBe(422);
  });

  it('one administrator cannot take on another duty: administrator accounts keep their single role', async () => {
    const roles: { id: string; code: string }[] = (await secadmin.get('/api/security/roles')).body;
    const staff = roles.find((r) => r.code === 'staff')!;
    const res = await secadmin.put(`/api/security/users/${org.users.admin}/roles`, { grants: [{ roleId: staff.id }] });
    expect(res.status).toBe(422);
    const auditRole = roles.find((r) => r.code === 'audit_admin')!;
    await expect(app.runtime.db('core_user_roles').insert({ user_id: org.users.admin, role_id: auditRole.id })).rejects.toThrow(/cannot hold/);
  });

  it('administrators are not people of the organization: they do not appear in the directory', async () => {
    const clerk = await app.signedIn('hb_clerk');
    const res = await clerk.get('/api/org/users?keyword=admin');
    expect(res.body.items.map((u: { username: string }) => u.username)).not.toContain('admin');
  });

  it('the security administrator unlocks a locked account and the unlock is audited', async () => {
    for (let i = 0; i < 5; i++) await app.client().login('ql_clerk', `bad-${i}`);
    const locked = await secadmin.get('/api/security/lockouts');
    expect(locked.body.map((l: { username: string }) => l.username)).toContain('ql_clerk');
    expect((await secadmin.post(`/api/security/users/${org.users.ql_clerk}/unlock`)).status).toBe(200);
    expect((await app.client().login('ql_clerk', 'Kunlun@2026')).status).toBe(200);
    const entries = await auditor.get('/api/audit/entries?action=security.account.unlock');
    expect(entries.body.items).toHaveLength(1);
  });

  it('the security administrator ends another person’s session', async () => {
    const victim = await app.signedIn('hb_leader');
    const sessions = await secadmin.get(`/api/security/sessions?userId=${org.users.hb_leader}&active=true`);
    expect(sessions.body.items.length).toBeGreaterThan(0);
    for (const s of sessions.body.items) expect((await secadmin.delete(`/api/security/sessions/${s.id}`)).status).toBe(204);
    expect((await victim.get('/api/me')).status).toBe(401);
  });
});
