import type { ModdleElement } from 'bpmn-moddle';
import { feelSyntaxError } from '../../feelExpressions.ts';
import { is, kunlunAttribute } from '../lintRule.ts';

/**
 * Every FEEL expression an element carries, with what it is for: conditions, assignee and
 * candidate rules, FEEL due periods, scripts, completion conditions of multi-instance tasks,
 * the process title template, message correlation keys, FEEL timers and conditional events.
 */
export function feelExpressionsOf(node: ModdleElement): { zh: string; en: string; expression: string }[] {
  const found: { zh: string; en: string; expression: string }[] = [];
  const add = (zh: string, en: string, expression: unknown) => {
    if (typeof expression === 'string' && expression.trim() !== '') found.push({ zh, en, expression });
  };
  if (is(node, 'bpmn:SequenceFlow')) add('条件', 'the condition', node.conditionExpression?.body);
  if (is(node, 'bpmn:UserTask')) {
    add('处理人规则', 'the assignee rule', kunlunAttribute(node, 'assignee'));
    add('候选人规则', 'the candidate rule', kunlunAttribute(node, 'candidates'));
    const dueIn = kunlunAttribute(node, 'dueIn');
    if (dueIn?.startsWith('=')) add('办理期限', 'the due period', dueIn);
  }
  if (is(node, 'bpmn:ScriptTask') && (!node.scriptFormat || /^feel$/i.test(node.scriptFormat))) add('脚本', 'the script', node.script);
  if (is(node, 'bpmn:Activity')) add('完成条件', 'the completion condition', node.loopCharacteristics?.completionCondition?.body);
  if (is(node, 'bpmn:Process')) add('标题模板', 'the title template', kunlunAttribute(node, 'titleTemplate'));
  if (is(node, 'bpmn:ReceiveTask')) add('关联键', 'the correlation key', kunlunAttribute(node, 'correlationKey'));
  if (is(node, 'bpmn:Event')) {
    for (const def of (node.eventDefinitions ?? []) as ModdleElement[]) {
      if (is(def, 'bpmn:MessageEventDefinition')) add('关联键', 'the correlation key', kunlunAttribute(def, 'correlationKey'));
      if (is(def, 'bpmn:ConditionalEventDefinition')) add('条件', 'the condition', def.condition?.body);
      if (is(def, 'bpmn:TimerEventDefinition')) {
        for (const timer of [def.timeDuration, def.timeDate, def.timeCycle]) {
          const body = typeof timer?.body === 'string' ? timer.body.trim() : '';
          if (body.startsWith('=')) add('定时器', 'the timer', body);
        }
      }
    }
  }
  return found;
}

export function feelProblems(node: ModdleElement): string[] {
  return feelExpressionsOf(node).flatMap(({ zh, en, expression }) => {
    const error = feelSyntaxError(expression);
    return error ? [`${zh}不是有效的 FEEL 表达式：${error} / ${en} is not valid FEEL: ${error}`] : [];
  });
}
