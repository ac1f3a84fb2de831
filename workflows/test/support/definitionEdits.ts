import type { ModdleElement } from 'bpmn-moddle';
import type { ParsedBpmn } from '../../src/index.ts';

/**
 * Edits IT staff make in the designer, applied to a moddle tree the way bpmn-js would: rename,
 * change an attribute (documentation, kunlun:assignee, kunlun:dueIn), move a shape (with the
 * ends of its connections), insert a task into a flow, delete a task and reconnect its
 * neighbours. A seed picks its target by number among the candidates; the resolved edit names
 * ids, so it can be replayed on another copy, and has a footprint: the existing elements it
 * touches (two edits with disjoint footprints do not overlap).
 */
export type EditSeed =
  | { kind: 'rename'; pick: number; text: string }
  | { kind: 'documentation'; pick: number; text: string }
  | { kind: 'assignee'; pick: number; text: string }
  | { kind: 'dueIn'; pick: number; days: number }
  | { kind: 'moveShape'; pick: number; dx: number; dy: number }
  | { kind: 'insertTask'; pick: number; text: string }
  | { kind: 'deleteTask'; pick: number };

export type ResolvedEdit =
  | { kind: 'rename' | 'documentation' | 'assignee'; target: string; text: string }
  | { kind: 'dueIn'; target: string; days: number }
  | { kind: 'moveShape'; target: string; dx: number; dy: number }
  | { kind: 'insertTask'; flow: string; task: string; newFlow: string; text: string }
  | { kind: 'deleteTask'; target: string };

export interface AppliedEdit {
  edit: ResolvedEdit;
  footprint: string[];
}

/** Objects of the tree: flow elements of every process and sub-process, lanes, DI. */
export function treeOf(parsed: ParsedBpmn) {
  const defs = parsed.definitions;
  const flowElements: ModdleElement[] = [];
  const lanes: ModdleElement[] = [];
  const visitContainer = (container: ModdleElement) => {
    for (const el of (container.flowElements ?? []) as ModdleElement[]) {
      flowElements.push(el);
      if (el.flowElements) visitContainer(el);
    }
    const visitLaneSet = (laneSet: ModdleElement) => {
      for (const lane of (laneSet.lanes ?? []) as ModdleElement[]) {
        lanes.push(lane);
        if (lane.childLaneSet) visitLaneSet(lane.childLaneSet);
      }
    };
    for (const laneSet of (container.laneSets ?? []) as ModdleElement[]) visitLaneSet(laneSet);
  };
  for (const root of (defs.rootElements ?? []) as ModdleElement[]) if (root.$type === 'bpmn:Process') visitContainer(root);
  const diagramElements: ModdleElement[] = [];
  for (const diagram of (defs.diagrams ?? []) as ModdleElement[]) diagramElements.push(...((diagram.plane?.planeElement ?? []) as ModdleElement[]));
  const byId = new Map<string, ModdleElement>();
  for (const el of [...flowElements, ...lanes, ...diagramElements]) if (el.id) byId.set(el.id, el);
  const diOf = (el: ModdleElement) => diagramElements.find((d) => d.bpmnElement === el);
  return { defs, model: defs.$model, flowElements, lanes, diagramElements, byId, diOf };
}

type Tree = ReturnType<typeof treeOf>;

const byIdOrder = (a: ModdleElement, b: ModdleElement) => String(a.id).localeCompare(String(b.id));
const pickFrom = <T>(list: T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
const isFlow = (el: ModdleElement) => el.$type === 'bpmn:SequenceFlow';
const isTask = (el: ModdleElement) => /^bpmn:(Task|UserTask|ServiceTask|ManualTask|ScriptTask|SendTask|ReceiveTask|BusinessRuleTask)$/.test(el.$type);

/** Chooses a target for the seed in the current tree and applies it; null when nothing fits. */
export function applySeed(parsed: ParsedBpmn, seed: EditSeed, side: string, counter: number): AppliedEdit | null {
  const tree = treeOf(parsed);
  const edit = resolveSeed(tree, seed, side, counter);
  if (!edit) return null;
  const footprint = footprintOf(tree, edit);
  applyEdit(parsed, edit);
  return { edit, footprint };
}

/** The footprint the seed would have, without applying it. */
export function seedFootprint(parsed: ParsedBpmn, seed: EditSeed, side: string, counter: number): { edit: ResolvedEdit; footprint: string[] } | null {
  const tree = treeOf(parsed);
  const edit = resolveSeed(tree, seed, side, counter);
  return edit ? { edit, footprint: footprintOf(tree, edit) } : null;
}

function resolveSeed(tree: Tree, seed: EditSeed, side: string, counter: number): ResolvedEdit | null {
  const nodes = tree.flowElements.filter((el) => el.$instanceOf('bpmn:FlowNode') && el.id).sort(byIdOrder);
  switch (seed.kind) {
    case 'rename':
    case 'documentation': {
      const target = pickFrom([...nodes, ...tree.flowElements.filter(isFlow)], seed.pick);
      return target ? { kind: seed.kind, target: target.id!, text: `${seed.text}-${side}${counter}` } : null;
    }
    case 'assignee': {
      const target = pickFrom(
        nodes.filter((n) => n.$type === 'bpmn:UserTask'),
        seed.pick,
      );
      return target ? { kind: 'assignee', target: target.id!, text: `post("${seed.text}", initiator.unit)` } : null;
    }
    case 'dueIn': {
      const target = pickFrom(
        nodes.filter((n) => n.$type === 'bpmn:UserTask'),
        seed.pick,
      );
      return target ? { kind: 'dueIn', target: target.id!, days: seed.days } : null;
    }
    case 'moveShape': {
      const target = pickFrom(
        nodes.filter((n) => tree.diOf(n)?.bounds),
        seed.pick,
      );
      return target ? { kind: 'moveShape', target: target.id!, dx: seed.dx, dy: seed.dy } : null;
    }
    case 'insertTask': {
      const flows = tree.flowElements.filter((f) => isFlow(f) && f.sourceRef && f.targetRef && tree.diOf(f)?.waypoint?.length >= 2).sort(byIdOrder);
      const flow = pickFrom(flows, seed.pick);
      return flow ? { kind: 'insertTask', flow: flow.id!, task: `${side}_task_${counter}`, newFlow: `${side}_flow_${counter}`, text: seed.text } : null;
    }
    case 'deleteTask': {
      const target = pickFrom(
        nodes.filter((n) => isTask(n) && deletable(tree, n)),
        seed.pick,
      );
      return target ? { kind: 'deleteTask', target: target.id! } : null;
    }
  }
}

/** A task with one flow in and one out, that nothing else refers to. */
function deletable(tree: Tree, task: ModdleElement): boolean {
  const incoming = tree.flowElements.filter((f) => isFlow(f) && f.targetRef === task);
  const outgoing = tree.flowElements.filter((f) => isFlow(f) && f.sourceRef === task);
  if (incoming.length !== 1 || outgoing.length !== 1) return false;
  const [fin, fout] = [incoming[0]!, outgoing[0]!];
  if (fin.sourceRef === fout.targetRef || fin.sourceRef === task || !tree.diOf(fin) || !tree.diOf(fout)) return false;
  const allowed = new Set([fin, fout, ...tree.lanes, ...tree.diagramElements]);
  return (
    referrersOf(tree.defs, task).every((r) => allowed.has(r)) && referrersOf(tree.defs, fout).every((r) => allowed.has(r) || r === task || r === fout.targetRef)
  );
}

function referrersOf(root: ModdleElement, target: ModdleElement): ModdleElement[] {
  const out: ModdleElement[] = [];
  const seen = new Set<ModdleElement>();
  const visit = (obj: ModdleElement) => {
    if (seen.has(obj) || obj.$descriptor?.isGeneric) return;
    seen.add(obj);
    for (const p of obj.$descriptor.properties as { name: string; isReference?: boolean; isVirtual?: boolean }[]) {
      const value = obj[p.name];
      if (value === undefined || value === null) continue;
      const values = Array.isArray(value) ? value : [value];
      if (p.isReference) {
        if (!p.isVirtual && values.includes(target)) out.push(obj);
      } else for (const v of values) if (v && typeof v === 'object' && v.$type) visit(v);
    }
  };
  visit(root);
  return out;
}

function footprintOf(tree: Tree, edit: ResolvedEdit): string[] {
  const withDi = (els: (ModdleElement | undefined)[]) =>
    els.flatMap((el) => (el ? [el.id, tree.diOf(el)?.id] : [])).filter((id): id is string => typeof id === 'string');
  const el = (id: string) => tree.byId.get(id);
  switch (edit.kind) {
    case 'rename':
    case 'documentation':
    case 'assignee':
    case 'dueIn':
      return withDi([el(edit.target)]);
    case 'moveShape': {
      const node = el(edit.target);
      return withDi([node, ...tree.flowElements.filter((f) => isFlow(f) && (f.sourceRef === node || f.targetRef === node))]);
    }
    case 'insertTask': {
      const flow = el(edit.flow)!;
      return withDi([flow, flow.sourceRef, flow.targetRef]);
    }
    case 'deleteTask': {
      const task = el(edit.target)!;
      const fin = tree.flowElements.find((f) => isFlow(f) && f.targetRef === task);
      const fout = tree.flowElements.find((f) => isFlow(f) && f.sourceRef === task);
      return withDi([task, fin, fout, fin?.sourceRef, fout?.targetRef]);
    }
  }
}

/** Applies a resolved edit (its targets must exist). */
export function applyEdit(parsed: ParsedBpmn, edit: ResolvedEdit): void {
  const tree = treeOf(parsed);
  const get = (id: string) => {
    const found = tree.byId.get(id);
    if (!found) throw new Error(`edit ${edit.kind}: no element ${id}`);
    return found;
  };
  switch (edit.kind) {
    case 'rename':
      get(edit.target).name = edit.text;
      return;
    case 'documentation':
      get(edit.target).documentation = [tree.model.create('bpmn:Documentation', { text: edit.text })];
      return;
    case 'assignee':
      get(edit.target).set('kunlun:assignee', edit.text);
      return;
    case 'dueIn':
      get(edit.target).set('kunlun:dueIn', `P${edit.days}D`);
      return;
    case 'moveShape':
      return moveShape(tree, get(edit.target), edit.dx, edit.dy);
    case 'insertTask':
      return insertTask(tree, get(edit.flow), edit);
    case 'deleteTask':
      return deleteTask(tree, get(edit.target));
  }
}

const point = (tree: Tree, x: number, y: number) => tree.model.create('dc:Point', { x, y });

function moveShape(tree: Tree, node: ModdleElement, dx: number, dy: number): void {
  const shape = tree.diOf(node)!;
  shape.bounds.x += dx;
  shape.bounds.y += dy;
  if (shape.label?.bounds) {
    shape.label.bounds.x += dx;
    shape.label.bounds.y += dy;
  }
  for (const flow of tree.flowElements.filter((f) => isFlow(f))) {
    const points = tree.diOf(flow)?.waypoint as ModdleElement[] | undefined;
    if (!points?.length) continue;
    if (flow.sourceRef === node) Object.assign(points[0]!, { x: points[0]!.x + dx, y: points[0]!.y + dy });
    if (flow.targetRef === node) Object.assign(points[points.length - 1]!, { x: points[points.length - 1]!.x + dx, y: points[points.length - 1]!.y + dy });
  }
}

function insertTask(tree: Tree, flow: ModdleElement, edit: Extract<ResolvedEdit, { kind: 'insertTask' }>): void {
  const { model } = tree;
  const container = flow.$parent!;
  const next = flow.targetRef;
  const task = model.create('bpmn:UserTask', { id: edit.task, name: edit.text });
  task.set('kunlun:assignee', 'initiator');
  const newFlow = model.create('bpmn:SequenceFlow', { id: edit.newFlow, sourceRef: task, targetRef: next });
  task.$parent = container;
  newFlow.$parent = container;
  container.flowElements.push(task, newFlow);
  flow.targetRef = task;
  task.set('incoming', [flow]);
  task.set('outgoing', [newFlow]);
  next.set('incoming', [...(next.incoming ?? []).filter((f: ModdleElement) => f !== flow), newFlow]);
  const lane = tree.lanes.find((l) => (l.flowNodeRef ?? []).includes(flow.sourceRef));
  if (lane) lane.flowNodeRef.push(task);

  const edge = tree.diOf(flow)!;
  const points = edge.waypoint as ModdleElement[];
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const cx = Math.round((first.x + last.x) / 2);
  const cy = Math.round((first.y + last.y) / 2);
  const plane = edge.$parent!;
  const shape = model.create('bpmndi:BPMNShape', {
    id: `${edit.task}_di`,
    bpmnElement: task,
    bounds: model.create('dc:Bounds', { x: cx - 50, y: cy - 40, width: 100, height: 80 }),
  });
  const newEdge = model.create('bpmndi:BPMNEdge', {
    id: `${edit.newFlow}_di`,
    bpmnElement: newFlow,
    waypoint: [point(tree, cx + 50, cy), point(tree, last.x, last.y)],
  });
  shape.$parent = plane;
  newEdge.$parent = plane;
  plane.planeElement.push(shape, newEdge);
  edge.waypoint = [...points.slice(0, -1), point(tree, cx - 50, cy)];
}

function deleteTask(tree: Tree, task: ModdleElement): void {
  const fin = tree.flowElements.find((f) => isFlow(f) && f.targetRef === task)!;
  const fout = tree.flowElements.find((f) => isFlow(f) && f.sourceRef === task)!;
  const next = fout.targetRef;
  fin.targetRef = next;
  next.set('incoming', [...(next.incoming ?? []).filter((f: ModdleElement) => f !== fout), fin]);
  const container = task.$parent!;
  container.flowElements = container.flowElements.filter((el: ModdleElement) => el !== task && el !== fout);
  for (const lane of tree.lanes) if (lane.flowNodeRef?.includes(task)) lane.flowNodeRef = lane.flowNodeRef.filter((n: ModdleElement) => n !== task);
  const taskShape = tree.diOf(task);
  const outEdge = tree.diOf(fout);
  const inEdge = tree.diOf(fin);
  for (const di of [taskShape, outEdge]) if (di) di.$parent!.planeElement = di.$parent!.planeElement.filter((d: ModdleElement) => d !== di);
  if (inEdge?.waypoint?.length && outEdge?.waypoint?.length) {
    const end = outEdge.waypoint[outEdge.waypoint.length - 1];
    inEdge.waypoint = [...inEdge.waypoint.slice(0, -1), point(tree, end.x, end.y)];
  }
}
