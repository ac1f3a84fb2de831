import type { ModdleElement } from 'bpmn-moddle';
import { containedObjects } from './treeWalk.ts';

/**
 * A flow node's incoming/outgoing lists mirror the sequence flows that end and start at it.
 * The merge compares and merges the flows, then rebuilds these lists from them (keeping the
 * order a node had where it still holds).
 */
export function rebuildFlowNodeConnections(root: ModdleElement): void {
  const objects = containedObjects(root);
  const incoming = new Map<ModdleElement, ModdleElement[]>();
  const outgoing = new Map<ModdleElement, ModdleElement[]>();
  const add = (map: Map<ModdleElement, ModdleElement[]>, node: unknown, flow: ModdleElement) => {
    if (typeof node !== 'object' || node === null) return;
    const list = map.get(node as ModdleElement) ?? [];
    list.push(flow);
    map.set(node as ModdleElement, list);
  };
  for (const obj of objects) {
    if (!obj.$instanceOf?.('bpmn:SequenceFlow')) continue;
    add(outgoing, obj.sourceRef, obj);
    add(incoming, obj.targetRef, obj);
  }
  for (const node of objects) {
    if (!node.$instanceOf?.('bpmn:FlowNode')) continue;
    for (const [property, map] of [
      ['bpmn:incoming', incoming],
      ['bpmn:outgoing', outgoing],
    ] as const) {
      const wanted = map.get(node) ?? [];
      const current = ((node[property.slice(5)] ?? []) as ModdleElement[]).filter((flow) => wanted.includes(flow));
      const list = [...current, ...wanted.filter((flow) => !current.includes(flow))];
      node.set(property, list.length ? list : undefined);
    }
  }
}
