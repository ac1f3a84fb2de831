import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ImportRecord } from '../org/import/importColumns.ts';
import type { UnitLevel } from '../org/unitRules.ts';
import { countyDepartments, prefectureDepartments, provinceDepartments, townshipDepartments, type DepartmentTemplate } from './departments.ts';

/**
 * The demo organization of Qinghai: the real province, prefectures and counties (GB/T 2260
 * codes from data/qinghai-divisions.csv) and their townships (data/qinghai-townships.csv), each
 * region a people's government with its usual departments and, in the government offices,
 * their internal sections.
 */
export interface DemoUnit {
  code: string;
  name: string;
  shortName: string;
  kind: 'region' | 'department';
  level: UnitLevel;
  parentCode: string | null;
  docPrefix: string | null;
  sortOrder: number;
  /** What the unit is, for the people generator. */
  role: 'government' | 'office' | 'department' | 'section' | 'township' | 'townshipOffice';
  /** Title of the unit's head (厅长, 局长, 主任, 科长 …). */
  headTitle: string;
  /** Region the unit belongs to, and that region's short name (海北州, 门源县). */
  regionCode: string;
  regionShort: string;
}

interface Division {
  code: string;
  name: string;
  level: UnitLevel;
  parent_code: string;
}

const DATA_DIR = path.join(import.meta.dirname, 'data');

/** 机关代字 of the prefecture governments (青海省 usage). */
const PREFECTURE_PREFIX: Record<string, string> = {
  '630100': '宁',
  '630200': '东',
  '632200': '北',
  '632300': '黄',
  '632500': '南',
  '632600': '果',
  '632700': '玉',
  '632800': '西',
};

export function readDivisions(file: string): Division[] {
  return parse(fs.readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Division[];
}

/** 海北藏族自治州 → 海北州, 门源回族自治县 → 门源县, 西宁市 → 西宁市. */
export function shortRegionName(name: string): string {
  const m = /^(.+?)(?:藏|回|土|撒拉|蒙古|哈萨克)族(?:(?:藏|回|土|撒拉|蒙古|哈萨克)族)*自治(州|县)$/.exec(name);
  return m ? `${m[1]}${m[2]}` : name;
}

function regionStem(shortName: string): string {
  return shortName.length > 2 ? shortName.slice(0, -1) : shortName;
}

export function demoUnits(): DemoUnit[] {
  const divisions = readDivisions(path.join(DATA_DIR, 'qinghai-divisions.csv'));
  const townshipFile = path.join(DATA_DIR, 'qinghai-townships.csv');
  const townships = fs.existsSync(townshipFile) ? readDivisions(townshipFile) : [];
  const units: DemoUnit[] = [];
  const sortWithin = new Map<string, number>();
  const nextSort = (parent: string | null) => {
    const n = (sortWithin.get(parent ?? '') ?? 0) + 1;
    sortWithin.set(parent ?? '', n);
    return n;
  };

  for (const d of [...divisions, ...townships]) {
    const short = shortRegionName(d.name);
    const isStreet = /街道(办事处)?$/.test(d.name);
    const government =
      d.level === 'township' ? (isStreet ? (d.name.endsWith('办事处') ? d.name : `${d.name}办事处`) : `${d.name}人民政府`) : `${d.name}人民政府`;
    const docPrefix =
      d.level === 'province'
        ? '青政'
        : d.level === 'prefecture'
          ? `${PREFECTURE_PREFIX[d.code] ?? regionStem(short)}政`
          : d.level === 'county'
            ? `${regionStem(short)}政`
            : null;
    units.push({
      code: d.code,
      name: government,
      shortName: d.level === 'province' ? '青海省政府' : d.level === 'township' ? d.name : `${short}政府`,
      kind: 'region',
      level: d.level,
      parentCode: d.parent_code || null,
      docPrefix,
      sortOrder: nextSort(d.parent_code || null),
      role: d.level === 'township' ? 'township' : 'government',
      headTitle: headOfRegion(d.name, d.level),
      regionCode: d.code,
      regionShort: d.level === 'province' ? '省' : short,
    });
    const templates: DepartmentTemplate[] =
      d.level === 'province'
        ? provinceDepartments
        : d.level === 'prefecture'
          ? prefectureDepartments
          : d.level === 'county'
            ? countyDepartments
            : townshipDepartments;
    const prefixStem = d.level === 'province' ? '青' : d.level === 'prefecture' ? (PREFECTURE_PREFIX[d.code] ?? regionStem(short)) : regionStem(short);
    templates.forEach((t, i) => {
      const code = `${d.code}-${String(i + 1).padStart(3, '0')}`;
      const isOffice = i === 0 && d.level !== 'township';
      const fullName = `${d.name}${t.name}`;
      units.push({
        code,
        name: fullName,
        shortName: d.level === 'township' ? `${d.name}${t.name}` : `${d.level === 'province' ? '省' : short}${t.name.replace('人民政府', '政府')}`,
        kind: 'department',
        level: d.level,
        parentCode: d.code,
        docPrefix: d.level === 'township' ? null : `${prefixStem}${t.abbr}`,
        sortOrder: i + 1,
        role: d.level === 'township' ? 'townshipOffice' : isOffice ? 'office' : 'department',
        headTitle: t.head,
        regionCode: d.code,
        regionShort: d.level === 'province' ? '省' : short,
      });
      (t.sections ?? []).forEach((s, j) => {
        units.push({
          code: `${code}-${String(j + 1).padStart(2, '0')}`,
          name: `${fullName}${s}`,
          shortName: s,
          kind: 'department',
          level: d.level,
          parentCode: code,
          docPrefix: null,
          sortOrder: j + 1,
          role: 'section',
          headTitle: s.endsWith('室') ? '主任' : s.endsWith('处') ? '处长' : s.endsWith('股') ? '股长' : '科长',
          regionCode: d.code,
          regionShort: d.level === 'province' ? '省' : short,
        });
      });
    });
  }
  return units;
}

function headOfRegion(name: string, level: UnitLevel): string {
  if (level === 'province') return '省长';
  if (level === 'township') return /街道/.test(name) ? '主任' : name.endsWith('镇') ? '镇长' : '乡长';
  const last = name.slice(-1);
  return `${last === '州' ? '州' : last === '市' ? '市' : last === '区' ? '区' : '县'}长`;
}

export function unitRecords(units: DemoUnit[]): ImportRecord[] {
  return units.map((u, i) => ({
    row: i + 2,
    values: {
      code: u.code,
      name: u.name,
      shortName: u.shortName,
      kind: u.kind,
      level: u.level,
      parentCode: u.parentCode ?? '',
      docPrefix: u.docPrefix ?? '',
      sortOrder: String(u.sortOrder),
    },
  }));
}
