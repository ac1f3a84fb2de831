import type { AttributeChange, DefinitionDiff } from '@kunlun/workflows';

/**
 * A semantic diff (@kunlun/workflows diffDefinitions) as the diff view shows it: a colour per
 * element on each of the two diagrams — removed on the left, added on the right, changed and
 * moved on both — and one row per changed element for the list beside them.
 */
export type DiffMark = 'added' | 'removed' | 'changed' | 'moved';
export type ChangeKind = 'added' | 'removed' | 'changed' | 'rewired' | 'moved';

export interface DiffMarks {
  before: Map<string, DiffMark>;
  after: Map<string, DiffMark>;
}

export interface ChangeRow {
  elementId: string;
  type: string;
  name?: string;
  kind: ChangeKind;
  attributes: AttributeChange[];
}

/** The CSS class of each mark on a bpmn-js canvas (styled in designerMarkers.css). */
export const DIFF_MARKER_CLASSES: Readonly<Record<DiffMark, string>> = {
  added: 'kl-diff-added',
  removed: 'kl-diff-removed',
  changed: 'kl-diff-changed',
  moved: 'kl-diff-moved',
};

const isDiagramType = (type: string) => /^(bpmndi|di|dc):/.test(type);
const isRoot = (id: string) => id.startsWith('#');

export function diffMarks(diff: DefinitionDiff): DiffMarks {
  const before = new Map<string, DiffMark>();
  const after = new Map<string, DiffMark>();
  const mark = (side: Map<string, DiffMark>, id: string, value: DiffMark) => {
    if (!side.has(id)) side.set(id, value);
  };
  for (const e of diff.removed) if (!isDiagramType(e.type)) mark(before, e.id, 'removed');
  for (const e of diff.added) if (!isDiagramType(e.type)) mark(after, e.id, 'added');
  for (const e of [...diff.changed, ...diff.rewired]) {
    const id = isDiagramType(e.type) ? e.bpmnElement : e.id;
    if (!id) continue;
    mark(before, id, 'changed');
    mark(after, id, 'changed');
  }
  for (const e of diff.layout) {
    if (!e.layoutOnly || !e.bpmnElement) continue;
    mark(before, e.bpmnElement, 'moved');
    mark(after, e.bpmnElement, 'moved');
  }
  return { before, after };
}

/** One row per element that changed, in the order added, removed, changed, rewired, moved. */
export function changeRows(diff: DefinitionDiff): ChangeRow[] {
  const rows: ChangeRow[] = [];
  const row = (e: { id: string; type: string; name?: string }, kind: ChangeKind, attributes: AttributeChange[] = []) =>
    rows.push({ elementId: e.id, type: e.type, ...(e.name ? { name: e.name } : {}), kind, attributes });
  for (const e of diff.added) if (!isDiagramType(e.type)) row(e, 'added');
  for (const e of diff.removed) if (!isDiagramType(e.type)) row(e, 'removed');
  for (const e of diff.changed) if (!isDiagramType(e.type) || !e.bpmnElement) row(e, 'changed', e.attributes);
  for (const e of diff.rewired) {
    const attributes: AttributeChange[] = [];
    if (e.source) attributes.push({ attribute: 'sourceRef', old: e.source.old, new: e.source.new });
    if (e.target) attributes.push({ attribute: 'targetRef', old: e.target.old, new: e.target.new });
    row(e, 'rewired', attributes);
  }
  for (const e of diff.layout) if (e.layoutOnly && e.bpmnElement) row({ id: e.bpmnElement, type: e.type }, 'moved', e.attributes);
  return rows.filter((r) => !isRoot(r.elementId) || r.kind === 'changed');
}

/** What the list says about an element: its own type and name, read from the versions compared. */
export interface ElementFacts {
  type: string;
  name?: string;
}

/**
 * Rows about drawings (a moved shape or edge) name the element they draw, and rows without a
 * name get the element's name from whichever version has it.
 */
export function describeRows(rows: readonly ChangeRow[], facts: (id: string) => ElementFacts | undefined): ChangeRow[] {
  return rows.map((row) => {
    const known = facts(row.elementId);
    if (!known) return row;
    const name = row.name ?? known.name;
    return { ...row, type: isDiagramType(row.type) ? known.type : row.type, ...(name ? { name } : {}) };
  });
}
