import { describe, expect, it } from 'vitest';
import { compileProcess, diffDefinitions, isEmptyDiff, mergeDefinitions, parseBpmn, type MergeConflict } from '../src/index.ts';
import { approvalXml as base, definitions, edge, edit, removeElement, shape } from './support/fixtures.ts';

const compiles = async (xml: string) => compileProcess(await parseBpmn(xml));
const byId = async (xml: string) => (await parseBpmn(xml)).elementsById;

/** Upstream replaces the end event "rejected" by a new one, "closed". */
function replaceRejectedByClosed(xml: string): string {
  let out = removeElement(xml, '<bpmn:endEvent id="rejected"', 'bpmn:endEvent');
  out = edit(out, '<bpmn:sequenceFlow id="toApply"', '<bpmn:endEvent id="closed" name="办结" />\n    <bpmn:sequenceFlow id="toApply"');
  out = edit(out, 'sourceRef="reviewDecision" targetRef="rejected"', 'sourceRef="reviewDecision" targetRef="closed"');
  out = edit(out, 'sourceRef="approveDecision" targetRef="rejected"', 'sourceRef="approveDecision" targetRef="closed"');
  out = edit(out, 'id="rejected_di" bpmnElement="rejected"', 'id="closed_di" bpmnElement="closed"');
  return out;
}

/** A timer on 部门负责人审核 that ends the request as 未予同意 after three days. */
function addTimeoutToRejected(xml: string): string {
  let out = edit(
    xml,
    '<bpmn:sequenceFlow id="toApply"',
    `<bpmn:boundaryEvent id="deptTimeout" name="超时" attachedToRef="deptReview"><bpmn:timerEventDefinition id="deptTimeoutTimer"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">P3D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="timeoutFlow" sourceRef="deptTimeout" targetRef="rejected" />
    <bpmn:sequenceFlow id="toApply"`,
  );
  out = edit(
    out,
    '</bpmndi:BPMNPlane>',
    `${shape('deptTimeout', 432, 222, 36, 36)}${edge('timeoutFlow', [
      [450, 258],
      [450, 330],
      [822, 330],
    ])}</bpmndi:BPMNPlane>`,
  );
  return out;
}

describe('three-way merge of the 签报 process: clean merges', () => {
  it('given upstream changed a due period and moved a step, and the fork changed an assignee, when merged, then all three survive without conflict', async () => {
    const upstream = edit(edit(base, 'kunlun:dueIn="P2D"', 'kunlun:dueIn="P5D"'), '<dc:Bounds x="660" y="160"', '<dc:Bounds x="670" y="170"');
    const fork = edit(base, 'kunlun:assignee="leaderInCharge(initiator.unit)"', 'kunlun:assignee="post(&quot;leader&quot;, initiator.unit)"');
    const merged = await mergeDefinitions(base, upstream, fork);
    expect(merged.conflicts).toEqual([]);
    const graph = await compiles(merged.xml);
    expect(graph.elements.deptReview!.dueIn).toBe('P5D');
    expect(graph.elements.leaderApprove!.assignee).toBe('post("leader", initiator.unit)');
    expect((await byId(merged.xml)).leaderApprove_di!.bounds).toMatchObject({ x: 670, y: 170 });
    expect(merged.applied).toEqual(
      expect.arrayContaining([
        { from: 'upstream', kind: 'changed', elementId: 'deptReview', attribute: 'kunlun:dueIn' },
        { from: 'upstream', kind: 'layout', elementId: 'leaderApprove_di', attribute: 'bounds' },
        { from: 'fork', kind: 'changed', elementId: 'leaderApprove', attribute: 'kunlun:assignee' },
      ]),
    );
  });

  it('given both sides made the same change, when merged, then it is applied once, from both', async () => {
    const changed = edit(base, 'kunlun:dueIn="P3D"', 'kunlun:dueIn="P4D"');
    const merged = await mergeDefinitions(base, changed, changed);
    expect(merged.conflicts).toEqual([]);
    expect(merged.applied).toEqual([{ from: 'both', kind: 'changed', elementId: 'leaderApprove', attribute: 'kunlun:dueIn' }]);
  });

  it('given only layout changed on both sides, on different shapes, when merged, then both moves survive as layout', async () => {
    const upstream = edit(base, '<dc:Bounds x="240" y="160"', '<dc:Bounds x="250" y="160"');
    const fork = edit(base, '<di:waypoint x="580" y="330" />', '<di:waypoint x="580" y="340" />');
    const merged = await mergeDefinitions(base, upstream, fork);
    expect(merged.conflicts).toEqual([]);
    const diff = await diffDefinitions(base, merged.xml);
    expect(diff.changed).toEqual([]);
    expect(diff.layout.map((l) => [l.id, l.layoutOnly])).toEqual([
      ['apply_di', true],
      ['reviewRejected_di', true],
    ]);
  });

  it('given upstream added a step with its flows and the fork renamed another, when merged, then the step is in the merged process and it runs through it', async () => {
    let upstream = edit(base, 'sourceRef="apply" targetRef="deptReview"', 'sourceRef="apply" targetRef="officeCheck"');
    upstream = edit(
      upstream,
      '<bpmn:sequenceFlow id="toApply"',
      '<bpmn:userTask id="officeCheck" name="办公室核稿" kunlun:assignee="post(&quot;office_clerk&quot;, initiator.unit)" />\n    <bpmn:sequenceFlow id="toOfficeCheckDone" sourceRef="officeCheck" targetRef="deptReview" />\n    <bpmn:sequenceFlow id="toApply"',
    );
    upstream = edit(
      upstream,
      '</bpmndi:BPMNPlane>',
      `${shape('officeCheck', 320, 40)}${edge('toOfficeCheckDone', [
        [420, 80],
        [450, 160],
      ])}</bpmndi:BPMNPlane>`,
    );
    const fork = edit(base, 'name="分管领导审批"', 'name="主管领导审批"');
    const merged = await mergeDefinitions(base, upstream, fork);
    expect(merged.conflicts).toEqual([]);
    const graph = await compiles(merged.xml);
    expect(graph.flows.toDeptReview).toMatchObject({ source: 'apply', target: 'officeCheck' });
    expect(graph.elements.officeCheck!.outgoing).toEqual(['toOfficeCheckDone']);
    expect(graph.elements.leaderApprove!.name).toBe('主管领导审批');
    expect(merged.applied).toEqual(expect.arrayContaining([{ from: 'upstream', kind: 'rewired', elementId: 'toDeptReview', attribute: 'targetRef' }]));
  });
});

describe('three-way merge of the 签报 process: each conflict kind', () => {
  const only = (conflicts: MergeConflict[]) => {
    expect(conflicts).toHaveLength(1);
    return conflicts[0]!;
  };

  it('given the same attribute changed differently on both sides, then changed-both with all three values, and the merge keeps the fork value', async () => {
    const upstream = edit(
      base,
      'kunlun:assignee="post(&quot;dept_head&quot;, initiator.unit)"',
      'kunlun:assignee="post(&quot;deputy_head&quot;, initiator.unit)"',
    );
    const fork = edit(
      base,
      'kunlun:assignee="post(&quot;dept_head&quot;, initiator.unit)"',
      'kunlun:assignee="post(&quot;section_chief&quot;, initiator.unit)"',
    );
    const merged = await mergeDefinitions(base, upstream, fork);
    expect(only(merged.conflicts)).toEqual({
      kind: 'changed-both',
      elementId: 'deptReview',
      elementType: 'bpmn:UserTask',
      attribute: 'kunlun:assignee',
      base: 'post("dept_head", initiator.unit)',
      upstream: 'post("deputy_head", initiator.unit)',
      fork: 'post("section_chief", initiator.unit)',
      layout: false,
    });
    expect((await compiles(merged.xml)).elements.deptReview!.assignee).toBe('post("section_chief", initiator.unit)');
  });

  it('given the same shape moved differently on both sides, then a layout conflict that keeps the fork position', async () => {
    const upstream = edit(base, '<dc:Bounds x="400" y="160"', '<dc:Bounds x="410" y="160"');
    const fork = edit(base, '<dc:Bounds x="400" y="160"', '<dc:Bounds x="400" y="190"');
    const merged = await mergeDefinitions(base, upstream, fork);
    expect(only(merged.conflicts)).toMatchObject({
      kind: 'changed-both',
      elementId: 'deptReview_di',
      attribute: 'bounds',
      layout: true,
      upstream: { x: 410, y: 160 },
      fork: { x: 400, y: 190 },
    });
    expect((await byId(merged.xml)).deptReview_di!.bounds).toMatchObject({ x: 400, y: 190 });
  });

  it('given upstream deleted a step the fork changed, then deleted-changed, and the merge keeps the step as the fork has it', async () => {
    let upstream = removeElement(base, '<bpmn:userTask id="leaderApprove"', 'bpmn:userTask');
    upstream = removeElement(upstream, '<bpmn:sequenceFlow id="toApproveDecision"', 'bpmn:sequenceFlow');
    upstream = edit(upstream, 'sourceRef="reviewDecision" targetRef="leaderApprove"', 'sourceRef="reviewDecision" targetRef="approveDecision"');
    upstream = removeElement(upstream, '<bpmndi:BPMNShape id="leaderApprove_di"', 'bpmndi:BPMNShape');
    upstream = removeElement(upstream, '<bpmndi:BPMNEdge id="toApproveDecision_di"', 'bpmndi:BPMNEdge');
    const fork = edit(base, 'kunlun:dueIn="P3D"', 'kunlun:dueIn="P1D"');
    const merged = await mergeDefinitions(base, upstream, fork);
    const conflict = only(merged.conflicts);
    expect(conflict).toMatchObject({ kind: 'deleted-changed', elementId: 'leaderApprove', upstream: null, relatedElements: ['leaderApprove'], layout: false });
    expect(conflict.base).toMatchObject({ 'kunlun:dueIn': 'P3D' });
    expect(conflict.fork).toMatchObject({ 'kunlun:dueIn': 'P1D' });
    const elements = await byId(merged.xml);
    expect(elements.leaderApprove!.get('kunlun:dueIn')).toBe('P1D');
    expect(elements.leaderApprove_di).toBeDefined();
    await compiles(merged.xml);
  });

  it('given the fork deleted a step upstream changed, then deleted-changed, and the merge leaves it deleted', async () => {
    const upstream = edit(base, 'kunlun:dueIn="P3D"', 'kunlun:dueIn="P1D"');
    let fork = removeElement(base, '<bpmn:userTask id="leaderApprove"', 'bpmn:userTask');
    fork = removeElement(fork, '<bpmn:sequenceFlow id="toApproveDecision"', 'bpmn:sequenceFlow');
    fork = edit(fork, 'sourceRef="reviewDecision" targetRef="leaderApprove"', 'sourceRef="reviewDecision" targetRef="approveDecision"');
    fork = removeElement(fork, '<bpmndi:BPMNShape id="leaderApprove_di"', 'bpmndi:BPMNShape');
    fork = removeElement(fork, '<bpmndi:BPMNEdge id="toApproveDecision_di"', 'bpmndi:BPMNEdge');
    const merged = await mergeDefinitions(base, upstream, fork);
    expect(only(merged.conflicts)).toMatchObject({ kind: 'deleted-changed', elementId: 'leaderApprove', fork: null, upstream: { 'kunlun:dueIn': 'P1D' } });
    expect((await byId(merged.xml)).leaderApprove).toBeUndefined();
    expect((await compiles(merged.xml)).flows.reviewAgreed!.target).toBe('approveDecision');
  });

  it('given upstream deleted a step whose shape the fork moved, then one layout deleted-changed conflict on the step', async () => {
    let upstream = removeElement(base, '<bpmn:userTask id="leaderApprove"', 'bpmn:userTask');
    upstream = removeElement(upstream, '<bpmn:sequenceFlow id="toApproveDecision"', 'bpmn:sequenceFlow');
    upstream = edit(upstream, 'sourceRef="reviewDecision" targetRef="leaderApprove"', 'sourceRef="reviewDecision" targetRef="approveDecision"');
    upstream = removeElement(upstream, '<bpmndi:BPMNShape id="leaderApprove_di"', 'bpmndi:BPMNShape');
    upstream = removeElement(upstream, '<bpmndi:BPMNEdge id="toApproveDecision_di"', 'bpmndi:BPMNEdge');
    const fork = edit(base, '<dc:Bounds x="660" y="160"', '<dc:Bounds x="660" y="100"');
    const merged = await mergeDefinitions(base, upstream, fork);
    expect(only(merged.conflicts)).toMatchObject({ kind: 'deleted-changed', elementId: 'leaderApprove', relatedElements: ['leaderApprove_di'], layout: true });
  });

  it('given a flow rewired differently on both sides, then rewired-both with both ends, and the merge keeps the fork wiring', async () => {
    const upstream = edit(base, 'sourceRef="reviewDecision" targetRef="rejected"', 'sourceRef="reviewDecision" targetRef="approved"');
    const fork = edit(base, 'sourceRef="reviewDecision" targetRef="rejected"', 'sourceRef="reviewDecision" targetRef="apply"');
    const merged = await mergeDefinitions(base, upstream, fork);
    expect(only(merged.conflicts)).toEqual({
      kind: 'rewired-both',
      elementId: 'reviewRejected',
      elementType: 'bpmn:SequenceFlow',
      base: { sourceRef: 'reviewDecision', targetRef: 'rejected' },
      upstream: { sourceRef: 'reviewDecision', targetRef: 'approved' },
      fork: { sourceRef: 'reviewDecision', targetRef: 'apply' },
      layout: false,
    });
    expect((await compiles(merged.xml)).flows.reviewRejected!.target).toBe('apply');
  });

  it('given an element added with the same id but different content on both sides, then added-both, and the merge keeps the fork one', async () => {
    const add = (name: string) =>
      edit(base, '<bpmn:sequenceFlow id="toApply"', `<bpmn:dataStoreReference id="archive" name="${name}" />\n    <bpmn:sequenceFlow id="toApply"`);
    const merged = await mergeDefinitions(base, add('档案库'), add('文书档案'));
    expect(only(merged.conflicts)).toMatchObject({
      kind: 'added-both',
      elementId: 'archive',
      base: null,
      upstream: { name: '档案库' },
      fork: { name: '文书档案' },
    });
    expect((await byId(merged.xml)).archive!.name).toBe('文书档案');
  });

  it('given upstream deleted an end event the fork new flow leads to, then deleted-referenced, and the merge keeps the end event with its shape', async () => {
    const merged = await mergeDefinitions(base, replaceRejectedByClosed(base), addTimeoutToRejected(base));
    expect(only(merged.conflicts)).toMatchObject({ kind: 'deleted-referenced', elementId: 'rejected', upstream: null, relatedElements: ['timeoutFlow'] });
    const graph = await compiles(merged.xml);
    expect(graph.flows.timeoutFlow!.target).toBe('rejected');
    expect(graph.flows.reviewRejected!.target).toBe('closed');
    expect((await byId(merged.xml)).rejected_di).toBeDefined();
  });

  it('given the fork deleted an end event upstream new flow leads to, then deleted-referenced, and the merge leaves that flow and its edge out', async () => {
    const merged = await mergeDefinitions(base, addTimeoutToRejected(base), replaceRejectedByClosed(base));
    expect(only(merged.conflicts)).toMatchObject({ kind: 'deleted-referenced', elementId: 'rejected', fork: null, relatedElements: ['timeoutFlow'] });
    const elements = await byId(merged.xml);
    expect([elements.timeoutFlow, elements.timeoutFlow_di, elements.rejected]).toEqual([undefined, undefined, undefined]);
    expect(elements.deptTimeout).toBeDefined();
    await compiles(merged.xml);
  });

  it('given upstream changed a task type and the fork changed an attribute the new type lacks, then the type change is a conflict and the fork type stays', async () => {
    const upstream = edit(
      edit(
        base,
        '<bpmn:userTask id="apply" name="填写签报" kunlun:assignee="initiator" kunlun:formKey="general.approval" kunlun:operations="complete,circulate">',
        '<bpmn:manualTask id="apply" name="填写签报">',
      ),
      '</bpmn:userTask>\n    <bpmn:userTask id="deptReview"',
      '</bpmn:manualTask>\n    <bpmn:userTask id="deptReview"',
    );
    const fork = edit(base, 'kunlun:operations="complete,circulate"', 'kunlun:operations="complete"');
    const merged = await mergeDefinitions(base, upstream, fork);
    expect(merged.conflicts.map((c) => [c.kind, c.elementId, c.attribute])).toContainEqual(['changed-both', 'apply', '$type']);
    expect((await compiles(merged.xml)).elements.apply).toMatchObject({
      kind: 'userTask',
      operations: ['complete'],
      assignee: 'initiator',
      formKey: 'general.approval',
    });
  });
});

describe('three-way merge inside sub-processes', () => {
  const withSub = (inner: string, outerShapes = '') =>
    definitions(
      `<bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="review" />
       <bpmn:subProcess id="review" name="会签"><bpmn:startEvent id="rs" /><bpmn:sequenceFlow id="rf" sourceRef="rs" targetRef="re" /><bpmn:endEvent id="re" />${inner}</bpmn:subProcess>
       <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="e" /><bpmn:endEvent id="e" />`,
      shape('s', 0, 0, 36, 36) +
        shape('review', 100, 0, 300, 200) +
        shape('rs', 120, 50, 36, 36) +
        shape('re', 300, 50, 36, 36) +
        shape('e', 500, 0, 36, 36) +
        outerShapes,
    );
  const withoutSub = definitions(
    '<bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="e" /><bpmn:endEvent id="e" />',
    shape('s', 0, 0, 36, 36) + shape('e', 500, 0, 36, 36),
  );

  it('given upstream deleted a sub-process and the fork added a task inside it, then deleted-referenced, and the whole sub-process comes back with the fork task', async () => {
    const fork = withSub('<bpmn:task id="extra" name="补充材料" />', shape('extra', 200, 120));
    const merged = await mergeDefinitions(withSub(''), withoutSub, fork);
    expect(merged.conflicts).toHaveLength(1);
    expect(merged.conflicts[0]).toMatchObject({ kind: 'deleted-referenced', elementId: 'review', relatedElements: ['extra'] });
    const elements = await byId(merged.xml);
    for (const id of ['review', 'rs', 're', 'rf', 'extra', 'review_di', 'rs_di']) expect(elements[id], id).toBeDefined();
  });

  it('given the fork edited inside the sub-process and upstream renamed it, when merged, then both survive', async () => {
    const fork = withSub('<bpmn:task id="extra" name="补充材料" />', shape('extra', 200, 120));
    const upstream = edit(withSub(''), 'name="会签"', 'name="联合会签"');
    const merged = await mergeDefinitions(withSub(''), upstream, fork);
    expect(merged.conflicts).toEqual([]);
    const expected = edit(fork, 'name="会签"', 'name="联合会签"');
    expect(isEmptyDiff(await diffDefinitions(merged.xml, expected))).toBe(true);
  });
});
