import type { TaskOperation } from './kunlunModdle.ts';

/**
 * The executable form of one BPMN process: plain JSON, compiled once per definition version and
 * stored beside its XML. The engine walks this graph; it never looks at moddle objects.
 */
export type ElementKind =
  | 'startEvent'
  | 'endEvent'
  | 'intermediateCatchEvent'
  | 'intermediateThrowEvent'
  | 'boundaryEvent'
  | 'userTask'
  | 'serviceTask'
  | 'scriptTask'
  | 'receiveTask'
  | 'task'
  | 'exclusiveGateway'
  | 'parallelGateway'
  | 'inclusiveGateway'
  | 'eventBasedGateway'
  | 'subProcess'
  | 'callActivity';

export type TimerSpec = { kind: 'duration' | 'date' | 'cycle'; value: string };

export type EventTrigger =
  | { type: 'none' }
  | { type: 'timer'; timer: TimerSpec }
  | { type: 'message'; message: string; correlationKey?: string }
  | { type: 'error'; errorCode?: string; errorName?: string }
  | { type: 'terminate' };

export interface MultiInstance {
  sequential: boolean;
  /** FEEL over nrOfInstances, nrOfCompletedInstances, nrOfActiveInstances, nrOfAgreed, nrOfDisagreed. */
  completionCondition?: string;
}

export interface GraphElement {
  id: string;
  kind: ElementKind;
  name?: string;
  /** The embedded sub-process that contains the element; null at process level. */
  scope: string | null;
  incoming: string[];
  outgoing: string[];
  defaultFlow?: string;
  /** Events: what starts, ends, is caught or thrown. */
  trigger?: EventTrigger;
  /** Boundary events: the activity they are attached to, and whether they cancel it. */
  attachedTo?: string;
  cancelActivity?: boolean;
  /** Activities: the boundary events attached to them. */
  boundaries?: string[];
  /** User tasks. */
  assignee?: string;
  candidates?: string;
  formKey?: string;
  dueIn?: string;
  remind?: string[];
  escalateAfter?: string;
  operations?: TaskOperation[];
  multiInstance?: MultiInstance;
  /** Service tasks. */
  handler?: string;
  async?: boolean;
  retries?: number;
  /** Script tasks (FEEL). */
  script?: string;
  resultVariable?: string;
  /** Call activities. */
  calledElement?: string;
  inputs?: string[] | null;
  outputs?: string[];
  /** Sub-processes: their none start event. */
  startEvent?: string;
  /** Receive tasks. */
  message?: string;
  correlationKey?: string;
}

export interface GraphFlow {
  id: string;
  name?: string;
  source: string;
  target: string;
  /** FEEL; absent on unconditional flows. */
  condition?: string;
}

export interface ProcessGraph {
  key: string;
  name: string;
  titleTemplate?: string;
  /** Start events at process level. */
  startEvents: string[];
  elements: Record<string, GraphElement>;
  flows: Record<string, GraphFlow>;
}

export const isActivity = (e: GraphElement) =>
  e.kind === 'userTask' ||
  e.kind === 'serviceTask' ||
  e.kind === 'scriptTask' ||
  e.kind === 'receiveTask' ||
  e.kind === 'task' ||
  e.kind === 'subProcess' ||
  e.kind === 'callActivity';

export const isGateway = (e: GraphElement) =>
  e.kind === 'exclusiveGateway' || e.kind === 'parallelGateway' || e.kind === 'inclusiveGateway' || e.kind === 'eventBasedGateway';
