import { Linter } from 'bpmnlint';
import { parseBpmn, type ParsedBpmn } from '../bpmnXml.ts';
import { kunlunLintConfig } from './lintConfig.ts';
import type { LintRegistry } from './lintRule.ts';
import { bilingualMessage } from './recommendedMessages.ts';

/**
 * Lints a definition before it is published: bpmnlint's recommended rules plus Kunlun's. Every
 * problem names its rule and element, says it in Chinese first and English after " / ", and is
 * an error (publishing refuses) or a warning.
 */
export interface LintProblem {
  rule: string;
  elementId: string | null;
  message: string;
  category: 'error' | 'warn';
}

export interface LintReport {
  problems: LintProblem[];
  errorCount: number;
  warningCount: number;
}

export async function lintDefinition(input: string | ParsedBpmn, opts: { registry?: LintRegistry } = {}): Promise<LintReport> {
  const parsed = typeof input === 'string' ? await parseBpmn(input) : input;
  const linter = new Linter(kunlunLintConfig(opts));
  const results = await linter.lint(parsed.definitions);
  const problems: LintProblem[] = Object.entries(results).flatMap(([rule, reports]) =>
    reports.map((report) => ({
      rule,
      elementId: report.id ?? null,
      message:
        report.category === 'rule-error' ? `检查规则 ${rule} 执行出错 / lint rule ${rule} failed: ${report.message}` : bilingualMessage(rule, report.message),
      category: report.category === 'error' || report.category === 'rule-error' ? ('error' as const) : ('warn' as const),
    })),
  );
  for (const warning of parsed.warnings) {
    const ref = /unresolved reference <([^>]+)>/.exec(warning.message)?.[1];
    if (!ref) continue;
    problems.push({
      rule: 'kunlun/references',
      elementId: (warning.element?.id as string | undefined) ?? null,
      message: `引用的元素 ${ref} 不存在 / the referenced element ${ref} does not exist`,
      category: 'error',
    });
  }
  problems.sort((a, b) => (a.category === b.category ? 0 : a.category === 'error' ? -1 : 1));
  const errorCount = problems.filter((p) => p.category === 'error').length;
  return { problems, errorCount, warningCount: problems.length - errorCount };
}
