import type { ModdleElement } from 'bpmn-moddle';
import type { ElementKind, GraphElement } from '../processGraph.ts';

/** What every element compiler is handed: where problems go, the FEEL check, and the walk into a container. */
export interface CompileContext {
  /** Reports what the engine cannot run, or would run wrongly, naming the element. */
  problem(elementId: string | null, message: string): void;
  /** Reports an expression that is not valid FEEL (`what` names it for the person reading the problem); an absent or blank one passes. */
  checkFeel(elementId: string, what: string, expression: string | undefined): void;
  /** Compiles the flow elements of a container (the process, or an embedded sub-process) into the scope given. */
  visit(container: ModdleElement, scope: string | null): void;
}

/**
 * How one BPMN element type (`$type`) compiles: the kind the engine runs it as, an optional
 * refusal (a variant of the type the engine cannot run: the element is then left out), and what
 * its node carries beyond the parts every element has (id, name, scope, flows, default flow,
 * multi-instance).
 */
export interface ElementCompiler {
  readonly kind: ElementKind;
  readonly refusal?: (element: ModdleElement) => string | undefined;
  readonly compile?: (element: ModdleElement, node: GraphElement, context: CompileContext) => void;
}
