import type { Diagram, DiagramElement } from './diagramServices.ts';
import { isMarkable } from './diagramServices.ts';

/**
 * A set of CSS markers on a diagram's elements that can be replaced as a whole: the lint marks
 * after each check, the diff or merge colours after each computation. Elements the diagram does
 * not draw (the process, messages, …) are skipped.
 */
export class MarkerLayer {
  private placed = new Map<string, string>();

  constructor(private readonly diagram: Diagram) {}

  show(marks: ReadonlyMap<string, string>): void {
    const canvas = this.diagram.get('canvas');
    const registry = this.diagram.get('elementRegistry');
    for (const [id, marker] of this.placed) if (registry.get(id)) canvas.removeMarker(id, marker);
    this.placed = new Map();
    for (const [id, marker] of marks) {
      const element: DiagramElement | undefined = registry.get(id);
      if (!element || !isMarkable(element)) continue;
      canvas.addMarker(element, marker);
      this.placed.set(id, marker);
    }
  }

  clear(): void {
    this.show(new Map());
  }
}
