import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/**
 * Reads an uploaded sheet — CSV (UTF-8, or GB18030 as Excel on Chinese Windows saves it) or
 * XLSX (first worksheet) — into a header row and data rows of trimmed strings.
 */
export interface SheetRow {
  /** 1-based row number as the user sees it in the file (the header is row 1). */
  row: number;
  cells: string[];
}

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

export class SheetFormatError extends Error {}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export function sheetFormatOf(filename: string, data: Buffer): 'csv' | 'xlsx' {
  if (data.subarray(0, 4).equals(XLSX_MAGIC) || /\.xlsx$/i.test(filename)) return 'xlsx';
  return 'csv';
}

export async function readSheet(filename: string, data: Buffer): Promise<Sheet> {
  return sheetFormatOf(filename, data) === 'xlsx' ? readXlsx(data) : readCsv(data);
}

function decode(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

function readCsv(data: Buffer): Sheet {
  let records: string[][];
  try {
    records = parse(decode(data), { relax_column_count: true, skip_empty_lines: false, trim: true });
  } catch (err) {
    throw new SheetFormatError(`CSV 无法解析 / the CSV cannot be parsed: ${(err as Error).message}`);
  }
  return toSheet(records.map((cells, i) => ({ row: i + 1, cells })));
}

async function readXlsx(data: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (err) {
    throw new SheetFormatError(`XLSX 无法读取 / the XLSX cannot be read: ${(err as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SheetFormatError('XLSX 中没有工作表 / the workbook has no worksheet');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push({ row: rowNumber, cells });
  });
  return toSheet(rows);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return value.result === undefined ? '' : String(value.result).trim();
    return '';
  }
  return String(value).trim();
}

function toSheet(all: SheetRow[]): Sheet {
  const nonEmpty = all.filter((r) => r.cells.some((c) => c !== ''));
  const [header, ...rows] = nonEmpty;
  if (!header) throw new SheetFormatError('文件是空的 / the file is empty');
  return { headers: header.cells.map((h) => h.trim()), rows };
}
