import type { DiagramElement } from './canvas/diagramServices.ts';

/**
 * Which section of the properties panel an element gets, from its BPMN type: the process (no
 * selection), user tasks (assignees, form, due period, operations), start events (form), service
 * tasks (handler), sequence flows (condition, default flow) and everything else (name only).
 */
export type PanelKind = 'process' | 'userTask' | 'startEvent' | 'serviceTask' | 'sequenceFlow' | 'other';

export function panelKindOf(element: DiagramElement): PanelKind {
  const bo = element.businessObject;
  if (bo.$instanceOf('bpmn:Process')) return 'process';
  if (bo.$instanceOf('bpmn:UserTask')) return 'userTask';
  if (bo.$instanceOf('bpmn:StartEvent')) return 'startEvent';
  if (bo.$instanceOf('bpmn:ServiceTask')) return 'serviceTask';
  if (bo.$instanceOf('bpmn:SequenceFlow')) return 'sequenceFlow';
  return 'other';
}

/** A sequence flow may carry a condition and be a default flow when it leaves an exclusive or inclusive gateway, or an activity. */
export function flowLeavesDecision(flow: DiagramElement): boolean {
  const source = flow.businessObject.sourceRef;
  return Boolean(source && (source.$instanceOf('bpmn:ExclusiveGateway') || source.$instanceOf('bpmn:InclusiveGateway') || source.$instanceOf('bpmn:Activity')));
}

/** The type's name without the namespace, as the locale files key element types ("UserTask"). */
export const typeKey = (type: string): string => type.replace(/^[a-z]+:/, '');
