import type { DiagramElement } from './diagramServices.ts';

/**
 * Dropping a new step onto a flow splits the flow (bpmn-js' DropOnFlowBehavior) — but only
 * when the pointer is on the flow's 15-unit hit line, which at the designer's fit-to-window zoom
 * is a few pixels wide: a step dropped with its box over the line yet the pointer just beside it
 * landed unconnected. While a step is created, a sequence flow that runs through the middle of
 * its box (within a third of its size from the centre) becomes the drop target, and the step
 * snaps onto it, so the flow is split as the person meant.
 */
interface Point {
  x: number;
  y: number;
}

interface CreateEvent extends Point {
  hover?: DiagramElement | null;
  context: { elements?: DiagramElement[]; shape?: DiagramElement };
}

interface EventBusWithPriority {
  on(events: string[], priority: number, callback: (event: CreateEvent) => void): void;
}

interface InsertRules {
  canInsert(shape: DiagramElement, flow: DiagramElement): boolean;
}

interface ZoomingCanvas {
  zoom(): number;
}

/** Runs after diagram-js' snapping (1250) and before Create decides on the target (1000). */
const PRIORITY = 1100;
/** Never less than this many screen pixels around the centre. */
const MIN_TOLERANCE_PX = 8;

function nearestOnSegment(p: Point, a: Point, b: Point): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return { x: a.x + t * dx, y: a.y + t * dy };
}

/** The point of a polyline nearest to `p`, and how far it is. */
export function nearestOnFlow(waypoints: readonly Point[], p: Point): { point: Point; distance: number } | null {
  let best: { point: Point; distance: number } | null = null;
  for (let i = 1; i < waypoints.length; i += 1) {
    const point = nearestOnSegment(p, waypoints[i - 1]!, waypoints[i]!);
    const distance = Math.hypot(point.x - p.x, point.y - p.y);
    if (!best || distance < best.distance) best = { point, distance };
  }
  return best;
}

function DropOnNearbyFlow(eventBus: EventBusWithPriority, bpmnRules: InsertRules, canvas: ZoomingCanvas): void {
  eventBus.on(['create.move', 'create.hover', 'create.end'], PRIORITY, (event) => {
    const shape = event.context.elements?.length === 1 ? event.context.elements[0] : undefined;
    const hover = event.hover;
    if (!shape || !hover || hover.waypoints || shape.waypoints) return;
    const tolerance = Math.max(MIN_TOLERANCE_PX / canvas.zoom(), Math.min(shape.width ?? 0, shape.height ?? 0) / 3);
    const children = (hover as DiagramElement & { children?: DiagramElement[] }).children ?? [];
    let chosen: { flow: DiagramElement; point: Point; distance: number } | null = null;
    for (const flow of children) {
      if (flow.type !== 'bpmn:SequenceFlow' || !flow.waypoints || !bpmnRules.canInsert(shape, flow)) continue;
      const near = nearestOnFlow(flow.waypoints, event);
      if (near && near.distance <= tolerance && (!chosen || near.distance < chosen.distance)) chosen = { flow, ...near };
    }
    if (!chosen) return;
    event.hover = chosen.flow;
    event.x = chosen.point.x;
    event.y = chosen.point.y;
  });
}
DropOnNearbyFlow.$inject = ['eventBus', 'bpmnRules', 'canvas'];

/** The bpmn-js module, for the Modeler only (a viewer creates nothing). */
export const dropOnNearbyFlowModule = { __init__: ['dropOnNearbyFlow'], dropOnNearbyFlow: ['type', DropOnNearbyFlow] };
