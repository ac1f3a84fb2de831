import type { ImportKind } from '@/api/org.api.ts';

/**
 * The columns of the import templates (as the server reads them; headers may also be written in
 * English), with one example row, to download as a CSV to fill in.
 */
export const IMPORT_TEMPLATES: Record<ImportKind, { columns: { header: string; required: boolean }[]; example: string[] }> = {
  units: {
    columns: [
      { header: '机构编码', required: true },
      { header: '机构名称', required: true },
      { header: '简称', required: false },
      { header: '类型', required: false },
      { header: '级别', required: false },
      { header: '上级编码', required: false },
      { header: '机关代字', required: false },
      { header: '排序', required: false },
    ],
    example: ['632200-009', '海北藏族自治州统计局', '海北州统计局', 'department', 'prefecture', '632200', '北统', '90'],
  },
  users: {
    columns: [
      { header: '用户名', required: true },
      { header: '姓名', required: true },
      { header: '性别', required: false },
      { header: '机构编码', required: true },
      { header: '岗位', required: true },
      { header: '职务', required: false },
      { header: '主岗', required: false },
      { header: '分管单位', required: false },
      { header: '办公电话', required: false },
      { header: '手机', required: false },
      { header: '邮箱', required: false },
    ],
    example: ['hb_stat_clerk', '张三', '男', '632200-009', 'staff', '科员', '是', '', '0970-8641234', '13909701234', 'zhangsan@haibei.gov.cn'],
  },
};

const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The template as a CSV file (UTF-8 with BOM, so spreadsheet programs read the Chinese right). */
export function templateCsv(kind: ImportKind): Blob {
  const template = IMPORT_TEMPLATES[kind];
  const lines = [template.columns.map((c) => cell(c.header)).join(','), template.example.map(cell).join(',')];
  return new Blob(['\uFEFF', lines.join('\r\n'), '\r\n'], { type: 'text/csv;charset=utf-8' });
}
