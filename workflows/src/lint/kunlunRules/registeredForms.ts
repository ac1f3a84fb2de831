import { is, kunlunAttribute, type LintRuleFactory } from '../lintRule.ts';

/** Form keys of start events and user tasks exist among the forms the enabled modules register. Config: { forms: string[] }. */
export const registeredForms: LintRuleFactory = (config) => {
  const forms = new Set((config as { forms?: string[] } | undefined)?.forms ?? []);
  return {
    check(node, reporter) {
      if (!is(node, 'bpmn:UserTask') && !is(node, 'bpmn:StartEvent')) return;
      const formKey = kunlunAttribute(node, 'formKey');
      if (formKey && !forms.has(formKey)) {
        reporter.report(node.id, `表单 ${formKey} 不存在于已启用的模块中 / form ${formKey} is not registered by an enabled module`, ['kunlun:formKey']);
      }
    },
  };
};
