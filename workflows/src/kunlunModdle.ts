/**
 * The `kunlun` moddle extension: the OA attributes Kunlun adds to BPMN 2.0 elements, written as
 * attributes in the namespace below (kunlun:assignee="…"). Shared by the engine (parsing), the
 * designer (properties panel) and lint.
 *
 *   userTask      assignee, candidates (FEEL over variables and the org functions), formKey,
 *                 dueIn (ISO-8601 duration or =FEEL), remind (durations relative to the due time,
 *                 e.g. "-PT2H,PT0S"), escalateAfter (duration after the due time), operations
 *   serviceTask   handler (<module>.<name>), async, retries
 *   scriptTask    resultVariable (the script is FEEL, scriptFormat="feel")
 *   callActivity  inputs, outputs (comma-separated variable names; no inputs = all variables)
 *   message events and receive tasks: correlationKey (FEEL over the instance's variables)
 *   startEvent    formKey;  process: titleTemplate (FEEL giving the instance's title)
 */
export const KUNLUN_NS = 'http://kunlun-oa.cn/schema/bpmn/1.0';

const attr = (name: string, type: 'String' | 'Boolean' | 'Integer' = 'String') => ({ name, isAttr: true, type });

export const kunlunModdleDescriptor = {
  name: 'Kunlun',
  uri: KUNLUN_NS,
  prefix: 'kunlun',
  xml: { tagAlias: 'lowerCase' },
  associations: [],
  types: [
    {
      name: 'UserTaskProps',
      isAbstract: true,
      extends: ['bpmn:UserTask'],
      properties: [attr('assignee'), attr('candidates'), attr('formKey'), attr('dueIn'), attr('remind'), attr('escalateAfter'), attr('operations')],
    },
    {
      name: 'ServiceTaskProps',
      isAbstract: true,
      extends: ['bpmn:ServiceTask'],
      properties: [attr('handler'), attr('async', 'Boolean'), attr('retries', 'Integer')],
    },
    { name: 'ScriptTaskProps', isAbstract: true, extends: ['bpmn:ScriptTask'], properties: [attr('resultVariable')] },
    { name: 'CallActivityProps', isAbstract: true, extends: ['bpmn:CallActivity'], properties: [attr('inputs'), attr('outputs')] },
    { name: 'CorrelationProps', isAbstract: true, extends: ['bpmn:MessageEventDefinition', 'bpmn:ReceiveTask'], properties: [attr('correlationKey')] },
    { name: 'StartEventProps', isAbstract: true, extends: ['bpmn:StartEvent'], properties: [attr('formKey')] },
    { name: 'ProcessProps', isAbstract: true, extends: ['bpmn:Process'], properties: [attr('titleTemplate')] },
  ],
} as const;

/** The operations a user task may allow (kunlun:operations). */
export const TASK_OPERATIONS = ['complete', 'return', 'withdraw', 'transfer', 'delegate', 'addSigners', 'removeSigners', 'circulate', 'urge'] as const;
export type TaskOperation = (typeof TASK_OPERATIONS)[number];

/** Allowed when a user task names none. */
export const DEFAULT_TASK_OPERATIONS: TaskOperation[] = ['complete', 'return', 'withdraw', 'transfer', 'circulate', 'urge'];
