import { ApiError } from '../http/apiError.ts';
import type { Text } from '../i18n/text.ts';

/**
 * A problem the person running an administrative command can fix (a wrong answer, an unreachable
 * server, a rejected import file): printed as it is, in Chinese and English, without a stack.
 */
export class AdminCommandError extends Error {
  constructor(
    readonly text: Text,
    readonly lines: string[] = [],
  ) {
    super(text.en);
    this.name = 'AdminCommandError';
  }
}

/** Both languages of a message, Chinese first. */
export function bilingual(t: Text): string {
  return t['zh-CN'] === t.en ? t.en : `${t['zh-CN']}\n${t.en}`;
}

/** Problems of an import report (`org.import_rejected`) as lines "第 N 行 [列] …". */
export function importProblemLines(details: Record<string, unknown>, fileLabel: string): string[] {
  const problems = (details.problems as { row: number; column: string | null; value?: string; message: string }[] | undefined) ?? [];
  return problems.map((p) => {
    const where = p.row === 0 ? `${fileLabel}（安装身份 installation）` : `${fileLabel} 第 ${p.row} 行 row ${p.row}`;
    const column = p.column ? ` [${p.column}]` : '';
    const value = p.value !== undefined && p.value !== '' ? `（${p.value}）` : '';
    return `${where}${column}: ${p.message}${value}`;
  });
}

/** An error from anywhere below an administrative command, as text for its user (null: unexpected). */
export function describeFailure(err: unknown): string | null {
  if (err instanceof AdminCommandError) return [bilingual(err.text), ...err.lines.map((l) => `  - ${l}`)].join('\n');
  if (err instanceof ApiError) {
    const lines = err.code === 'org.import_rejected' ? importProblemLines(err.details, '') : [];
    return [bilingual(err.text), ...lines.map((l) => `  - ${l.trim()}`)].join('\n');
  }
  return null;
}
