import type { ModdleElement } from '../moddleElement.ts';

/**
 * The parts of bpmn-js the designer uses, typed: a diagram's elements and the services looked
 * up by name (`diagram.get('modeling')` answers `Modeling`, not `any`).
 */
export interface DiagramElement {
  id: string;
  type: string;
  businessObject: ModdleElement;
  parent?: DiagramElement;
  labelTarget?: DiagramElement;
  source?: DiagramElement;
  target?: DiagramElement;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  waypoints?: { x: number; y: number }[];
}

export interface Viewbox {
  x: number;
  y: number;
  width: number;
  height: number;
  scale: number;
  /** The drawn diagram's bounds, in diagram units. */
  inner: { x: number; y: number; width: number; height: number };
  /** The container's size in pixels. */
  outer: { width: number; height: number };
}

export interface Canvas {
  zoom(level?: 'fit-viewport' | number, center?: 'auto' | { x: number; y: number }): number;
  viewbox(box?: Pick<Viewbox, 'x' | 'y' | 'width' | 'height'>): Viewbox;
  addMarker(element: DiagramElement | string, marker: string): void;
  removeMarker(element: DiagramElement | string, marker: string): void;
  getRootElement(): DiagramElement;
  scrollToElement(element: DiagramElement | string, padding?: number): void;
  resized(): void;
}

export interface ElementRegistry {
  get(id: string): DiagramElement | undefined;
  getAll(): DiagramElement[];
  filter(fn: (element: DiagramElement) => boolean): DiagramElement[];
}

export interface Modeling {
  updateProperties(element: DiagramElement, properties: Record<string, unknown>): void;
  updateModdleProperties(element: DiagramElement, target: ModdleElement, properties: Record<string, unknown>): void;
}

export interface CommandStack {
  canUndo(): boolean;
  canRedo(): boolean;
  undo(): void;
  redo(): void;
}

export interface Selection {
  get(): DiagramElement[];
  select(element: DiagramElement | DiagramElement[] | null): void;
}

export interface Overlays {
  add(element: DiagramElement | string, type: string, overlay: { position: Record<string, number>; html: HTMLElement | string }): string;
  remove(filter: { type?: string; element?: DiagramElement | string }): void;
}

export interface EventBus {
  on(event: string | string[], callback: (event: Record<string, unknown>) => void): void;
  off(event: string | string[], callback: (event: Record<string, unknown>) => void): void;
}

export interface BpmnFactory {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
}

export interface DiagramServices {
  canvas: Canvas;
  elementRegistry: ElementRegistry;
  eventBus: EventBus;
  overlays: Overlays;
}

export interface ModelerServices extends DiagramServices {
  modeling: Modeling;
  commandStack: CommandStack;
  selection: Selection;
  bpmnFactory: BpmnFactory;
}

/** A bpmn-js Viewer or Modeler. */
export interface Diagram<S extends DiagramServices = DiagramServices> {
  importXML(xml: string): Promise<{ warnings: unknown[] }>;
  saveXML(options?: { format?: boolean }): Promise<{ xml?: string }>;
  getDefinitions(): ModdleElement;
  get<K extends keyof S>(name: K): S[K];
  destroy(): void;
}

export type Modeler = Diagram<ModelerServices>;

/** Elements a marker or an overlay can go on: drawn flow elements, not labels or the root. */
export function isMarkable(element: DiagramElement): boolean {
  return !element.labelTarget && element.type !== 'label' && !element.type.startsWith('bpmn:Process') && element.type !== 'bpmn:Collaboration';
}
