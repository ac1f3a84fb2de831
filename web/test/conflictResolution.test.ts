import { describe, expect, it } from 'vitest';
import { mergeDefinitions, parseBpmn } from '@kunlun/workflows';
import approvalXml from '@kunlun/workflows/base/general/general.approval.bpmn?raw';
import { canEditAsText, conflictKey, isAttributeConflict, resolveMerge, type MergeSources, type Resolution } from '@/designer/merge/conflictResolution.ts';

/** Replaces one exact piece of the XML (failing loudly when it is not there). */
function edit(xml: string, from: string, to: string): string {
  expect(xml, `the fixture should contain ${from}`).toContain(from);
  return xml.replace(from, to);
}

const LEADER_RULE = 'kunlun:assignee="leaderInCharge(initiator.unit)"';

/** A new release: 办公室备案 after the leader's approval, and the leader step's rule changed. */
function upstreamRelease(base: string): string {
  let xml = edit(
    base,
    '<bpmn:endEvent id="approved" name="审批通过">',
    '<bpmn:userTask id="record" name="办公室备案" kunlun:assignee="post(&quot;office_director&quot;, initiator.unit)">\n      <bpmn:incoming>approveAgreed</bpmn:incoming>\n      <bpmn:outgoing>toApproved</bpmn:outgoing>\n    </bpmn:userTask>\n    <bpmn:endEvent id="approved" name="审批通过">',
  );
  xml = edit(
    xml,
    'sourceRef="approveDecision" targetRef="approved" />',
    'sourceRef="approveDecision" targetRef="record" />\n    <bpmn:sequenceFlow id="toApproved" sourceRef="record" targetRef="approved" />',
  );
  xml = edit(xml, '<bpmn:incoming>approveAgreed</bpmn:incoming>\n    </bpmn:endEvent>', '<bpmn:incoming>toApproved</bpmn:incoming>\n    </bpmn:endEvent>');
  xml = edit(
    xml,
    '</bpmndi:BPMNPlane>',
    '<bpmndi:BPMNShape id="record_di" bpmnElement="record"><dc:Bounds x="900" y="60" width="100" height="80" /></bpmndi:BPMNShape><bpmndi:BPMNEdge id="toApproved_di" bpmnElement="toApproved"><di:waypoint x="950" y="140" /><di:waypoint x="940" y="182" /></bpmndi:BPMNEdge></bpmndi:BPMNPlane>',
  );
  return edit(xml, LEADER_RULE, 'kunlun:assignee="principalLeader(initiator.unit)"');
}

/** The installation's fork: the leader step goes to a named person, and the 填写签报 step moved down. */
function forkOf(base: string): string {
  const xml = edit(base, LEADER_RULE, 'kunlun:assignee="&#34;hb_edu_head&#34;"');
  return edit(xml, '<dc:Bounds x="240" y="160" width="100" height="80" />', '<dc:Bounds x="240" y="260" width="100" height="80" />');
}

const sources: MergeSources = { baseXml: approvalXml, upstreamXml: upstreamRelease(approvalXml), forkXml: forkOf(approvalXml) };

async function assigneeOf(xml: string, id: string): Promise<string | undefined> {
  return (await parseBpmn(xml)).elementsById[id]?.get('kunlun:assignee') as string | undefined;
}

async function boundsOf(xml: string, id: string): Promise<{ x: number; y: number }> {
  return (await parseBpmn(xml)).elementsById[id]!.bounds;
}

describe('resolving merge conflicts by choosing a side', () => {
  it('given both sides changed the leader rule, then the proposal lists it as a text conflict with all three values', async () => {
    const proposal = await mergeDefinitions(sources.baseXml, sources.upstreamXml, sources.forkXml);
    expect(proposal.conflicts).toHaveLength(1);
    const [conflict] = proposal.conflicts;
    expect(conflict).toMatchObject({
      kind: 'changed-both',
      elementId: 'leaderApprove',
      attribute: 'kunlun:assignee',
      base: 'leaderInCharge(initiator.unit)',
      upstream: 'principalLeader(initiator.unit)',
      fork: '"hb_edu_head"',
    });
    expect(isAttributeConflict(conflict!)).toBe(true);
    expect(canEditAsText(conflict!)).toBe(true);
  });

  it.each([
    ['upstream', 'principalLeader(initiator.unit)'],
    ['base', 'leaderInCharge(initiator.unit)'],
    ['fork', '"hb_edu_head"'],
  ] as const)('when %s is chosen, then its value is merged, no conflict is left and every other change survives', async (side, expected) => {
    const proposal = await mergeDefinitions(sources.baseXml, sources.upstreamXml, sources.forkXml);
    const resolutions = new Map<string, Resolution>([[conflictKey(proposal.conflicts[0]!), { take: side }]]);
    const resolved = await resolveMerge(sources, proposal.conflicts, resolutions);
    expect(resolved.conflicts).toEqual([]);
    expect(resolved.unapplied).toEqual([]);
    expect(await assigneeOf(resolved.xml, 'leaderApprove')).toBe(expected);
    // upstream's new step and the fork's moved step are both there
    expect(await assigneeOf(resolved.xml, 'record')).toBe('post("office_director", initiator.unit)');
    expect(await boundsOf(resolved.xml, 'apply_di')).toMatchObject({ x: 240, y: 260 });
    expect(await boundsOf(resolved.xml, 'record_di')).toMatchObject({ x: 900, y: 60 });
  });

  it('when the designer types the value, then that text is merged', async () => {
    const proposal = await mergeDefinitions(sources.baseXml, sources.upstreamXml, sources.forkXml);
    const resolved = await resolveMerge(
      sources,
      proposal.conflicts,
      new Map([[conflictKey(proposal.conflicts[0]!), { text: 'post("dept_head", initiator.unit.parent)' }]]),
    );
    expect(resolved.conflicts).toEqual([]);
    expect(await assigneeOf(resolved.xml, 'leaderApprove')).toBe('post("dept_head", initiator.unit.parent)');
  });

  it('given an element deleted upstream and changed in the fork, then choosing a side deletes or keeps it with its shape', async () => {
    const note = '<bpmn:textAnnotation id="note"><bpmn:text>旧说明</bpmn:text></bpmn:textAnnotation>\n  </bpmn:process>';
    const noteShape =
      '<bpmndi:BPMNShape id="note_di" bpmnElement="note"><dc:Bounds x="160" y="60" width="120" height="40" /></bpmndi:BPMNShape></bpmndi:BPMNPlane>';
    const base = edit(edit(approvalXml, '</bpmn:process>', note), '</bpmndi:BPMNPlane>', noteShape);
    const withNote: MergeSources = { baseXml: base, upstreamXml: upstreamRelease(approvalXml), forkXml: edit(forkOf(base), '旧说明', '本地说明') };
    const proposal = await mergeDefinitions(withNote.baseXml, withNote.upstreamXml, withNote.forkXml);
    const deleted = proposal.conflicts.find((c) => c.kind === 'deleted-changed');
    expect(deleted).toMatchObject({ elementId: 'note', upstream: null });
    const others = proposal.conflicts.filter((c) => c !== deleted).map((c) => [conflictKey(c), { take: 'upstream' } as Resolution] as const);

    const dropped = await resolveMerge(withNote, proposal.conflicts, new Map([[conflictKey(deleted!), { take: 'upstream' }], ...others]));
    expect(dropped.conflicts).toEqual([]);
    const droppedTree = await parseBpmn(dropped.xml);
    expect(droppedTree.elementsById.note).toBeUndefined();
    expect(droppedTree.elementsById.note_di).toBeUndefined();

    const kept = await resolveMerge(withNote, proposal.conflicts, new Map([[conflictKey(deleted!), { take: 'fork' }], ...others]));
    expect(kept.conflicts).toEqual([]);
    const keptTree = await parseBpmn(kept.xml);
    expect(keptTree.elementsById.note?.text).toBe('本地说明');
    expect(keptTree.elementsById.note_di).toBeDefined();
  });

  it('given no choice yet, then the conflicts stay and the merged XML keeps the fork side', async () => {
    const proposal = await mergeDefinitions(sources.baseXml, sources.upstreamXml, sources.forkXml);
    const resolved = await resolveMerge(sources, proposal.conflicts, new Map());
    expect(resolved.conflicts.map(conflictKey)).toEqual(proposal.conflicts.map(conflictKey));
    expect(await assigneeOf(resolved.xml, 'leaderApprove')).toBe('"hb_edu_head"');
  });
});
