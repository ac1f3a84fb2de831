import { describe, expect, it } from 'vitest';
import { unitPlacementProblems } from '../../src/org/unitRules.ts';
import { levelOfRegionCode } from '../../src/org/import/unitImport.ts';

const province = { code: '630000', kind: 'region', level: 'province' } as const;
const haibei = { code: '632200', kind: 'region', level: 'prefecture' } as const;
const menyuan = { code: '632221', kind: 'region', level: 'county' } as const;

describe('rules of the organization tree', () => {
  it('accepts the regions of Qinghai and their departments', () => {
    expect(unitPlacementProblems(province, null)).toEqual([]);
    expect(unitPlacementProblems(haibei, province)).toEqual([]);
    expect(unitPlacementProblems(menyuan, haibei)).toEqual([]);
    expect(unitPlacementProblems({ code: '632221100', kind: 'region', level: 'township' }, menyuan)).toEqual([]);
    expect(unitPlacementProblems({ code: '632200-001', kind: 'department', level: 'prefecture' }, haibei)).toEqual([]);
    expect(
      unitPlacementProblems(
        { code: '632200-001-01', kind: 'department', level: 'prefecture' },
        { code: '632200-001', kind: 'department', level: 'prefecture' },
      ),
    ).toEqual([]);
  });

  it('refuses a county straight under the province, a code of another prefecture, and a department without parent', () => {
    expect(unitPlacementProblems(menyuan, province).map((p) => p.field)).toEqual(['level']);
    expect(unitPlacementProblems({ code: '632321', kind: 'region', level: 'county' }, haibei).map((p) => p.field)).toEqual(['code']);
    expect(unitPlacementProblems({ code: '632200-001', kind: 'department', level: 'prefecture' }, null).map((p) => p.field)).toEqual(['parentId']);
    expect(unitPlacementProblems({ code: '632200-001', kind: 'department', level: 'county' }, haibei).map((p) => p.field)).toEqual(['level']);
  });

  it('reads the level from a GB/T 2260 code', () => {
    expect(['630000', '632200', '632221', '632221100', '63222'].map(levelOfRegionCode)).toEqual(['province', 'prefecture', 'county', 'township', null]);
  });
});
