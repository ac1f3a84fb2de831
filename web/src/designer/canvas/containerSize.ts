import type { Diagram } from './diagramServices.ts';

/**
 * bpmn-js measures its container once; when the page around it changes size (panels, alerts,
 * the window), the canvas is told so that clicks and drags land where they are drawn.
 * Answers a function that stops following.
 */
export function followContainerSize(diagram: Diagram, container: HTMLElement): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(() => diagram.get('canvas').resized());
  observer.observe(container);
  return () => observer.disconnect();
}

/**
 * Shows the whole diagram, measured at the container's current size, never larger than life,
 * centred in the room left by `left` pixels (the modeler's palette) and a margin.
 */
export function fitDiagram(diagram: Diagram, left = 0): void {
  const canvas = diagram.get('canvas');
  canvas.resized();
  const { inner, outer } = canvas.viewbox();
  if (!inner.width || !inner.height || !outer.width || !outer.height) return;
  const margin = 24;
  const roomX = Math.max(1, outer.width - left - 2 * margin);
  const roomY = Math.max(1, outer.height - 2 * margin);
  const scale = Math.min(1, roomX / inner.width, roomY / inner.height);
  const width = outer.width / scale;
  const height = outer.height / scale;
  const x = inner.x - (left + margin) / scale - (roomX / scale - inner.width) / 2;
  canvas.viewbox({ x, y: inner.y - (height - inner.height) / 2, width, height });
}

/** Room the modeler's palette takes on the left of its canvas. */
export const PALETTE_ROOM = 100;
