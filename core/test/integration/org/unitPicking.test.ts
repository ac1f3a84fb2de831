import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type ApiClient, type TestApp } from '@kunlun/test-kit';
import { loadDemo } from '../../../src/demo/loadDemo.ts';

/**
 * Picking units out of the whole Qinghai demo organization (3,000+ units): the search a picker,
 * the directory and the admin tree use, the order units are listed in, and saved unit groups.
 */
const DEMO_PASSWORD = 'Kunlun@2026';

interface Unit {
  id: string;
  code: string;
  kind: 'region' | 'department';
  name: string;
  shortName: string;
}
interface Page {
  items: Unit[];
  total: number;
  page: number;
  pageSize: number;
}

describe('picking units: search, order and saved unit groups', () => {
  let app: TestApp;
  let clerk: ApiClient;
  let other: ApiClient;
  const unitId = async (code: string): Promise<string> => (await app.runtime.db('core_org_units').where({ code }).first('id')).id;
  const groupRows = async () => Number((await app.runtime.db('core_org_unit_groups').count('* as n'))[0]!.n);

  beforeAll(async () => {
    app = await createTestApp();
    await loadDemo(app.runtime.db, DEMO_PASSWORD);
    clerk = await app.signedIn('hb_clerk', DEMO_PASSWORD);
    other = await app.signedIn('my_registrar', DEMO_PASSWORD);
  });
  afterAll(() => app.close());

  describe('search over the whole organization', () => {
    it('finds every unit whose name holds 门源, the county government first, in pages that do not overlap', async () => {
      const first = (await clerk.get(`/api/org/units?keyword=${encodeURIComponent('门源')}&pageSize=10`)).body as Page;
      expect(first.total).toBeGreaterThan(10);
      expect(first.items[0]).toMatchObject({ code: '632221', name: '门源回族自治县人民政府' });
      const second = (await clerk.get(`/api/org/units?keyword=${encodeURIComponent('门源')}&pageSize=10&page=2`)).body as Page;
      expect(second).toMatchObject({ total: first.total, page: 2 });
      const all = [...first.items, ...second.items];
      expect(new Set(all.map((u) => u.id)).size).toBe(all.length);
      for (const u of all) expect(`${u.name}${u.shortName}${u.code}`).toContain('门源');
    });

    it('finds a unit by its code, and tells an empty keyword apart from a search that finds nothing', async () => {
      const byCode = (await clerk.get('/api/org/units?keyword=632221-001')).body as Page;
      expect(byCode.items[0]).toMatchObject({ code: '632221-001', name: '门源回族自治县人民政府办公室' });
      const nothing = (await clerk.get(`/api/org/units?keyword=${encodeURIComponent('不存在的机构')}`)).body as Page;
      expect(nothing).toMatchObject({ total: 0, items: [] });
      const blank = await clerk.get('/api/org/units?keyword=%20');
      expect(blank.status).toBe(400);
      expect(blank.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String), details: expect.anything() });
    });

    it('answers a search over 3,000 units quickly', async () => {
      const started = performance.now();
      for (const keyword of ['门源', '教育局', '6322', '海北']) await clerk.get(`/api/org/units?keyword=${encodeURIComponent(keyword)}&pageSize=50`);
      expect((performance.now() - started) / 4).toBeLessThan(300);
    });
  });

  describe('order', () => {
    it('lists the provincial departments together, then the prefectures — not interleaved by their sort numbers', async () => {
      const province = await unitId('630000');
      const children = (await clerk.get(`/api/org/units?parentId=${province}&pageSize=100`)).body as Page;
      const kinds = children.items.map((u) => u.kind);
      const firstRegion = kinds.indexOf('region');
      expect(firstRegion).toBeGreaterThan(0);
      expect(kinds.slice(firstRegion).every((k) => k === 'region')).toBe(true);
      expect(children.items.slice(firstRegion).map((u) => u.code)).toEqual(['630100', '630200', '632200', '632300', '632500', '632600', '632700', '632800']);
      expect(children.items[0]).toMatchObject({ code: '630000-001' });
    });

    it('lists the counties of 海北州 (its regions only) in their order', async () => {
      const haibei = await unitId('632200');
      const counties = (await clerk.get(`/api/org/units?parentId=${haibei}&kind=region&pageSize=100`)).body as Page;
      expect(counties.items.map((u) => u.code)).toEqual(['632221', '632222', '632223', '632224']);
    });
  });

  describe('saved unit groups', () => {
    it('saves the chosen units under a name, lists them in the chosen order, and deletes the group', async () => {
      const ids = [await unitId('632222'), await unitId('632221'), await unitId('632200-003')];
      const saved = await clerk.post('/api/org/unit-groups', { name: ' 海北各县 ', unitIds: ids });
      expect(saved.status).toBe(201);
      expect(saved.body).toMatchObject({ name: '海北各县', units: [{ code: '632222' }, { code: '632221' }, { code: '632200-003' }] });
      const mine = (await clerk.get('/api/org/unit-groups')).body as { id: string; name: string }[];
      expect(mine.map((g) => g.name)).toEqual(['海北各县']);
      expect((await other.get('/api/org/unit-groups')).body).toEqual([]);
      const removed = await clerk.delete(`/api/org/unit-groups/${saved.body.id}`);
      expect(removed.status).toBe(204);
      expect((await clerk.get('/api/org/unit-groups')).body).toEqual([]);
    });

    it('refuses to delete somebody else’s group, which stays', async () => {
      const saved = await clerk.post('/api/org/unit-groups', { name: '州直部门', unitIds: [await unitId('632200-003')] });
      const attempt = await other.delete(`/api/org/unit-groups/${saved.body.id}`);
      expect(attempt.status).toBe(403);
      expect(attempt.body.error).toMatchObject({ code: 'org.unit_group_not_yours', message: '只能删除自己保存的常用单位组' });
      expect(((await clerk.get('/api/org/unit-groups')).body as { id: string }[]).map((g) => g.id)).toContain(saved.body.id);
      const missing = await clerk.delete('/api/org/unit-groups/00000000-0000-4000-8000-000000000000');
      expect(missing.status).toBe(404);
    });

    it('rejects bad input with a clear error and writes nothing', async () => {
      const before = await groupRows();
      const county = await unitId('632221');
      for (const body of [
        { name: '', unitIds: [county] },
        { name: '空组', unitIds: [] },
        { name: '坏编号', unitIds: ['632221'] },
        { name: '多余字段', unitIds: [county], owner: 'x' },
      ]) {
        const res = await clerk.post('/api/org/unit-groups', body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String), details: expect.anything() });
      }
      const gone = await clerk.post('/api/org/unit-groups', { name: '已撤销', unitIds: [county, '00000000-0000-4000-8000-000000000000'] });
      expect(gone.status).toBe(422);
      expect(gone.body.error).toMatchObject({ code: 'org.unit_group_unknown_units', details: { unitIds: ['00000000-0000-4000-8000-000000000000'] } });
      await clerk.post('/api/org/unit-groups', { name: '重名', unitIds: [county] });
      const twice = await clerk.post('/api/org/unit-groups', { name: '重名', unitIds: [county] });
      expect(twice.status).toBe(409);
      expect(twice.body.error.message).toContain('重名');
      expect(await groupRows()).toBe(before + 1);
    });
  });
});
