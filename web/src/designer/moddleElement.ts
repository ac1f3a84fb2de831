import type { ParsedBpmn } from '@kunlun/workflows';

/** An object of a parsed BPMN tree (bpmn-moddle), as @kunlun/workflows and bpmn-js hand them out. */
export type ModdleElement = ParsedBpmn['definitions'];
