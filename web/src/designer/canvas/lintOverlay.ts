import { lintDefinition, type LintRegistry, type LintReport } from '@kunlun/workflows';
import { LINT_MARKER_CLASSES, lintByElement } from '../lintMarks.ts';
import type { Modeler } from './diagramServices.ts';
import { MarkerLayer } from './markerLayer.ts';

const OVERLAY_TYPE = 'kl-lint';

/**
 * Live lint on the modeler's canvas: the same rules as the server's publish check
 * (@kunlun/workflows lintDefinition, with the enabled modules' forms and service tasks), run on
 * the diagram being edited; erroneous elements get a red outline and a badge with the count,
 * elements with warnings an amber one. Clicking a badge calls `onPick` with the element id.
 */
export class LintOverlay {
  private readonly markers: MarkerLayer;

  constructor(
    private readonly modeler: Modeler,
    private readonly onPick: (elementId: string) => void,
  ) {
    this.markers = new MarkerLayer(modeler);
  }

  async check(registry: LintRegistry | undefined): Promise<LintReport> {
    const report = await lintDefinition({ definitions: this.modeler.getDefinitions(), warnings: [], elementsById: {} }, registry ? { registry } : {});
    this.show(report);
    return report;
  }

  show(report: LintReport): void {
    const marks = lintByElement(report.problems);
    this.markers.show(new Map([...marks].map(([id, lint]) => [id, LINT_MARKER_CLASSES[lint.mark]])));
    const overlays = this.modeler.get('overlays');
    const registry = this.modeler.get('elementRegistry');
    overlays.remove({ type: OVERLAY_TYPE });
    for (const lint of marks.values()) {
      const element = registry.get(lint.elementId);
      if (!element || element.type === 'label') continue;
      const badge = document.createElement('div');
      badge.className = `kl-lint-badge kl-lint-badge--${lint.mark}`;
      badge.dataset.lintElement = lint.elementId;
      badge.textContent = String(lint.errors + lint.warnings);
      badge.addEventListener('click', () => this.onPick(lint.elementId));
      overlays.add(element, OVERLAY_TYPE, { position: element.waypoints ? { top: -10, left: -10 } : { top: -9, right: 9 }, html: badge });
    }
  }
}
