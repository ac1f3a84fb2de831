import type { InjectionKey, Ref } from 'vue';
import type { ModdleElement } from './moddleElement.ts';
import type { DiagramElement } from './canvas/diagramServices.ts';

/**
 * What the properties panel's parts share with the editor: a revision that grows
 * whenever the diagram changes (bpmn-js objects are not reactive; reads depend on it), and one
 * way to write properties — through bpmn-js' modeling, so every edit is on the command stack
 * and can be undone.
 */
export interface DesignerContext {
  revision: Readonly<Ref<number>>;
  /** Published and retired versions are shown, not edited. */
  readOnly: Readonly<Ref<boolean>>;
  update(element: DiagramElement, properties: Record<string, unknown>): void;
  /** A new bpmn:FormalExpression (a condition) for the diagram being edited. */
  createExpression(body: string): ModdleElement;
}

export const DESIGNER_CONTEXT: InjectionKey<DesignerContext> = Symbol('kunlun.designer');

/** Blank texts are written as "unset": the attribute disappears from the XML. */
export function cleanProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, typeof v === 'string' && v.trim() === '' ? undefined : v]));
}
