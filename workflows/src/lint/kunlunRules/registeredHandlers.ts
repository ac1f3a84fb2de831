import { is, kunlunAttribute, type LintRuleFactory } from '../lintRule.ts';

/** Service-task handlers exist among those the enabled modules register. Config: { serviceTasks: string[] }. */
export const registeredHandlers: LintRuleFactory = (config) => {
  const handlers = new Set((config as { serviceTasks?: string[] } | undefined)?.serviceTasks ?? []);
  return {
    check(node, reporter) {
      if (!is(node, 'bpmn:ServiceTask')) return;
      const handler = kunlunAttribute(node, 'handler');
      if (handler && !handlers.has(handler)) {
        reporter.report(
          node.id,
          `服务任务处理程序 ${handler} 不存在于已启用的模块中 / service task handler ${handler} is not registered by an enabled module`,
          ['kunlun:handler'],
        );
      }
    },
  };
};
