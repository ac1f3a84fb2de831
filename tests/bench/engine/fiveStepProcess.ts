import { chain, countersign, definitions, end, start, user } from '../../kit/bpmnBuilder.ts';

/**
 * The benchmark's process: a five-step approval whose third step is a three-way countersign —
 * 拟稿 → 部门审核 → 会签 (3) → 分管领导签发 → 收发员归档: seven task completions an instance.
 */
export const COMPLETIONS_PER_INSTANCE = 7;
export const COUNTERSIGNERS = ['hb_edu_head', 'hb_emergency_head', '632200-010.head1'];

export const kunlunFiveStep = definitions('bench.fiveStep', [
  start(),
  user('draft', '拟稿', 'initiator'),
  user('review', '部门审核', 'post("dept_head", initiator.unit)'),
  user('countersign', '会签', JSON.stringify(COUNTERSIGNERS), '', countersign()),
  user('sign', '签发', 'leaderInCharge(initiator.unit)'),
  user('file', '归档', 'post("registrar", initiator.unit)'),
  end(),
  ...chain('start', 'draft', 'review', 'countersign', 'sign', 'file', 'end'),
]);

/** The same process for the npm bpmn-engine (no Kunlun attributes: it does not resolve people). */
export const plainFiveStep = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="bench" targetNamespace="http://kunlun-oa.cn/bench">
  <process id="fiveStep" isExecutable="true">
    <startEvent id="start" />
    <userTask id="draft" />
    <userTask id="review" />
    <userTask id="countersign"><multiInstanceLoopCharacteristics isSequential="false"><loopCardinality>3</loopCardinality></multiInstanceLoopCharacteristics></userTask>
    <userTask id="sign" />
    <userTask id="file" />
    <endEvent id="end" />
    <sequenceFlow id="f1" sourceRef="start" targetRef="draft" />
    <sequenceFlow id="f2" sourceRef="draft" targetRef="review" />
    <sequenceFlow id="f3" sourceRef="review" targetRef="countersign" />
    <sequenceFlow id="f4" sourceRef="countersign" targetRef="sign" />
    <sequenceFlow id="f5" sourceRef="sign" targetRef="file" />
    <sequenceFlow id="f6" sourceRef="file" targetRef="end" />
  </process>
</definitions>`;
