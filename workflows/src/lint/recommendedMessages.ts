/**
 * bpmnlint reports in English only; Kunlun shows Chinese first. The Chinese text for each
 * message of the recommended rules, matched by rule and by the English message.
 */
const MESSAGES: Record<string, [RegExp, string][]> = {
  'ad-hoc-sub-process': [
    [/Start Event/, '临时子流程中不允许开始事件'],
    [/End Event/, '临时子流程中不允许结束事件'],
  ],
  'conditional-flows': [[/./, '顺序流缺少条件']],
  'end-event-required': [
    [/^Sub process/, '子流程缺少结束事件'],
    [/./, '流程缺少结束事件'],
  ],
  'event-based-gateway': [
    [/at least 2/, '事件网关至少需要两条出口顺序流'],
    [/conditional/, '事件网关之后的顺序流不能带条件'],
  ],
  'event-sub-process-typed-start-event': [[/./, '事件子流程的开始事件缺少事件定义']],
  'fake-join': [[/./, '多条入口顺序流没有经过网关汇合']],
  global: [
    [/missing name/, '全局元素缺少名称'],
    [/unused/, '全局元素未被使用'],
    [/not unique/, '全局元素名称重复'],
  ],
  'label-required': [[/./, '元素缺少名称']],
  'link-event': [
    [/missing link name/, '链接事件缺少链接名称'],
    [/Duplicate/, '同一范围内有同名的链接捕获事件'],
    [/./, '同一范围内找不到对应的链接事件'],
  ],
  'no-bpmndi': [[/./, '元素缺少图形信息（BPMNDI）']],
  'no-complex-gateway': [[/./, '不建议使用复杂网关']],
  'no-disconnected': [[/./, '元素没有任何连接']],
  'no-duplicate-sequence-flows': [
    [/is a duplicate/, '顺序流重复'],
    [/outgoing/, '出口顺序流重复'],
    [/incoming/, '入口顺序流重复'],
  ],
  'no-gateway-join-fork': [[/./, '网关同时汇合与分支']],
  'no-implicit-split': [[/./, '流程隐式分支（请用网关）']],
  'no-implicit-end': [[/./, '元素是隐式结束（请连到结束事件）']],
  'no-implicit-start': [[/./, '元素是隐式开始（请从开始事件连入）']],
  'no-inclusive-gateway': [[/./, '不建议使用包容网关']],
  'no-overlapping-elements': [
    [/outside/, '元素超出了所在容器的边界'],
    [/./, '元素与其他元素重叠'],
  ],
  'single-blank-start-event': [[/./, '有多个空开始事件']],
  'single-event-definition': [[/./, '事件有多个事件定义']],
  'start-event-required': [
    [/^Sub process/, '子流程缺少开始事件'],
    [/./, '流程缺少开始事件'],
  ],
  'sub-process-blank-start-event': [[/./, '子流程的开始事件必须是空事件']],
  'superfluous-gateway': [[/./, '网关多余：只有一个入口和一个出口']],
  'superfluous-label': [[/./, '顺序流的名称多余']],
  'superfluous-termination': [[/./, '终止结束事件多余']],
};

/** "中文 / English" for a message of bpmnlint's rules; Kunlun's rules write both themselves. */
export function bilingualMessage(rule: string, message: string): string {
  if (rule.startsWith('kunlun/')) return message;
  const chinese = MESSAGES[rule]?.find(([pattern]) => pattern.test(message))?.[1] ?? '不符合 BPMN 建模规范';
  return `${chinese} / ${message}`;
}
