import type { LintRuleFactory } from '../lintRule.ts';
import { feelProblems } from './feelChecks.ts';

/** Every FEEL expression parses. */
export const feelExpressions: LintRuleFactory = () => ({
  check(node, reporter) {
    for (const message of feelProblems(node)) reporter.report(node.id, message);
  },
});
