import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { insertInChunks } from '../../db/database.ts';
import { scopeCovers, type DataScope } from '../../access/dataScope.ts';
import { unitPlacementProblems, type UnitKind, type UnitLevel } from '../unitRules.ts';
import type { UnitRow } from '../orgUnits.ts';
import { headerOf, unitColumns, type ImportProblem, type ImportRecord } from './importColumns.ts';

/**
 * Imports a unit tree: new codes are created, known codes get their names, short names,
 * 机关代字 and order updated. Rows may come in any order; parents are resolved from the file
 * or the database. Every problem is collected; the caller rejects the file if there is one.
 */
interface Candidate {
  row: number;
  code: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  level: UnitLevel | null;
  parentCode: string | null;
  docPrefix: string | null;
  sortOrder: number;
}

const kindWords: Record<string, UnitKind> = {
  region: 'region',
  行政区: 'region',
  区划: 'region',
  department: 'department',
  部门: 'department',
  单位: 'department',
};
const levelWords: Record<string, UnitLevel> = {
  province: 'province',
  省: 'province',
  省级: 'province',
  prefecture: 'prefecture',
  州: 'prefecture',
  市: 'prefecture',
  地市: 'prefecture',
  州级: 'prefecture',
  市级: 'prefecture',
  '州（市）级': 'prefecture',
  county: 'county',
  县: 'county',
  区: 'county',
  县级: 'county',
  township: 'township',
  乡: 'township',
  镇: 'township',
  乡镇: 'township',
  乡镇级: 'township',
};

/** The level a region code implies: xx0000 province, xxxx00 prefecture, 6 digits county, 9 township. */
export function levelOfRegionCode(code: string): UnitLevel | null {
  if (/^\d{9}$/.test(code)) return 'township';
  if (!/^\d{6}$/.test(code)) return null;
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

export interface UnitImportResult {
  created: number;
  updated: number;
}

export async function importUnits(trx: Knex.Transaction, records: ImportRecord[], scope: DataScope): Promise<UnitImportResult | ImportProblem[]> {
  const problems: ImportProblem[] = [];
  const problem = (row: number, field: string | null, message: string, value?: string) =>
    problems.push({ row, column: field ? headerOf(unitColumns, field) : null, message, ...(value !== undefined ? { value } : {}) });

  const candidates: Candidate[] = [];
  const seen = new Map<string, number>();
  for (const { row, values } of records) {
    const code = values.code ?? '';
    if (!/^[0-9]{6}([0-9]{3})?(-[0-9A-Za-z]{1,8})*$/.test(code)) {
      problem(row, 'code', '机构编码格式不正确（6 位区划代码，乡镇 9 位，部门在上级编码后加 -后缀）', code);
      continue;
    }
    if (seen.has(code)) {
      problem(row, 'code', `机构编码与第 ${seen.get(code)} 行重复`, code);
      continue;
    }
    seen.set(code, row);
    const name = values.name ?? '';
    if (!name || name.length > 200) problem(row, 'name', '机构名称不能为空，且不超过 200 字', name);
    const kindText = values.kind ?? '';
    const kind = kindText ? kindWords[kindText] : code.includes('-') ? 'department' : 'region';
    if (!kind) problem(row, 'kind', '类型应为“行政区”或“部门”', kindText);
    const levelText = values.level ?? '';
    const level = levelText ? levelWords[levelText] : null;
    if (levelText && !level) problem(row, 'level', '级别应为 省级、州（市）级、县级 或 乡镇级', levelText);
    const sortText = values.sortOrder ?? '';
    const sortOrder = sortText === '' ? 0 : Number(sortText);
    if (!Number.isInteger(sortOrder) || sortOrder < 0) problem(row, 'sortOrder', '排序应为非负整数', sortText);
    const shortName = values.shortName || name;
    if (shortName.length > 100) problem(row, 'shortName', '简称不超过 100 字', shortName);
    const docPrefix = values.docPrefix || null;
    if (docPrefix && docPrefix.length > 20) problem(row, 'docPrefix', '机关代字不超过 20 字', docPrefix);
    candidates.push({ row, code, name, shortName, kind: kind ?? 'region', level: level ?? null, parentCode: values.parentCode || null, docPrefix, sortOrder });
  }

  const codes = [...new Set(candidates.flatMap((c) => (c.parentCode ? [c.code, c.parentCode] : [c.code])))];
  const existing = new Map<string, UnitRow>();
  for (let i = 0; i < codes.length; i += 1000) {
    const rows: UnitRow[] = await trx('core_org_units').whereIn('code', codes.slice(i, i + 1000));
    for (const r of rows) existing.set(r.code, r);
  }

  // Resolve parents first: a unit is placed once its parent is known (from the database or an earlier pass).
  const placed = new Map<string, { id: string; path: string; depth: number; code: string; kind: UnitKind; level: UnitLevel }>();
  for (const r of existing.values()) placed.set(r.code, r);
  const inserts: Record<string, unknown>[] = [];
  const updates: { id: string; changes: Record<string, unknown> }[] = [];
  let pending = candidates;
  while (pending.length) {
    const next: Candidate[] = [];
    for (const c of pending) {
      const inFile = c.parentCode !== null && seen.has(c.parentCode);
      if (c.parentCode && !placed.has(c.parentCode)) {
        if (inFile) next.push(c);
        else problem(c.row, 'parentCode', `上级编码 ${c.parentCode} 在文件和系统中都不存在`, c.parentCode);
        continue;
      }
      const parent = c.parentCode ? placed.get(c.parentCode)! : null;
      const level = c.kind === 'department' ? (parent?.level ?? c.level) : (c.level ?? levelOfRegionCode(c.code));
      if (!level) {
        problem(c.row, 'level', '无法确定级别，请填写“级别”列');
        continue;
      }
      if (c.level && level !== c.level) problem(c.row, 'level', '部门的级别与其上级相同', c.level);
      for (const p of unitPlacementProblems({ code: c.code, kind: c.kind, level }, parent))
        problem(c.row, p.field === 'parentId' ? 'parentCode' : p.field, p.message['zh-CN']);
      const current = existing.get(c.code);
      if (current) {
        if (current.kind !== c.kind || current.level !== level) problem(c.row, 'kind', '系统中已有此编码的机构，类型或级别不同');
        if ((current.parent_id ?? null) !== (parent?.id ?? null)) problem(c.row, 'parentCode', '系统中已有此编码的机构，但上级不同；请在组织机构管理中移动');
        if (!scopeCovers(scope, current)) problem(c.row, 'code', '超出您的管理范围');
        updates.push({
          id: current.id,
          changes: { name: c.name, short_name: c.shortName, doc_prefix: c.docPrefix, sort_order: c.sortOrder, updated_at: trx.fn.now() },
        });
        continue;
      }
      if (parent ? !scopeCovers(scope, parent) : !scope.all) problem(c.row, 'parentCode', '超出您的管理范围');
      const id = randomUUID();
      const path = `${parent?.path ?? '/'}${id}/`;
      const depth = parent ? parent.depth + 1 : 0;
      placed.set(c.code, { id, path, depth, code: c.code, kind: c.kind, level });
      inserts.push({
        id,
        parent_id: parent?.id ?? null,
        code: c.code,
        kind: c.kind,
        level,
        name: c.name,
        short_name: c.shortName,
        doc_prefix: c.docPrefix,
        sort_order: c.sortOrder,
        path,
        depth,
      });
    }
    if (next.length === pending.length) {
      for (const c of next) problem(c.row, 'parentCode', `上级编码 ${c.parentCode} 与其他行构成循环`, c.parentCode ?? '');
      break;
    }
    pending = next;
  }
  if (problems.length) return problems;
  await insertInChunks(trx, 'core_org_units', inserts);
  for (const u of updates) await trx('core_org_units').where({ id: u.id }).update(u.changes);
  return { created: inserts.length, updated: updates.length };
}
