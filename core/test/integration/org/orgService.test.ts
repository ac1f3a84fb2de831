import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedOrg, testDatabaseKind, type OrgFixture, type TestApp } from '@kunlun/test-kit';
import { SYSTEM_ACTOR } from '@kunlun/core/testing';
import type { OrgService } from '@kunlun/core';

/**
 * ctx.org, the read-only organization service modules get: units, the tree, people and posts,
 * the leader in charge, paging — and answers that follow every change of the organization.
 */
describe('the organization service (ctx.org)', () => {
  let app: TestApp;
  let org: OrgFixture;
  let service: OrgService;
  const source = { actor: SYSTEM_ACTOR };
  const everywhere = { all: true } as const;
  const codes = (units: readonly { code: string }[]) => units.map((u) => u.code);
  const names = (people: readonly { displayName: string }[]) => people.map((p) => p.displayName);

  beforeAll(async () => {
    app = await createTestApp({ http: false });
    org = await seedOrg(app.runtime);
    service = app.runtime.org;
  });
  afterAll(() => app.close());

  describe('units', () => {
    it('finds a unit by id and by code, with camelCase fields, and none for an unknown one', async () => {
      const office = await service.unit(org.units['632200-001']!);
      expect(office).toMatchObject({
        code: '632200-001',
        name: '海北藏族自治州人民政府办公室',
        shortName: '海北州政府办公室',
        kind: 'department',
        level: 'prefecture',
        docPrefix: '北政办',
        parentId: org.units['632200'],
        status: 'active',
        depth: 2,
      });
      expect(office!.path).toBe(`/${org.units['630000']}/${org.units['632200']}/${org.units['632200-001']}/`);
      expect((await service.unitByCode('632221'))?.name).toBe('门源回族自治县人民政府');
      expect(await service.unit('00000000-0000-4000-8000-000000000000')).toBeNull();
      expect(await service.unitByCode('999999')).toBeNull();
    });

    it('looks up many units at once, leaving out ids that name none (a malformed one too)', async () => {
      const found = await service.units([
        org.units['632221']!,
        org.units['632222']!,
        org.units['632221']!,
        'not-a-uuid',
        '00000000-0000-4000-8000-000000000000',
      ]);
      expect([...found.keys()].sort()).toEqual([org.units['632221'], org.units['632222']].sort());
      expect(found.get(org.units['632222']!)?.shortName).toBe('祁连县政府');
    });

    it('gives the units issuing under a 机关代字', async () => {
      expect(codes(await service.unitsWithDocPrefix('北政办'))).toEqual(['632200-001']);
      expect(await service.unitsWithDocPrefix('无此代字')).toEqual([]);
    });

    it('walks up from a unit, nearest first, with or without the unit itself', async () => {
      expect(codes(await service.ancestors(org.units['632200-001-01']!))).toEqual(['632200-001', '632200', '630000']);
      expect(codes(await service.ancestors(org.units['632221-001']!, { includeSelf: true }))).toEqual(['632221-001', '632221', '632200', '630000']);
      expect(await service.ancestors(org.units['630000']!)).toEqual([]);
    });

    it('pages the units below a unit by depth, with the total of all pages', async () => {
      const first = await service.descendants(org.units['632200']!, { pageSize: 3 });
      expect(first).toMatchObject({ total: 7, page: 1, pageSize: 3 });
      const all = [
        first,
        await service.descendants(org.units['632200']!, { page: 2, pageSize: 3 }),
        await service.descendants(org.units['632200']!, { page: 3, pageSize: 3 }),
      ].flatMap((p) => codes(p.items));
      expect(all.slice(0, 4).sort()).toEqual(['632200-001', '632200-003', '632221', '632222']);
      expect(all.slice(4).sort()).toEqual(['632200-001-01', '632221-001', '632222-001']);
      const regions = await service.descendants(org.units['632200']!, { kind: 'region' });
      expect(regions).toMatchObject({ total: 2, page: 1, pageSize: 50 });
      expect(codes(regions.items).sort()).toEqual(['632221', '632222']);
    });

    it('lists units of a kind and level anywhere, paged', async () => {
      const counties = await service.listUnits({ kind: 'region', level: 'county', pageSize: 1 });
      expect(counties).toMatchObject({ total: 2, page: 1, pageSize: 1 });
      const second = await service.listUnits({ kind: 'region', level: 'county', page: 2, pageSize: 1 });
      expect([...codes(counties.items), ...codes(second.items)].sort()).toEqual(['632221', '632222']);
      expect((await service.listUnits({ kind: 'department', level: 'province' })).items.map((u) => u.code)).toEqual(['630000-001']);
      await expect(service.listUnits({ pageSize: 0 })).rejects.toThrow(/page size/);
    });
  });

  describe('people and posts', () => {
    it('pages the people of a unit by name, optionally by post or with the units below', async () => {
      expect(names((await service.peopleInUnit(org.units['632200-001']!)).items).sort()).toEqual(['李明', '王建国'].sort());
      expect(names((await service.peopleInUnit(org.units['632200-001']!, { postType: 'office_director' })).items)).toEqual(['王建国']);
      const below = await service.peopleInUnit(org.units['632200']!, { includeSubunits: true, pageSize: 4 });
      expect(below).toMatchObject({ total: 7, page: 1, pageSize: 4 });
      const rest = await service.peopleInUnit(org.units['632200']!, { includeSubunits: true, page: 2, pageSize: 4 });
      expect([...names(below.items), ...names(rest.items)].sort()).toEqual(['李明', '王建国', '才让多杰', '马秀兰', '韩卫东', '祁玉梅', '卓玛'].sort());
      expect((await service.peopleInUnit(org.units['632200']!)).total).toBe(2);
    });

    it('names the 分管领导 of the units in their charge, and nobody for a unit without one', async () => {
      expect(names(await service.leadersInCharge(org.units['632200-001']!))).toEqual(['才让多杰']);
      expect(names(await service.leadersInCharge(org.units['632200-003']!))).toEqual(['才让多杰']);
      expect(await service.leadersInCharge(org.units['632221']!)).toEqual([]);
    });

    it('gives a person’s posts and units, primary first, and whether they hold a post in a unit', async () => {
      const posts = await service.postsOf(org.users.hb_head!);
      expect(posts[0]).toMatchObject({ unitId: org.units['632200-001'], postType: 'office_director', title: '主任', isPrimary: true });
      expect(posts.map((p) => p.postType).sort()).toEqual(['dept_head', 'office_director', 'staff']);
      expect(codes(await service.unitsOf(org.users.hb_head!))).toEqual(['632200-001', '632200']);
      expect(await service.holdsPost(org.users.hb_head!, org.units['632200-001']!, ['registrar', 'office_director'])).toBe(true);
      expect(await service.holdsPost(org.users.hb_head!, org.units['632200']!, ['office_director'])).toBe(false);
      expect(await service.unitsOf(org.users.admin!)).toEqual([]);
    });

    it('finds the holders of a post across units and the units that lack one', async () => {
      const heads = await service.postHolders([org.units['632200-001']!, org.units['632200-003']!, org.units['632222-001']!], 'dept_head');
      expect(heads.map((h) => [h.unitId, h.person.displayName])).toEqual([
        [org.units['632200-001'], '王建国'],
        [org.units['632200-003'], '马秀兰'],
      ]);
      expect(await service.unitsLackingPost([org.units['632200-001']!, org.units['632222-001']!, org.units['632200-003']!], 'dept_head')).toEqual([
        org.units['632222-001'],
      ]);
    });

    it('tells active people from administrators and unknown ids; display names of any account', async () => {
      const people = await service.people([org.users.hb_clerk!, org.users.admin!, '00000000-0000-4000-8000-000000000000']);
      expect([...people.values()]).toEqual([{ id: org.users.hb_clerk, username: 'hb_clerk', displayName: '李明' }]);
      const shown = await service.displayNames([org.users.hb_clerk!, null, org.users.ql_clerk!]);
      expect(Object.fromEntries(shown)).toEqual({ [org.users.hb_clerk!]: '李明', [org.users.ql_clerk!]: '卓玛' });
    });

    it('answers frozen values, so no caller can change what another is served', async () => {
      const unit = await service.unit(org.units['632222']!);
      expect(Object.isFrozen(unit)).toBe(true);
      expect(() => Object.assign(unit!, { name: '改名' })).toThrow(TypeError);
      expect((await service.unit(org.units['632222']!))?.name).toBe('祁连县人民政府');
    });
  });

  describe('answers kept while the organization stands still', () => {
    it('reads the organization again only once it changed', async () => {
      // Given an answer read once
      const unitId = org.units['632200-003']!;
      expect((await service.unit(unitId))?.name).toBe('海北藏族自治州教育局');
      const statements: string[] = [];
      const count = (q: { sql: string }) => statements.push(q.sql);
      app.runtime.db.on('query', count);
      try {
        // when it is asked again, only the organization's version is read
        expect((await service.unit(unitId))?.name).toBe('海北藏族自治州教育局');
        expect(statements.filter((s) => s.includes('core_org_units'))).toEqual([]);
        expect(statements.some((s) => s.includes('core_org_version'))).toBe(true);
        // and once an administrator renames the unit, the next read shows the new name
        await app.runtime.services.units.update(unitId, { name: '海北藏族自治州教育和科技局' }, everywhere, source);
        statements.length = 0;
        expect((await service.unit(unitId))?.name).toBe('海北藏族自治州教育和科技局');
        expect(statements.filter((s) => s.includes('core_org_units'))).toHaveLength(1);
      } finally {
        app.runtime.db.off('query', count);
      }
    });

    it('follows new posts, disabled people and new charges', async () => {
      const office = org.units['632222-001']!;
      expect(await service.unitsLackingPost([office], 'dept_head')).toEqual([office]);
      expect(await service.leadersInCharge(office)).toEqual([]);
      // When 卓玛 becomes head of the office and 才让多杰 takes it into his charge
      const post = await app.runtime.services.posts.add(org.users.ql_clerk!, { unitId: office, postType: 'dept_head' }, everywhere, source);
      const [leaderPost] = (await app.runtime.services.posts.ofUsers([org.users.hb_leader!])).get(org.users.hb_leader!)!;
      await app.runtime.services.posts.update(leaderPost!.id, { chargeUnitIds: [...leaderPost!.chargeUnits.map((u) => u.id), office] }, everywhere, source);
      expect(await service.unitsLackingPost([office], 'dept_head')).toEqual([]);
      expect(names(await service.leadersInCharge(office))).toEqual(['才让多杰']);
      expect(await service.holdsPost(org.users.ql_clerk!, office, ['dept_head'])).toBe(true);
      // and when 卓玛's account is disabled, she holds no duty any more but her name still shows
      await app.runtime.services.users.update(org.users.ql_clerk!, { status: 'disabled' }, everywhere, source);
      expect(await service.unitsLackingPost([office], 'dept_head')).toEqual([office]);
      expect((await service.people([org.users.ql_clerk!])).size).toBe(0);
      expect((await service.peopleInUnit(office)).total).toBe(0);
      expect((await service.displayNames([org.users.ql_clerk!])).get(org.users.ql_clerk!)).toBe('卓玛');
      expect(post.postType).toBe('dept_head');
    });

    it('reads inside the caller’s transaction, and never serves what a rolled-back change read', async () => {
      const unitId = org.units['632221']!;
      const other = org.units['632222-001']!;
      expect((await service.unit(unitId))?.name).toBe('门源回族自治县人民政府');
      // Given a transaction that renames the unit and reads it through the service
      await app.runtime.db
        .transaction(async (trx) => {
          await trx('core_org_units').where({ id: unitId }).update({ name: '门源县（未提交）' });
          expect((await service.unit(unitId, { db: trx }))?.name).toBe('门源县（未提交）');
          // others (on their own connection: PGlite has only one) still see the committed name meanwhile
          if (testDatabaseKind() === 'postgres') expect((await service.unit(unitId))?.name).toBe('门源回族自治县人民政府');
          throw new Error('roll back');
        })
        .catch((err: Error) => expect(err.message).toBe('roll back'));
      expect((await service.unit(unitId))?.name).toBe('门源回族自治县人民政府');
      // when another change then commits (taking the version number the rolled-back one had)
      await app.runtime.services.units.update(other, { shortName: '祁连县府办' }, everywhere, source);
      // then the unit is read as committed, not as the rolled-back transaction saw it
      expect((await service.unit(unitId))?.name).toBe('门源回族自治县人民政府');
      expect((await service.unit(other))?.shortName).toBe('祁连县府办');
    });
  });
});
