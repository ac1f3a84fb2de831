import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '../../src/i18n/text.ts';
import { passwordProblems } from '../../src/auth/passwordHashing.ts';
import { combineScope, scopeCovers, unionScopes, NO_SCOPE } from '../../src/access/dataScope.ts';
import { personName } from '../../src/demo/chineseNames.ts';
import { shortRegionName } from '../../src/demo/demoOrganization.ts';

describe('locale negotiation', () => {
  it('is Chinese unless English is preferred', () => {
    expect(negotiateLocale(undefined)).toBe('zh-CN');
    expect(negotiateLocale('fr-FR,fr;q=0.9')).toBe('zh-CN');
    expect(negotiateLocale('en-US,en;q=0.9,zh;q=0.8')).toBe('en');
    expect(negotiateLocale('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(negotiateLocale('en;q=0.5,zh-TW;q=0.9')).toBe('zh-CN');
  });
});

describe('the password rule', () => {
  it('wants 8+ characters of three kinds, without the username', () => {
    expect(passwordProblems('Kunlun@2026')).toEqual([]);
    expect(passwordProblems('short1A')).toHaveLength(1);
    expect(passwordProblems('alllowercaseletters')).toHaveLength(1);
    expect(passwordProblems('Hbclerk#2026', 'hbclerk')).toHaveLength(1);
  });
});

describe('data scopes', () => {
  const county = { id: 'c', path: '/p/h/c/' };
  const office = { id: 'o', path: '/p/h/c/o/' };
  const other = { id: 'q', path: '/p/h/q/' };
  it('own unit reaches only that unit; a subtree reaches its descendants; all reaches everything', () => {
    const own = combineScope(NO_SCOPE, 'own_unit', county);
    expect([scopeCovers(own, county), scopeCovers(own, office)]).toEqual([true, false]);
    const subtree = combineScope(own, 'unit_subtree', county);
    expect([scopeCovers(subtree, office), scopeCovers(subtree, other)]).toEqual([true, false]);
    expect(scopeCovers(combineScope(subtree, 'all', null), other)).toBe(true);
    expect(scopeCovers(NO_SCOPE, county)).toBe(false);
    expect(scopeCovers(unionScopes([own, combineScope(NO_SCOPE, 'own_unit', other)]), other)).toBe(true);
  });
});

describe('demo names', () => {
  it('are deterministic and Chinese', () => {
    expect(personName('632200-001.staff1')).toEqual(personName('632200-001.staff1'));
    expect(personName('632200-001.staff1').name).toMatch(/^[\u4e00-\u9fa5]{2,4}$/);
  });
  it('shorten autonomous prefectures and counties the way offices write them', () => {
    expect(['海北藏族自治州', '海西蒙古族藏族自治州', '大通回族土族自治县', '循化撒拉族自治县', '西宁市', '城东区'].map(shortRegionName)).toEqual([
      '海北州',
      '海西州',
      '大通县',
      '循化县',
      '西宁市',
      '城东区',
    ]);
  });
});
