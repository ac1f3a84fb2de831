import { text, type Text } from '../i18n/text.ts';

/**
 * Rules of the organization tree of a Chinese government:
 * - regions (行政区划) nest province → prefecture → county → township, each with its GB/T 2260
 *   division code (6 digits; townships 9), a child's code extending its parent's code;
 * - departments (部门/办公室/科室) sit inside a region or another department, at its level, and
 *   carry the parent's code plus a suffix: 632200-001, 632200-001-02.
 */
export const UNIT_KINDS = ['region', 'department'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_LEVELS = ['province', 'prefecture', 'county', 'township'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export const levelNames: Record<UnitLevel, Text> = {
  province: text('省级', 'Province'),
  prefecture: text('州（市）级', 'Prefecture'),
  county: text('县级', 'County'),
  township: text('乡镇级', 'Township'),
};

export const kindNames: Record<UnitKind, Text> = {
  region: text('行政区', 'Region'),
  department: text('部门', 'Department'),
};

export interface UnitShape {
  code: string;
  kind: UnitKind;
  level: UnitLevel;
}

export interface RuleProblem {
  field: 'code' | 'kind' | 'level' | 'parentId';
  message: Text;
}

const REGION_CODE = /^\d{6}$/;
const TOWNSHIP_CODE = /^\d{9}$/;
const DEPARTMENT_SUFFIX = /^[0-9A-Za-z]{1,8}$/;

/** Significant prefix a child region's code must share with its parent region. */
function regionPrefix(code: string, level: UnitLevel): string {
  switch (level) {
    case 'province':
      return code.slice(0, 2);
    case 'prefecture':
      return code.slice(0, 4);
    case 'county':
    case 'township':
      return code.slice(0, 6);
  }
}

/** Problems with placing a unit of this shape under this parent (null: a root). */
export function unitPlacementProblems(unit: UnitShape, parent: UnitShape | null): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (unit.kind === 'region') {
    const codeOk = unit.level === 'township' ? TOWNSHIP_CODE.test(unit.code) : REGION_CODE.test(unit.code);
    if (!codeOk) {
      problems.push({
        field: 'code',
        message:
          unit.level === 'township'
            ? text('乡镇编码应为 9 位数字', 'A township code has 9 digits')
            : text('行政区划代码应为 6 位数字（GB/T 2260）', 'A region code has 6 digits (GB/T 2260)'),
      });
    }
    if (parent) {
      if (parent.kind !== 'region') {
        problems.push({ field: 'parentId', message: text('行政区只能隶属于上一级行政区', 'A region can only sit under a region') });
      } else {
        const expected = UNIT_LEVELS[UNIT_LEVELS.indexOf(parent.level) + 1];
        if (unit.level !== expected) {
          problems.push({
            field: 'level',
            message: expected
              ? text(
                  `${levelNames[parent.level]['zh-CN']}行政区的下级应为${levelNames[expected]['zh-CN']}`,
                  `A region under a ${parent.level} must be a ${expected}`,
                )
              : text('乡镇以下不能再设行政区', 'No region can sit under a township'),
          });
        } else if (codeOk && !unit.code.startsWith(regionPrefix(parent.code, parent.level))) {
          problems.push({
            field: 'code',
            message: text(
              `区划代码应以上级代码 ${regionPrefix(parent.code, parent.level)} 开头`,
              `The code must start with the parent's ${regionPrefix(parent.code, parent.level)}`,
            ),
          });
        }
      }
    }
    return problems;
  }
  // department
  if (!parent) {
    problems.push({ field: 'parentId', message: text('部门必须隶属于一个行政区或上级部门', 'A department needs a parent region or department') });
    return problems;
  }
  if (unit.level !== parent.level) {
    problems.push({ field: 'level', message: text('部门的级别与其上级相同', "A department has its parent's level") });
  }
  const prefix = `${parent.code}-`;
  if (!unit.code.startsWith(prefix) || !DEPARTMENT_SUFFIX.test(unit.code.slice(prefix.length))) {
    problems.push({
      field: 'code',
      message: text(`部门编码应为上级编码加后缀，如 ${parent.code}-001`, `A department code is the parent's code plus a suffix, e.g. ${parent.code}-001`),
    });
  }
  return problems;
}
