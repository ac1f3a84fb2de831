import type { Sheet } from './tableReader.ts';

/**
 * The columns of the import templates. Headers may be written in Chinese or English
 * (编码 or code); unknown headers are reported rather than silently ignored.
 */
export interface ColumnSpec {
  field: string;
  header: string;
  aliases: string[];
  required: boolean;
}

export interface ImportRecord {
  row: number;
  values: Record<string, string>;
}

export interface ImportProblem {
  row: number;
  column: string | null;
  value?: string;
  message: string;
}

export const unitColumns: ColumnSpec[] = [
  { field: 'code', header: '机构编码', aliases: ['code', '编码', '代码', '区划代码'], required: true },
  { field: 'name', header: '机构名称', aliases: ['name', '名称', '全称'], required: true },
  { field: 'shortName', header: '简称', aliases: ['shortName', 'short_name'], required: false },
  { field: 'kind', header: '类型', aliases: ['kind'], required: false },
  { field: 'level', header: '级别', aliases: ['level'], required: false },
  { field: 'parentCode', header: '上级编码', aliases: ['parentCode', 'parent_code', '上级机构编码'], required: false },
  { field: 'docPrefix', header: '机关代字', aliases: ['docPrefix', 'doc_prefix'], required: false },
  { field: 'sortOrder', header: '排序', aliases: ['sortOrder', 'sort_order', '排序号'], required: false },
];

export const userColumns: ColumnSpec[] = [
  { field: 'username', header: '用户名', aliases: ['username', '账号', '登录名'], required: true },
  { field: 'displayName', header: '姓名', aliases: ['displayName', 'display_name', 'name'], required: true },
  { field: 'gender', header: '性别', aliases: ['gender'], required: false },
  { field: 'unitCode', header: '机构编码', aliases: ['unitCode', 'unit_code', '单位编码'], required: true },
  { field: 'postType', header: '岗位', aliases: ['postType', 'post_type', '岗位类型'], required: true },
  { field: 'title', header: '职务', aliases: ['title'], required: false },
  { field: 'isPrimary', header: '主岗', aliases: ['isPrimary', 'is_primary', '是否主岗'], required: false },
  { field: 'chargeUnitCodes', header: '分管单位', aliases: ['chargeUnitCodes', 'charge_unit_codes', '分管单位编码'], required: false },
  { field: 'officePhone', header: '办公电话', aliases: ['officePhone', 'office_phone'], required: false },
  { field: 'mobile', header: '手机', aliases: ['mobile', '手机号码'], required: false },
  { field: 'email', header: '邮箱', aliases: ['email', '电子邮箱'], required: false },
];

const normalize = (h: string) => h.replace(/\s+/g, '').toLowerCase();

/** Maps sheet columns to fields and rows to records; header problems are reported on row 1. */
export function recordsFromSheet(sheet: Sheet, columns: ColumnSpec[]): { records: ImportRecord[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const indexOf = new Map<string, number>();
  sheet.headers.forEach((header, i) => {
    if (header === '') return;
    const spec = columns.find((c) => [c.header, ...c.aliases].some((a) => normalize(a) === normalize(header)));
    if (!spec) {
      problems.push({ row: 1, column: header, message: `未知的列“${header}”；可用的列：${columns.map((c) => c.header).join('、')}` });
    } else if (indexOf.has(spec.field)) {
      problems.push({ row: 1, column: header, message: `列“${spec.header}”重复出现` });
    } else {
      indexOf.set(spec.field, i);
    }
  });
  for (const spec of columns) {
    if (spec.required && !indexOf.has(spec.field)) problems.push({ row: 1, column: spec.header, message: `缺少必填列“${spec.header}”` });
  }
  const records = sheet.rows.map((r) => ({
    row: r.row,
    values: Object.fromEntries([...indexOf].map(([field, i]) => [field, (r.cells[i] ?? '').trim()])),
  }));
  return { records, problems };
}

/** Header shown in problem reports for a field. */
export function headerOf(columns: ColumnSpec[], field: string): string {
  return columns.find((c) => c.field === field)?.header ?? field;
}
