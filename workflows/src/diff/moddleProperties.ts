import type { ModdleElement } from 'bpmn-moddle';

/**
 * What the diff and the merge read from moddle's type descriptors: which properties an element
 * has, which of them are references, contained objects or plain values, and which contained
 * objects are elements in their own right ("children", matched by id) rather than parts of the
 * element that holds them (documentation, condition expressions, event definitions, bounds …).
 */
export interface PropertyDescriptor {
  name: string;
  type: string;
  ns: { name: string; prefix: string; localName: string };
  isMany?: boolean;
  isReference?: boolean;
  isAttr?: boolean;
  isBody?: boolean;
  isVirtual?: boolean;
  isId?: boolean;
  default?: unknown;
}

export function isModdleObject(value: unknown): value is ModdleElement {
  return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}

/** Elements of namespaces no descriptor knows (vendor extensions): plain bags of attributes. */
export const isGeneric = (obj: ModdleElement): boolean => Boolean(obj.$descriptor?.isGeneric);

export function propertiesOf(obj: ModdleElement): PropertyDescriptor[] {
  return isGeneric(obj) ? [] : ((obj.$descriptor?.properties ?? []) as PropertyDescriptor[]);
}

const CORE_PREFIXES = new Set(['bpmn', 'bpmndi', 'di', 'dc']);

/** The name a change is reported under: `name`, `conditionExpression`, but `kunlun:assignee`, `bioc:stroke`. */
export const attributeName = (p: PropertyDescriptor): string => (CORE_PREFIXES.has(p.ns.prefix) ? p.name : p.ns.name);

/** XML plumbing, not content: namespace declarations and the xsi:type moddle already reads as $type. */
export const isNamespaceAttribute = (name: string): boolean => name === 'xmlns' || name.startsWith('xmlns:') || name === 'xsi:type';

/** FlowNode.incoming/outgoing only mirror the sequence flows' sourceRef/targetRef. */
export const isDerived = (obj: ModdleElement, p: PropertyDescriptor): boolean =>
  (p.name === 'incoming' || p.name === 'outgoing') && p.isReference === true && obj.$instanceOf('bpmn:FlowNode');

/** A property holding contained objects (not a plain value, not a reference). */
export const isContainment = (p: PropertyDescriptor, value: unknown): boolean =>
  !p.isReference && (Array.isArray(value) ? value.some(isModdleObject) : isModdleObject(value));

export const isDiagramType = (type: string): boolean => /^(bpmndi|di|dc):/.test(type);

const PART_TYPES = ['bpmn:Expression', 'bpmn:LoopCharacteristics', 'bpmn:Documentation', 'bpmn:ExtensionElements', 'bpmndi:BPMNLabel', 'dc:Bounds', 'dc:Point'];

/** Elements that are matched on their own even without an id (some tools write planes without one). */
const STRUCTURAL_TYPES = [
  'bpmn:RootElement',
  'bpmn:FlowElement',
  'bpmn:Artifact',
  'bpmn:LaneSet',
  'bpmn:Lane',
  'bpmn:Participant',
  'bpmn:MessageFlow',
  'bpmndi:BPMNDiagram',
  'bpmndi:BPMNPlane',
  'bpmndi:BPMNShape',
  'bpmndi:BPMNEdge',
];

/**
 * A contained object is a child element (matched on its own) when it has an id or is one of the
 * structural types, and is not one of the part types; event definitions of an event are parts
 * of the event. Everything else belongs to its owner's attribute of that name.
 */
export function isChildObject(obj: ModdleElement, property: string): boolean {
  if (isGeneric(obj) || property === 'eventDefinitions') return false;
  if (PART_TYPES.some((type) => obj.$instanceOf(type))) return false;
  return (typeof obj.id === 'string' && obj.id !== '') || STRUCTURAL_TYPES.some((type) => obj.$instanceOf(type));
}

export const referencedId = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : isModdleObject(value) && typeof value.id === 'string' ? value.id : undefined;
