import type { LintRuleFactory } from '../lintRule.ts';
import { durationProblems } from './durationChecks.ts';

/** Due periods, reminders and escalation periods parse as ISO-8601 durations. */
export const isoDurations: LintRuleFactory = () => ({
  check(node, reporter) {
    for (const message of durationProblems(node)) reporter.report(node.id, message);
  },
});
