import type { ElementCompiler } from './elementCompiler.ts';
import { compileBoundaryEvent } from './boundaryEventCompiler.ts';
import { compileCallActivity } from './callActivityCompiler.ts';
import { compileEventTrigger } from './eventTrigger.ts';
import { compileReceiveTask } from './receiveTaskCompiler.ts';
import { compileScriptTask } from './scriptTaskCompiler.ts';
import { compileServiceTask } from './serviceTaskCompiler.ts';
import { compileStartEvent } from './startEventCompiler.ts';
import { compileSubProcess, refuseEventSubProcess } from './subProcessCompiler.ts';
import { compileUserTask } from './userTaskCompiler.ts';

/** The BPMN element types the engine runs, by `$type`: any other flow element is reported as one it cannot run. */
export const ELEMENT_COMPILERS = {
  'bpmn:StartEvent': { kind: 'startEvent', compile: compileStartEvent },
  'bpmn:EndEvent': { kind: 'endEvent', compile: compileEventTrigger },
  'bpmn:IntermediateCatchEvent': { kind: 'intermediateCatchEvent', compile: compileEventTrigger },
  'bpmn:IntermediateThrowEvent': { kind: 'intermediateThrowEvent', compile: compileEventTrigger },
  'bpmn:BoundaryEvent': { kind: 'boundaryEvent', compile: compileBoundaryEvent },
  'bpmn:UserTask': { kind: 'userTask', compile: compileUserTask },
  'bpmn:ServiceTask': { kind: 'serviceTask', compile: compileServiceTask },
  'bpmn:ScriptTask': { kind: 'scriptTask', compile: compileScriptTask },
  'bpmn:ReceiveTask': { kind: 'receiveTask', compile: compileReceiveTask },
  'bpmn:Task': { kind: 'task' },
  'bpmn:ManualTask': { kind: 'task' },
  'bpmn:ExclusiveGateway': { kind: 'exclusiveGateway' },
  'bpmn:ParallelGateway': { kind: 'parallelGateway' },
  'bpmn:InclusiveGateway': { kind: 'inclusiveGateway' },
  'bpmn:EventBasedGateway': { kind: 'eventBasedGateway' },
  'bpmn:SubProcess': { kind: 'subProcess', refusal: refuseEventSubProcess, compile: compileSubProcess },
  'bpmn:CallActivity': { kind: 'callActivity', compile: compileCallActivity },
} as const satisfies Record<`bpmn:${string}`, ElementCompiler>;

/** The compiler of an element type, if the engine runs that type. */
export const elementCompilerOf = (type: string): ElementCompiler | undefined => (ELEMENT_COMPILERS as Record<string, ElementCompiler | undefined>)[type];

/** Flow elements that carry no behaviour and are skipped. */
export const INERT_ELEMENTS: ReadonlySet<string> = new Set([
  'bpmn:DataObject',
  'bpmn:DataObjectReference',
  'bpmn:DataStoreReference',
  'bpmn:TextAnnotation',
  'bpmn:Association',
  'bpmn:Group',
]);
