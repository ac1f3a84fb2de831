import { markRaw, onBeforeUnmount, ref, shallowRef, type Ref } from 'vue';
import type { LintProblem, LintRegistry } from '@kunlun/workflows';
import { createModeler, createViewer } from '@/designer/canvas/createDiagram.ts';
import type { Diagram, DiagramElement, Modeler } from '@/designer/canvas/diagramServices.ts';
import { LintOverlay } from '@/designer/canvas/lintOverlay.ts';
import { fitDiagram, followContainerSize, PALETTE_ROOM } from '@/designer/canvas/containerSize.ts';
import type { DesignerContext } from '@/designer/designerContext.ts';

const LINT_DELAY_MS = 400;

/**
 * The diagram of the process editor: a bpmn-js Modeler for a draft (a NavigatedViewer for a
 * published or retired version), the element the properties panel shows, whether there are
 * unsaved changes, and live lint after each change.
 */
export function useProcessEditor(container: Ref<HTMLElement | undefined>, lintRegistry: () => LintRegistry | undefined) {
  const diagram = shallowRef<Diagram | null>(null);
  const selected = shallowRef<DiagramElement | null>(null);
  const revision = ref(0);
  const readOnly = ref(true);
  const dirty = ref(false);
  const canUndo = ref(false);
  const canRedo = ref(false);
  const problems = ref<LintProblem[]>([]);
  let overlay: LintOverlay | null = null;
  let lintTimer: ReturnType<typeof setTimeout> | undefined;
  let stopFollowing = () => {};

  const modeler = (): Modeler | null => (diagram.value && !readOnly.value ? (diagram.value as Modeler) : null);

  async function lintNow(): Promise<void> {
    if (!overlay) return;
    problems.value = (await overlay.check(lintRegistry())).problems;
  }

  function scheduleLint(): void {
    clearTimeout(lintTimer);
    lintTimer = setTimeout(() => void lintNow(), LINT_DELAY_MS);
  }

  function showRoot(): void {
    selected.value = diagram.value ? markRaw(diagram.value.get('canvas').getRootElement()) : null;
  }

  /** Opens a version's XML: editable when it is a draft. */
  async function open(xml: string, editable: boolean): Promise<void> {
    if (!container.value) return;
    stopFollowing();
    diagram.value?.destroy();
    readOnly.value = !editable;
    const created = markRaw(editable ? await createModeler(container.value) : await createViewer(container.value));
    diagram.value = created;
    stopFollowing = followContainerSize(created, container.value);
    overlay = new LintOverlay(created, select);
    const events = created.get('eventBus');
    events.on('selection.changed', (event) => {
      const chosen = (event.newSelection as DiagramElement[] | undefined)?.[0];
      if (chosen) selected.value = markRaw(chosen);
      else showRoot();
    });
    events.on('elements.changed', () => {
      revision.value += 1;
      const current = selected.value;
      if (current && !created.get('elementRegistry').get(current.id)) showRoot();
    });
    if (editable) {
      events.on('commandStack.changed', () => {
        const stack = (created as Modeler).get('commandStack');
        dirty.value = true;
        canUndo.value = stack.canUndo();
        canRedo.value = stack.canRedo();
        scheduleLint();
      });
    }
    await created.importXML(xml);
    fitDiagram(created, editable ? PALETTE_ROOM : 0);
    dirty.value = false;
    canUndo.value = false;
    canRedo.value = false;
    showRoot();
    revision.value += 1;
    await lintNow();
  }

  async function currentXml(): Promise<string> {
    const { xml } = await diagram.value!.saveXML({ format: true });
    return xml ?? '';
  }

  function select(elementId: string): void {
    const current = diagram.value;
    const element = current?.get('elementRegistry').get(elementId);
    if (!current || !element) return;
    current.get('canvas').scrollToElement(element, 80);
    const editor = modeler();
    if (editor) editor.get('selection').select(element);
    else selected.value = markRaw(element);
  }

  /** Shows problems the server named (a refused publish) on the canvas and in the list. */
  function showProblems(list: LintProblem[]): void {
    problems.value = list;
    overlay?.show({
      problems: list,
      errorCount: list.filter((p) => p.category === 'error').length,
      warningCount: list.filter((p) => p.category === 'warn').length,
    });
  }

  const context: DesignerContext = {
    revision,
    readOnly,
    update(element, properties) {
      modeler()?.get('modeling').updateProperties(element, properties);
    },
    createExpression(body) {
      const editor = modeler();
      if (!editor) throw new Error('the version is read-only');
      return editor.get('bpmnFactory').create('bpmn:FormalExpression', { body });
    },
  };

  const undo = () => modeler()?.get('commandStack').undo();
  const redo = () => modeler()?.get('commandStack').redo();
  const fit = () => diagram.value && fitDiagram(diagram.value, readOnly.value ? 0 : PALETTE_ROOM);
  const nameOf = (id: string): string | undefined => (diagram.value?.get('elementRegistry').get(id)?.businessObject.name as string | undefined) || undefined;

  onBeforeUnmount(() => {
    clearTimeout(lintTimer);
    stopFollowing();
    diagram.value?.destroy();
  });

  return {
    diagram,
    selected,
    revision,
    readOnly,
    dirty,
    canUndo,
    canRedo,
    problems,
    context,
    open,
    currentXml,
    select,
    lintNow,
    showProblems,
    undo,
    redo,
    fit,
    nameOf,
  };
}
