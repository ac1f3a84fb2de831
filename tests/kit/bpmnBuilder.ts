/**
 * Small builders for BPMN in tests: a process is a list of element strings; flows are named
 * `<from>_<to>`. Only what the engine reads is written (no diagram).
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function definitions(key: string, elements: string[], opts: { name?: string; rootExtra?: string; processAttrs?: string } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:kunlun="http://kunlun-oa.cn/schema/bpmn/1.0" id="defs_${key.replace(/\./g, '_')}" targetNamespace="http://kunlun-oa.cn/test">
  ${opts.rootExtra ?? ''}
  <bpmn:process id="${key}" name="${esc(opts.name ?? key)}" isExecutable="true" ${opts.processAttrs ?? ''}>
    ${elements.join('\n    ')}
  </bpmn:process>
</bpmn:definitions>`;
}

export const start = (id = 'start', inner = '', attrs = '') => `<bpmn:startEvent id="${id}" ${attrs}>${inner}</bpmn:startEvent>`;
export const end = (id = 'end', inner = '') => `<bpmn:endEvent id="${id}">${inner}</bpmn:endEvent>`;
export const user = (id: string, name: string, assignee: string, attrs = '', inner = '') =>
  `<bpmn:userTask id="${id}" name="${esc(name)}" kunlun:assignee="${esc(assignee)}" ${attrs}>${inner}</bpmn:userTask>`;
export const gateway = (kind: 'exclusive' | 'parallel' | 'inclusive' | 'eventBased', id: string, attrs = '') => `<bpmn:${kind}Gateway id="${id}" ${attrs} />`;
export const flow = (from: string, to: string, condition?: string, id = `${from}_${to}`) =>
  condition === undefined
    ? `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}" />`
    : `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${esc(condition)}</bpmn:conditionExpression></bpmn:sequenceFlow>`;
/** Flows between consecutive elements. */
export const chain = (...ids: string[]) => ids.slice(1).map((id, i) => flow(ids[i]!, id));
export const timer = (duration: string) =>
  `<bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${duration}</bpmn:timeDuration></bpmn:timerEventDefinition>`;
export const cycle = (value: string) =>
  `<bpmn:timerEventDefinition><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">${value}</bpmn:timeCycle></bpmn:timerEventDefinition>`;
export const messageRef = (id: string, correlationKey?: string) =>
  `<bpmn:messageEventDefinition messageRef="${id}" ${correlationKey ? `kunlun:correlationKey="${esc(correlationKey)}"` : ''} />`;
export const message = (id: string, name: string) => `<bpmn:message id="${id}" name="${esc(name)}" />`;
export const errorDef = (id: string, code: string) => `<bpmn:error id="${id}" errorCode="${code}" />`;
export const countersign = (opts: { sequential?: boolean; completion?: string } = {}) =>
  `<bpmn:multiInstanceLoopCharacteristics isSequential="${opts.sequential ? 'true' : 'false'}">${
    opts.completion ? `<bpmn:completionCondition xsi:type="bpmn:tFormalExpression">${esc(opts.completion)}</bpmn:completionCondition>` : ''
  }</bpmn:multiInstanceLoopCharacteristics>`;
