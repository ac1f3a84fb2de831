import { is, kunlunAttribute, type LintRuleFactory } from '../lintRule.ts';

/** Every user task says who handles it: kunlun:assignee or kunlun:candidates. */
export const userTaskAssignee: LintRuleFactory = () => ({
  check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) return;
    if (kunlunAttribute(node, 'assignee') || kunlunAttribute(node, 'candidates')) return;
    reporter.report(node.id, '用户任务没有指定处理人（kunlun:assignee 或 kunlun:candidates） / the user task names no assignee or candidates', [
      'kunlun:assignee',
    ]);
  },
});
