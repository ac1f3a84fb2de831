import type { LintProblem } from '@kunlun/workflows';
import type { AppLocale } from '@/i18n/i18n.ts';
import { ApiError } from '@/api/apiError.ts';

/**
 * Lint problems (the server's rules, run in the browser by @kunlun/workflows, or listed by the
 * server when it refused to publish) as the designer shows them: a mark per element — an error
 * wins over a warning — and each message in the interface language. The rules write
 * "中文 / English"; bpmnlint's own messages are given a Chinese half by @kunlun/workflows.
 */
export type LintMark = 'error' | 'warn';

export interface ElementLint {
  elementId: string;
  mark: LintMark;
  errors: number;
  warnings: number;
}

export const LINT_MARKER_CLASSES: Readonly<Record<LintMark, string>> = { error: 'kl-lint-error', warn: 'kl-lint-warn' };

export function lintByElement(problems: readonly LintProblem[]): Map<string, ElementLint> {
  const marks = new Map<string, ElementLint>();
  for (const problem of problems) {
    if (!problem.elementId) continue;
    const entry = marks.get(problem.elementId) ?? { elementId: problem.elementId, mark: 'warn', errors: 0, warnings: 0 };
    if (problem.category === 'error') {
      entry.errors += 1;
      entry.mark = 'error';
    } else entry.warnings += 1;
    marks.set(problem.elementId, entry);
  }
  return marks;
}

/** The " / " between the halves; after a full-width character the space before it may be missing ("）/ "). */
const HALVES = /\s+\/\s+|(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\/\s+/;

/** The half of a "中文 / English" message for the language; a message without both halves as it is. */
export function localizedMessage(message: string, locale: AppLocale): string {
  const match = HALVES.exec(message);
  if (!match) return message;
  return locale === 'en' ? message.slice(match.index + match[0].length).trim() : message.slice(0, match.index).trim();
}

/**
 * The problems a refused publish or import names: lint errors (definitions.lint_failed) or what
 * the engine cannot run (definitions.cannot_run); empty for other refusals.
 */
export function refusalProblems(err: unknown): LintProblem[] {
  if (!(err instanceof ApiError) || !Array.isArray(err.details.problems)) return [];
  return (err.details.problems as unknown[]).flatMap((p) => {
    if (typeof p !== 'object' || p === null || typeof (p as { message?: unknown }).message !== 'string') return [];
    const problem = p as { rule?: unknown; elementId?: unknown; message: string; category?: unknown };
    return [
      {
        rule: typeof problem.rule === 'string' ? problem.rule : 'kunlun/executable',
        elementId: typeof problem.elementId === 'string' ? problem.elementId : null,
        message: problem.message,
        category: problem.category === 'warn' ? 'warn' : 'error',
      } satisfies LintProblem,
    ];
  });
}
