import { kunlunModdleDescriptor } from '@kunlun/workflows';
import type { Diagram, Modeler } from './diagramServices.ts';
import { canvasTranslationModule } from './canvasTranslation.ts';
import { dropOnNearbyFlowModule } from './dropOnNearbyFlow.ts';

/**
 * bpmn-js for the designer, loaded on first use only (it stays out of the desktop's first
 * page): a Modeler for editing, a NavigatedViewer for the diff and merge views. Both know the
 * `kunlun` moddle extension, so Kunlun attributes are read, edited and written as such, and
 * draw their own texts in the interface's language.
 */
const moddleExtensions = { kunlun: kunlunModdleDescriptor as unknown as Record<string, unknown> };
/** Texts bpmn-js draws (palette, context pad, replace menu) in the interface's language. */
const additionalModules = [canvasTranslationModule];

async function loadStyles(): Promise<void> {
  await import('./diagramStyles.ts');
}

export async function createModeler(container: HTMLElement): Promise<Modeler> {
  const [{ default: BpmnModeler }] = await Promise.all([import('bpmn-js/lib/Modeler'), loadStyles()]);
  return new BpmnModeler({ container, moddleExtensions, additionalModules: [...additionalModules, dropOnNearbyFlowModule] }) as unknown as Modeler;
}

export async function createViewer(container: HTMLElement): Promise<Diagram> {
  const [{ default: NavigatedViewer }] = await Promise.all([import('bpmn-js/lib/NavigatedViewer'), loadStyles()]);
  return new NavigatedViewer({ container, moddleExtensions, additionalModules }) as unknown as Diagram;
}
