import { describe, expect, it } from 'vitest';
import { diffDefinitions, diffParsedDefinitions, isEmptyDiff, parseBpmn, serializeBpmn } from '../src/index.ts';
import { approvalXml, definitions, edge, edit, miwgFiles, readMiwg, removeElement, shape } from './support/fixtures.ts';

describe('semantic diff on the BPMN MIWG reference models', () => {
  it('given the corpus, then all 21 models are there', () => expect(miwgFiles).toHaveLength(21));

  for (const file of miwgFiles) {
    it(`given ${file}, when diffed against itself and against its own round trip, then nothing differs`, async () => {
      const xml = readMiwg(file);
      const parsed = await parseBpmn(xml);
      expect(isEmptyDiff(diffParsedDefinitions(parsed, await parseBpmn(xml)))).toBe(true);
      const roundTrip = await serializeBpmn(parsed.definitions);
      expect(await diffDefinitions(xml, roundTrip)).toEqual({ added: [], removed: [], changed: [], rewired: [], layout: [] });
    });
  }
});

describe('semantic diff of two versions of the 签报 process', () => {
  it('given a changed Kunlun attribute, then the element is reported with the old and new value', async () => {
    const after = edit(approvalXml, 'kunlun:dueIn="P2D"', 'kunlun:dueIn="P5D"');
    const diff = await diffDefinitions(approvalXml, after);
    expect(diff.changed).toEqual([
      { id: 'deptReview', type: 'bpmn:UserTask', name: '部门负责人审核', attributes: [{ attribute: 'kunlun:dueIn', old: 'P2D', new: 'P5D' }] },
    ]);
    expect([diff.added, diff.removed, diff.rewired, diff.layout]).toEqual([[], [], [], []]);
  });

  it('given a changed condition and documentation, then both are attribute changes of their elements', async () => {
    let after = edit(
      approvalXml,
      '>outcome = "disagree"</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>\n    <bpmn:sequenceFlow id="toApproveDecision"',
      '>outcome = "reject"</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>\n    <bpmn:sequenceFlow id="toApproveDecision"',
    );
    after = edit(after, '签报：机关内部请示审批。', '签报：机关内部请示。');
    const diff = await diffDefinitions(approvalXml, after);
    const byId = Object.fromEntries(diff.changed.map((c) => [c.id, c.attributes]));
    expect(byId.reviewRejected).toEqual([
      {
        attribute: 'conditionExpression',
        old: { $type: 'bpmn:FormalExpression', body: 'outcome = "disagree"' },
        new: { $type: 'bpmn:FormalExpression', body: 'outcome = "reject"' },
      },
    ]);
    expect(byId['general.approval']![0]!.attribute).toBe('documentation');
  });

  it('given a task removed and its neighbours reconnected, then the task, its flow and shapes are removed and the flow in is rewired', async () => {
    let after = removeElement(approvalXml, '<bpmn:userTask id="apply"', 'bpmn:userTask');
    after = removeElement(after, '<bpmn:sequenceFlow id="toDeptReview"', 'bpmn:sequenceFlow');
    after = edit(after, 'sourceRef="start" targetRef="apply"', 'sourceRef="start" targetRef="deptReview"');
    after = removeElement(after, '<bpmndi:BPMNShape id="apply_di"', 'bpmndi:BPMNShape');
    after = removeElement(after, '<bpmndi:BPMNEdge id="toDeptReview_di"', 'bpmndi:BPMNEdge');
    const diff = await diffDefinitions(approvalXml, after);
    expect(diff.removed.map((r) => r.id).sort()).toEqual(['apply', 'apply_di', 'toDeptReview', 'toDeptReview_di']);
    expect(diff.rewired).toEqual([{ id: 'toApply', type: 'bpmn:SequenceFlow', target: { old: 'apply', new: 'deptReview' } }]);
    expect(diff.changed).toEqual([]);
    expect(diff.removed.find((r) => r.id === 'apply_di')).toMatchObject({ type: 'bpmndi:BPMNShape', bpmnElement: 'apply' });
  });

  it('given only a shape moved, then the change is layout only and nothing semantic changed', async () => {
    const after = edit(approvalXml, '<dc:Bounds x="400" y="160"', '<dc:Bounds x="420" y="180"');
    const diff = await diffDefinitions(approvalXml, after);
    expect(diff.changed).toEqual([]);
    expect(diff.layout).toEqual([
      {
        id: 'deptReview_di',
        type: 'bpmndi:BPMNShape',
        bpmnElement: 'deptReview',
        attributes: [{ attribute: 'bounds', old: { x: 400, y: 160, width: 100, height: 80 }, new: { x: 420, y: 180, width: 100, height: 80 } }],
        layoutOnly: true,
      },
    ]);
  });

  it('given a shape moved and its task renamed, then the layout change is not layout only', async () => {
    let after = edit(approvalXml, '<dc:Bounds x="400" y="160"', '<dc:Bounds x="420" y="180"');
    after = edit(after, 'name="部门负责人审核"', 'name="处室负责人审核"');
    const diff = await diffDefinitions(approvalXml, after);
    expect(diff.changed.map((c) => c.id)).toEqual(['deptReview']);
    expect(diff.layout[0]).toMatchObject({ id: 'deptReview_di', layoutOnly: false });
  });

  it('given waypoints and label positions changed, then they are layout changes', async () => {
    let after = edit(approvalXml, '<di:waypoint x="580" y="330" />', '<di:waypoint x="580" y="340" />');
    after = edit(after, '<dc:Bounds x="589" y="273" width="33" height="14" />', '<dc:Bounds x="590" y="280" width="33" height="14" />');
    const diff = await diffDefinitions(approvalXml, after);
    expect(diff.layout.map((l) => [l.id, l.attributes.map((a) => a.attribute)])).toEqual([['reviewRejected_di', ['waypoint', 'label']]]);
    expect(diff.changed).toEqual([]);
  });
});

describe('semantic diff of events, multi-instance settings, types and containment', () => {
  const base = (timer: string, loop: string, taskType = 'userTask', inSub = false) =>
    definitions(
      `<bpmn:startEvent id="s" />
       <bpmn:${taskType} id="sign" name="会签"${taskType === 'userTask' ? ' kunlun:assignee="initiator"' : ''}>${loop}</bpmn:${taskType}>
       <bpmn:boundaryEvent id="late" attachedToRef="sign"><bpmn:timerEventDefinition id="lateTimer"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${timer}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
       <bpmn:subProcess id="sub">${inSub ? '<bpmn:task id="t" />' : ''}</bpmn:subProcess>
       ${inSub ? '' : '<bpmn:task id="t" />'}`,
      shape('s', 0, 0, 36, 36) + shape('sign', 100, 0) + shape('t', 300, 0),
    );
  const loop = (condition: string) =>
    `<bpmn:multiInstanceLoopCharacteristics isSequential="false"><bpmn:completionCondition xsi:type="bpmn:tFormalExpression">${condition}</bpmn:completionCondition></bpmn:multiInstanceLoopCharacteristics>`;

  it('given a timer body changed, then the event reports its event definitions changed', async () => {
    const diff = await diffDefinitions(base('PT1H', loop('nrOfCompletedInstances >= 1')), base('PT4H', loop('nrOfCompletedInstances >= 1')));
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]).toMatchObject({ id: 'late', attributes: [{ attribute: 'eventDefinitions' }] });
    expect(JSON.stringify(diff.changed[0]!.attributes[0]!.new)).toContain('PT4H');
  });

  it('given a multi-instance completion condition changed, then the task reports its loop characteristics changed', async () => {
    const diff = await diffDefinitions(base('PT1H', loop('nrOfCompletedInstances >= 1')), base('PT1H', loop('nrOfAgreed >= 2')));
    expect(diff.changed.map((c) => [c.id, c.attributes.map((a) => a.attribute)])).toEqual([['sign', ['loopCharacteristics']]]);
  });

  it('given a task type changed, then $type is reported with the attributes the new type drops', async () => {
    const diff = await diffDefinitions(base('PT1H', ''), base('PT1H', '', 'task'));
    expect(diff.changed[0]!.attributes).toEqual([
      { attribute: 'kunlun:assignee', old: 'initiator', new: null },
      { attribute: '$type', old: 'bpmn:UserTask', new: 'bpmn:Task' },
    ]);
  });

  it('given a task moved into a sub-process, then its $parent changed', async () => {
    const diff = await diffDefinitions(base('PT1H', ''), base('PT1H', '', 'userTask', true));
    expect(diff.changed).toEqual([
      {
        id: 't',
        type: 'bpmn:Task',
        attributes: [{ attribute: '$parent', old: { element: 'p', property: 'flowElements' }, new: { element: 'sub', property: 'flowElements' } }],
      },
    ]);
  });

  it('given elements added, then each is listed with its type, and shapes with the element they draw', async () => {
    const before = definitions('<bpmn:startEvent id="s" />', shape('s', 0, 0, 36, 36));
    const after = definitions(
      '<bpmn:startEvent id="s" /><bpmn:endEvent id="e" name="结束" />',
      shape('s', 0, 0, 36, 36) +
        shape('e', 100, 0, 36, 36) +
        edge('x', [
          [0, 0],
          [1, 1],
        ]),
    );
    const diff = await diffDefinitions(before, after);
    expect(diff.added).toEqual([
      { id: 'e', type: 'bpmn:EndEvent', name: '结束' },
      { id: 'e_di', type: 'bpmndi:BPMNShape', bpmnElement: 'e' },
      { id: 'x_di', type: 'bpmndi:BPMNEdge' },
    ]);
  });
});
