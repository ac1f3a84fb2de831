import type { Knex } from 'knex';
import { ApiError, unprocessable } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import type { DataScope } from '../../access/dataScope.ts';
import { type AuditLog, type AuditSource, entryFrom } from '../../audit/auditLog.ts';
import { assertStrongPassword, hashPassword } from '../../auth/passwordHashing.ts';
import { readSheet, SheetFormatError } from './tableReader.ts';
import { recordsFromSheet, unitColumns, userColumns, type ImportProblem, type ImportRecord } from './importColumns.ts';
import { importUnits, type UnitImportResult } from './unitImport.ts';
import { importUsers, type UserImportResult } from './userImport.ts';

export type ImportKind = 'units' | 'users';

export interface ImportOutcome {
  kind: ImportKind;
  dryRun: boolean;
  rowsRead: number;
  result: UnitImportResult | UserImportResult;
}

const MAX_ROWS = 50_000;
class DryRunRollback extends Error {}

/**
 * Imports units or people from an uploaded CSV or XLSX file. All or nothing: a file with any
 * problem is rejected with a row-by-row report and changes nothing; `dryRun` checks a file
 * without writing it.
 */
export class OrgImport {
  constructor(
    private readonly db: Knex,
    private readonly audit: AuditLog,
  ) {}

  async importFile(
    kind: ImportKind,
    file: { filename: string; data: Buffer },
    opts: { dryRun: boolean; initialPassword?: string | undefined },
    scope: DataScope,
    source: AuditSource,
  ): Promise<ImportOutcome> {
    let records: ImportRecord[];
    try {
      const sheet = await readSheet(file.filename, file.data);
      const mapped = recordsFromSheet(sheet, kind === 'units' ? unitColumns : userColumns);
      if (mapped.problems.length) throw this.rejected(mapped.problems, sheet.rows.length);
      records = mapped.records;
    } catch (err) {
      if (err instanceof SheetFormatError) {
        throw unprocessable('org.import_unreadable', text(`无法读取文件：${err.message}`, `The file cannot be read: ${err.message}`));
      }
      throw err;
    }
    if (records.length === 0) throw unprocessable('org.import_empty', text('文件中没有数据行', 'The file has no data rows'));
    if (records.length > MAX_ROWS) throw unprocessable('org.import_too_many_rows', text(`一次最多导入 ${MAX_ROWS} 行`, `At most ${MAX_ROWS} rows at once`));
    return this.importRecords(kind, records, opts, scope, source, file.filename);
  }

  /** Imports already-parsed records (the demo loader and the installer use this directly). */
  async importRecords(
    kind: ImportKind,
    records: ImportRecord[],
    opts: { dryRun: boolean; initialPassword?: string | undefined; initialPasswordHash?: string; mustChangePassword?: boolean },
    scope: DataScope,
    source: AuditSource,
    filename = '(records)',
  ): Promise<ImportOutcome> {
    let passwordHash = opts.initialPasswordHash ?? null;
    if (!passwordHash && opts.initialPassword) {
      assertStrongPassword(opts.initialPassword);
      passwordHash = await hashPassword(opts.initialPassword);
    }
    let outcome: ImportOutcome | undefined;
    try {
      await this.db.transaction(async (trx) => {
        const result =
          kind === 'units'
            ? await importUnits(trx, records, scope)
            : await importUsers(trx, records, scope, { initialPasswordHash: passwordHash, mustChangePassword: opts.mustChangePassword ?? true });
        if (Array.isArray(result)) throw this.rejected(result, records.length);
        outcome = { kind, dryRun: opts.dryRun, rowsRead: records.length, result };
        if (opts.dryRun) throw new DryRunRollback();
        await this.audit.record(entryFrom(source, { action: `org.import.${kind}`, details: { filename, rows: records.length, ...result } }), trx);
      });
    } catch (err) {
      if (!(err instanceof DryRunRollback)) {
        if (err instanceof ApiError && err.code === 'org.import_rejected') {
          await this.audit.record(
            entryFrom(source, {
              action: `org.import.${kind}`,
              outcome: 'failure',
              details: { filename, problems: (err.details.problems as unknown[]).length },
            }),
          );
        }
        throw err;
      }
    }
    return outcome!;
  }

  private rejected(problems: ImportProblem[], rowsRead: number): ApiError {
    const sorted = [...problems].sort((a, b) => a.row - b.row);
    return unprocessable(
      'org.import_rejected',
      text(`导入文件有 ${sorted.length} 处错误，未导入任何数据`, `The file has ${sorted.length} problem(s); nothing was imported`),
      { rowsRead, problems: sorted.slice(0, 1000), truncated: sorted.length > 1000 },
    );
  }
}
