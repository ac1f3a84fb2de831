// Writes the XLSX import templates in deploy/templates/ from the CSV templates beside them, with a
// second sheet explaining every column (the importer reads only the first sheet).
// Run: pnpm -C core exec tsx ../deploy/scripts/write-import-templates.ts
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

// exceljs and csv-parse are core's dependencies: resolve them from there.
const requireFromCore = createRequire(path.resolve(import.meta.dirname, '..', '..', 'core', 'package.json'));
const ExcelJS = requireFromCore('exceljs') as typeof import('exceljs');
const { parse } = requireFromCore('csv-parse/sync') as typeof import('csv-parse/sync');

const dir = path.resolve(import.meta.dirname, '..', 'templates');

const notes: Record<'units' | 'users', [string, string][]> = {
  units: [
    ['机构编码', '必填。行政区填 GB/T 2260 区划代码（乡镇 9 位），部门填上级编码加“-”后缀，如 632200-001、632200-001-01'],
    ['机构名称', '必填。全称，如“海北藏族自治州教育局”'],
    ['简称', '选填。默认同名称'],
    ['类型', '选填。行政区 或 部门；不填时按编码判断（含“-”为部门）'],
    ['级别', '选填。省级、州（市）级、县级、乡镇级；部门与其上级同级'],
    ['上级编码', '除本安装的最上级机构外必填'],
    ['机关代字', '选填。发文字号中的机关代字，如“北政办”'],
    ['排序', '选填。同一上级下的顺序，非负整数'],
  ],
  users: [
    ['用户名', '必填。登录名，2–64 位小写字母、数字和 _ . -；一人多岗时每岗一行、用户名相同'],
    ['姓名', '必填（同一人的后续行可空）'],
    ['性别', '选填。男 或 女'],
    ['机构编码', '必填。所在机构的编码，须在机构表或系统中存在'],
    ['岗位', '必填。主要领导、分管领导、部门负责人、办公室主任、秘书、收发员、工作人员'],
    ['职务', '选填。如 州长、局长、科员'],
    ['主岗', '选填。是 或 否；每人最多一个主岗'],
    ['分管单位', '选填，仅领导岗位。分管机构的编码，用分号分隔'],
    ['办公电话', '选填'],
    ['手机', '选填'],
    ['邮箱', '选填'],
  ],
};

for (const kind of ['units', 'users'] as const) {
  const rows = parse(fs.readFileSync(path.join(dir, `${kind}-template.csv`), 'utf8'), { skip_empty_lines: true }) as string[][];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kunlun OA';
  workbook.created = new Date('2026-01-01T00:00:00Z');
  const sheet = workbook.addWorksheet(kind === 'units' ? '机构' : '人员');
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c) => (c.width = 18));
  // Codes are text: keep Excel from turning 632200 into a number or 632200-001 into a date.
  sheet.eachRow((row) => row.eachCell((cell) => (cell.numFmt = '@')));
  const help = workbook.addWorksheet('填写说明');
  help.addRow(['列', '说明']).font = { bold: true };
  for (const n of notes[kind]) help.addRow(n);
  help.getColumn(1).width = 12;
  help.getColumn(2).width = 90;
  await workbook.xlsx.writeFile(path.join(dir, `${kind}-template.xlsx`));
  console.log(`wrote ${kind}-template.xlsx`);
}
