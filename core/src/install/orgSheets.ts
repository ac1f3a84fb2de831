import fs from 'node:fs';
import path from 'node:path';
import { readSheet, SheetFormatError } from '../org/import/tableReader.ts';
import { recordsFromSheet, unitColumns, userColumns, type ImportProblem, type ImportRecord } from '../org/import/importColumns.ts';
import { text } from '../i18n/text.ts';
import { AdminCommandError, importProblemLines } from './adminCommandError.ts';
import type { InstallPlan, InstallUnit } from './installAnswers.ts';

/**
 * The organization files of an installation (CSV or XLSX, the columns of the import templates)
 * read into import records, with the installation's own unit — from its identity — on top.
 */
export async function readOrgSheet(file: string, kind: 'units' | 'users'): Promise<ImportRecord[]> {
  const label = path.basename(file);
  let records: ImportRecord[];
  try {
    const sheet = await readSheet(file, fs.readFileSync(file));
    const mapped = recordsFromSheet(sheet, kind === 'units' ? unitColumns : userColumns);
    if (mapped.problems.length) throw rejected(label, mapped.problems);
    records = mapped.records;
  } catch (err) {
    if (err instanceof SheetFormatError) throw new AdminCommandError(text(`无法读取 ${label}`, `Cannot read ${label}`), [err.message]);
    throw err;
  }
  if (records.length === 0) throw new AdminCommandError(text(`${label} 中没有数据行`, `${label} has no data rows`));
  return records;
}

function rejected(label: string, problems: ImportProblem[]): AdminCommandError {
  return new AdminCommandError(
    text(`${label} 有 ${problems.length} 处错误，未导入任何数据`, `${label} has ${problems.length} problem(s); nothing was imported`),
    importProblemLines({ problems }, label),
  );
}

const unitRecord = (u: InstallUnit, parentCode: string | null, row: number): ImportRecord => ({
  row,
  values: { code: u.code, name: u.name, shortName: u.shortName, docPrefix: u.docPrefix ?? '', parentCode: parentCode ?? '' },
});

/**
 * The unit records to import: the installation (and the region above a department installation)
 * from the answers, then the file's rows. A row for the installation itself must agree with the
 * answers; every other row must name its parent, so the whole tree hangs below the installation.
 */
export function installationUnitRecords(plan: InstallPlan, fileRecords: ImportRecord[], label: string): ImportRecord[] {
  const { installation } = plan;
  const top: ImportRecord[] = [];
  if (installation.parent) top.push(unitRecord(installation.parent, null, 0));
  top.push(unitRecord(installation, installation.parent?.code ?? null, 0));
  const problems: ImportProblem[] = [];
  const rest: ImportRecord[] = [];
  for (const r of fileRecords) {
    const v = r.values;
    const own = [installation.code, installation.parent?.code].includes(v.code);
    if (own) {
      const mine = v.code === installation.code ? installation : installation.parent!;
      if (v.name && v.name !== mine.name)
        problems.push({ row: r.row, column: '机构名称', value: v.name, message: `与安装身份“${mine.name}”不一致 / differs from the installation's name` });
      if (v.docPrefix && v.docPrefix !== (mine.docPrefix ?? ''))
        problems.push({
          row: r.row,
          column: '机关代字',
          value: v.docPrefix,
          message: `与安装身份“${mine.docPrefix ?? ''}”不一致 / differs from the installation's 机关代字`,
        });
      continue;
    }
    if (!v.parentCode)
      problems.push({
        row: r.row,
        column: '上级编码',
        message: `本安装只有一个最上级机构 ${installation.parent?.code ?? installation.code}，其余机构须填写上级编码 / every unit but the installation names its parent`,
      });
    rest.push(r);
  }
  if (problems.length) throw rejected(label, problems);
  return [...top, ...rest];
}
