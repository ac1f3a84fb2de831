import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedOrg, type ApiClient, type OrgFixture, type TestApp } from '@kunlun/test-kit';

describe('organization administration: units, people and posts', () => {
  let app: TestApp;
  let org: OrgFixture;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await createTestApp();
    org = await seedOrg(app.runtime);
    admin = await app.signedIn('admin');
  });
  afterAll(() => app.close());

  describe('units', () => {
    it('lists the children of a unit with paging, a total and child counts', async () => {
      const res = await admin.get(`/api/org/units?parentId=${org.units['632200']}&pageSize=2`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ total: 4, page: 1, pageSize: 2 });
      expect(res.body.items.map((u: { code: string }) => u.code)).toEqual(['632200-001', '632200-003']);
      expect(res.body.items[0].childCount).toBe(1);
      const page2 = await admin.get(`/api/org/units?parentId=${org.units['632200']}&pageSize=2&page=2`);
      expect(page2.body.items.map((u: { code: string }) => u.code)).toEqual(['632221', '632222']);
    });

    it('finds units by a Chinese keyword and shows one unit with its ancestors', async () => {
      const found = await admin.get(`/api/org/units?keyword=${encodeURIComponent('门源')}`);
      expect(found.body.items.map((u: { code: string }) => u.code)).toEqual(['632221', '632221-001']);
      const detail = await admin.get(`/api/org/units/${org.units['632221-001']}`);
      expect(detail.body.ancestors.map((a: { code: string }) => a.code)).toEqual(['630000', '632200', '632221']);
    });

    it('creates a department whose code extends its parent’s, and refuses one that breaks the rules', async () => {
      const education = {
        parentId: org.units['632222'],
        code: '632222-002',
        kind: 'department',
        level: 'county',
        name: '祁连县教育局',
        shortName: '祁连县教育局',
        docPrefix: '祁连教',
      };
      const good = await admin.post('/api/org/units', education);
      expect(good.status).toBe(201);
      expect(good.body).toMatchObject({ code: '632222-002', depth: 3, docPrefix: '祁连教' });
      const badCode = await admin.post('/api/org/units', {
        parentId: org.units['632222'],
        code: '632221-009',
        kind: 'department',
        level: 'county',
        name: '错误编码局',
        shortName: '错误编码局',
      });
      expect(badCode.status).toBe(422);
      expect(badCode.body.error.message).toContain('部门编码应为上级编码加后缀');
      const badLevel = await admin.post('/api/org/units', {
        parentId: org.units['632200'],
        code: '632223',
        kind: 'region',
        level: 'township',
        name: '海晏县人民政府',
        shortName: '海晏县政府',
      });
      expect(badLevel.status).toBe(422);
      const duplicate = await admin.post('/api/org/units', education);
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.error.code).toBe('org.unit_code_taken');
    });

    it('moves a department with its sections: paths and depths follow', async () => {
      const sectionId = org.units['632200-001-01']!;
      const moved = await admin.patch(`/api/org/units/${org.units['632200-001']}`, { parentId: org.units['632221'], code: '632221-077' });
      expect(moved.status).toBe(422); // a unit with sub-units keeps its code
      const section = await admin.patch(`/api/org/units/${sectionId}`, { parentId: org.units['632200-003'], code: '632200-003-01' });
      expect(section.status).toBe(200);
      const detail = await admin.get(`/api/org/units/${sectionId}`);
      expect(detail.body.ancestors.map((a: { code: string }) => a.code)).toEqual(['630000', '632200', '632200-003']);
      const cycle = await admin.patch(`/api/org/units/${org.units['632200']}`, { parentId: org.units['632221'] });
      expect(cycle.status).toBe(422);
    });

    it('deletes an empty unit, but not one with people or sub-units', async () => {
      const occupied = await admin.delete(`/api/org/units/${org.units['632221-001']}`);
      expect(occupied.status).toBe(409);
      expect(occupied.body.error.code).toBe('org.unit_not_empty');
      const parent = await admin.delete(`/api/org/units/${org.units['632200']}`);
      expect(parent.status).toBe(409);
      const created = await admin.post('/api/org/units', {
        parentId: org.units['632222'],
        code: '632222-003',
        kind: 'department',
        level: 'county',
        name: '祁连县临时工作组',
        shortName: '临时工作组',
      });
      expect((await admin.delete(`/api/org/units/${created.body.id}`)).status).toBe(204);
      expect((await admin.get(`/api/org/units/${created.body.id}`)).status).toBe(404);
    });
  });

  describe('people and posts', () => {
    it('creates an account with posts in two units; the password must be strong and the username free', async () => {
      const weak = await admin.post('/api/org/users', { username: 'hb_new', displayName: '新同志', password: '12345678' });
      expect(weak.status).toBe(422);
      const res = await admin.post('/api/org/users', {
        username: 'hb_new',
        displayName: '新同志',
        password: 'Haibei#2026',
        gender: 'female',
        mobile: '13909701234',
        posts: [
          { unitId: org.units['632200-001'], postType: 'secretary', title: '秘书', isPrimary: true },
          { unitId: org.units['632200-003'], postType: 'staff', title: '借调' },
        ],
      });
      expect(res.status).toBe(201);
      expect(res.body.posts.map((p: { unit: { code: string }; postTypeName: string }) => `${p.unit.code}:${p.postTypeName}`)).toEqual([
        '632200-001:秘书',
        '632200-003:工作人员',
      ]);
      const taken = await admin.post('/api/org/users', { username: 'hb_new', displayName: '重名', password: 'Haibei#2026' });
      expect(taken.status).toBe(409);
      const signIn = await app.client().login('hb_new', 'Haibei#2026');
      expect(signIn.body.user.mustChangePassword).toBe(true);
      expect(signIn.body.roles.map((r: { code: string }) => r.code)).toEqual(['staff']);
    });

    it('a 分管领导 post lists the units in charge; other posts cannot have any', async () => {
      const user = await admin.get(`/api/org/users/${org.users.hb_leader}`);
      const post = user.body.posts[0];
      expect(post.chargeUnits.map((u: { code: string }) => u.code)).toEqual(['632200-001', '632200-003']);
      const refused = await admin.post(`/api/org/users/${org.users.hb_clerk}/posts`, {
        unitId: org.units['632200-003'],
        postType: 'staff',
        chargeUnitIds: [org.units['632200-001']],
      });
      expect(refused.status).toBe(422);
      const changed = await admin.patch(`/api/org/posts/${post.id}`, { chargeUnitIds: [org.units['632200-003']] });
      expect(changed.body.chargeUnits.map((u: { code: string }) => u.code)).toEqual(['632200-003']);
    });

    it('disabling an account ends its sessions and stops sign-in', async () => {
      const clerk = await app.signedIn('ql_clerk');
      expect((await admin.patch(`/api/org/users/${org.users.ql_clerk}`, { status: 'disabled' })).status).toBe(200);
      expect((await clerk.get('/api/me')).status).toBe(401);
      const again = await app.client().login('ql_clerk', 'Kunlun@2026');
      expect(again.body.error.code).toBe('account_disabled');
      await admin.patch(`/api/org/users/${org.users.ql_clerk}`, { status: 'active' });
    });

    it('an account that has been used cannot be deleted; an unused one can', async () => {
      await app.signedIn('hb_clerk');
      const used = await admin.delete(`/api/org/users/${org.users.hb_clerk}`);
      expect(used.status).toBe(409);
      const fresh = await admin.post('/api/org/users', {
        username: 'temp_user',
        displayName: '临时',
        password: 'Haibei#2026',
        posts: [{ unitId: org.units['632222-001'], postType: 'staff' }],
      });
      expect((await admin.delete(`/api/org/users/${fresh.body.id}`)).status).toBe(204);
      expect((await admin.get(`/api/org/users/${fresh.body.id}`)).status).toBe(404);
    });

    it('a password reset forces a change at the next sign-in and ends the old sessions', async () => {
      const before = await app.signedIn('my_head');
      expect((await admin.post(`/api/org/users/${org.users.my_head}/password`, { password: 'Reset#20261' })).status).toBe(200);
      expect((await before.get('/api/me')).status).toBe(401);
      const after = await app.client().login('my_head', 'Reset#20261');
      expect(after.body.user.mustChangePassword).toBe(true);
    });

    it('removing a post takes it away from the person', async () => {
      const user = await admin.get(`/api/org/users/${org.users.hb_head}`);
      const secretaryGeneral = user.body.posts.find((p: { title: string }) => p.title === '副秘书长');
      expect((await admin.delete(`/api/org/posts/${secretaryGeneral.id}`)).status).toBe(204);
      const after = await admin.get(`/api/org/users/${org.users.hb_head}`);
      expect(after.body.posts.map((p: { title: string }) => p.title)).not.toContain('副秘书长');
    });

    it('finds people by unit (with sub-units), post type and keyword', async () => {
      const inHaibei = await admin.get(`/api/org/users?unitId=${org.units['632200']}&includeSubunits=true&pageSize=100`);
      expect(inHaibei.body.total).toBeGreaterThanOrEqual(6);
      const leaders = await admin.get('/api/org/users?postType=leader_in_charge');
      expect(leaders.body.items.map((u: { username: string }) => u.username)).toEqual(['hb_leader']);
      const byName = await admin.get(`/api/org/users?keyword=${encodeURIComponent('卓玛')}`);
      expect(byName.body.items.map((u: { username: string }) => u.username)).toEqual(['ql_clerk']);
    });
  });
});
