import { describe, expect, it } from 'vitest';
import { diffDefinitions, lintDefinition, mergeDefinitions, type MergeConflict } from '@kunlun/workflows';
import approvalXml from '@kunlun/workflows/base/general/general.approval.bpmn?raw';
import { changeRows, describeRows, diffMarks } from '@/designer/diffMarks.ts';
import { lintByElement, localizedMessage, refusalProblems } from '@/designer/lintMarks.ts';
import { libraryActions } from '@/designer/libraryActions.ts';
import { conflictEntries, mergeMarks } from '@/designer/merge/mergeMarks.ts';
import { conflictKey } from '@/designer/merge/conflictResolution.ts';
import { valueText } from '@/designer/valueText.ts';
import { ApiError } from '@/api/apiError.ts';
import type { DefinitionKey, DefinitionVersion } from '@/api/definitions.api.ts';

const edit = (xml: string, from: string, to: string) => {
  expect(xml).toContain(from);
  return xml.replace(from, to);
};

describe('the diff view colours', () => {
  it('given a renamed step, a moved step and a new annotation, then each is coloured on its side and listed once', async () => {
    let after = edit(approvalXml, 'name="部门负责人审核"', 'name="处室负责人审核"');
    after = edit(after, '<dc:Bounds x="240" y="160" width="100" height="80" />', '<dc:Bounds x="240" y="280" width="100" height="80" />');
    after = edit(after, '</bpmn:process>', '<bpmn:textAnnotation id="note"><bpmn:text>说明</bpmn:text></bpmn:textAnnotation></bpmn:process>');
    after = edit(
      after,
      '</bpmndi:BPMNPlane>',
      '<bpmndi:BPMNShape id="note_di" bpmnElement="note"><dc:Bounds x="160" y="40" width="100" height="30" /></bpmndi:BPMNShape></bpmndi:BPMNPlane>',
    );
    const diff = await diffDefinitions(approvalXml, after);
    const marks = diffMarks(diff);
    expect(marks.after.get('note')).toBe('added');
    expect(marks.before.has('note')).toBe(false);
    expect(marks.before.get('deptReview')).toBe('changed');
    expect(marks.after.get('apply')).toBe('moved');
    const rows = changeRows(diff);
    expect(rows.find((r) => r.elementId === 'deptReview')).toMatchObject({
      kind: 'changed',
      attributes: [{ attribute: 'name', old: '部门负责人审核', new: '处室负责人审核' }],
    });
    expect(rows.find((r) => r.elementId === 'note')).toMatchObject({ kind: 'added', type: 'bpmn:TextAnnotation' });
    expect(rows.filter((r) => r.elementId === 'apply').map((r) => r.kind)).toEqual(['moved']);
    expect(rows.some((r) => r.type.startsWith('bpmndi:') && r.kind !== 'moved')).toBe(false);
    const described = describeRows(rows, (id) => (id === 'apply' ? { type: 'bpmn:UserTask', name: '填写签报' } : undefined));
    expect(described.find((r) => r.elementId === 'apply')).toMatchObject({ kind: 'moved', type: 'bpmn:UserTask', name: '填写签报' });
  });

  it('given the same definition, then nothing is coloured', async () => {
    const diff = await diffDefinitions(approvalXml, approvalXml);
    expect(changeRows(diff)).toEqual([]);
    expect(diffMarks(diff).after.size).toBe(0);
  });

  it('writes values for people: expressions by body, bounds by position and size, absence as null', () => {
    expect(valueText({ body: 'outcome = "disagree"' })).toBe('outcome = "disagree"');
    expect(valueText({ x: 240, y: 160, width: 100, height: 80 })).toBe('(240, 160) 100×80');
    expect(valueText(null)).toBeNull();
    expect(valueText('x'.repeat(400))!.length).toBeLessThanOrEqual(160);
  });
});

describe('the lint marks', () => {
  it('given a step without assignee, then it is marked as an error with a message in each language', async () => {
    const report = await lintDefinition(edit(approvalXml, ' kunlun:assignee="leaderInCharge(initiator.unit)"', ''));
    const marks = lintByElement(report.problems);
    expect(marks.get('leaderApprove')).toMatchObject({ mark: 'error', errors: 1 });
    const message = report.problems.find((p) => p.elementId === 'leaderApprove')!.message;
    expect(localizedMessage(message, 'zh-CN')).toMatch(/^用户任务没有指定处理人/);
    expect(localizedMessage(message, 'en')).toMatch(/^the user task names no assignee/);
    const server = '不接受含 DOCTYPE 或实体声明的 XML（可能是 XXE 攻击）/ XML with a DOCTYPE or entity declarations is refused';
    expect(localizedMessage(server, 'zh-CN')).toBe('不接受含 DOCTYPE 或实体声明的 XML（可能是 XXE 攻击）');
    expect(localizedMessage(server, 'en')).toBe('XML with a DOCTYPE or entity declarations is refused');
    expect(localizedMessage('流程检查发现 1 个错误，不能发布', 'en')).toBe('流程检查发现 1 个错误，不能发布');
    expect(localizedMessage('a/b path / English', 'en')).toBe('English');
  });

  it("reads the problems of a refused publish from the server's error", () => {
    const refused = new ApiError(422, 'definitions.lint_failed', '流程检查发现 1 个错误，不能发布', {
      problems: [{ rule: 'kunlun/user-task-assignee', elementId: 'leaderApprove', message: '用户任务没有指定处理人 / no assignee', category: 'error' }],
    });
    expect(refusalProblems(refused)).toEqual([
      { rule: 'kunlun/user-task-assignee', elementId: 'leaderApprove', message: '用户任务没有指定处理人 / no assignee', category: 'error' },
    ]);
    expect(refusalProblems(new ApiError(422, 'definitions.cannot_run', 'x', { problems: [{ elementId: null, message: '没有开始事件' }] }))).toEqual([
      { rule: 'kunlun/executable', elementId: null, message: '没有开始事件', category: 'error' },
    ]);
    expect(refusalProblems(new Error('boom'))).toEqual([]);
  });
});

describe('the process library actions', () => {
  const version = (over: Partial<DefinitionVersion>): DefinitionVersion => ({
    id: 'v',
    key: 'general.approval',
    version: 1,
    name: '签报',
    state: 'published',
    lineage: 'base',
    contentHash: 'h',
    baseHash: 'h',
    createdAt: '',
    publishedAt: '',
    updatedAt: '',
    ...over,
  });
  const key = (over: Partial<DefinitionKey>): DefinitionKey => ({
    key: 'general.approval',
    name: '签报',
    module: 'general',
    status: 'base',
    published: version({}),
    draft: null,
    shippedHash: 'h',
    conflicts: 0,
    ...over,
  });

  it('offers what each status allows', () => {
    expect(libraryActions(key({}))).toEqual(['fork', 'view', 'export']);
    expect(libraryActions(key({ status: 'forked', draft: version({ state: 'draft', lineage: 'fork' }) }))).toEqual([
      'edit',
      'publish',
      'compare',
      'view',
      'export',
    ]);
    expect(libraryActions(key({ status: 'upstream-changed' }))).toContain('adopt');
    expect(libraryActions(key({ status: 'merge-clean', published: version({ lineage: 'fork' }) }))[0]).toBe('merge');
    expect(libraryActions(key({ status: 'conflicts', published: version({ lineage: 'fork' }) }))).not.toContain('adopt');
  });
});

describe('the merge view model', () => {
  it('colours what upstream brought, what the fork kept, and open conflicts; tracks each conflict’s state', async () => {
    let upstream = edit(approvalXml, 'name="填写签报"', 'name="填写签报（新）"');
    upstream = edit(upstream, 'kunlun:dueIn="P3D"', 'kunlun:dueIn="P5D"');
    const fork = edit(edit(approvalXml, 'name="部门负责人审核"', 'name="处室审核"'), 'kunlun:dueIn="P3D"', 'kunlun:dueIn="P1D"');
    const merged = await mergeDefinitions(approvalXml, upstream, fork);
    expect(merged.conflicts).toHaveLength(1);
    const marks = mergeMarks(merged.applied, merged.conflicts, (k) => k);
    expect(marks.get('apply')).toBe('upstream');
    expect(marks.get('deptReview')).toBe('fork');
    expect(marks.get('leaderApprove')).toBe('conflict');

    const [conflict] = merged.conflicts as [MergeConflict];
    const open = conflictEntries(merged.conflicts, merged.conflicts, new Map(), []);
    expect(open).toEqual([expect.objectContaining({ key: conflictKey(conflict), state: 'open' })]);
    const settled = conflictEntries(merged.conflicts, [], new Map([[conflictKey(conflict), { take: 'upstream' }]]), []);
    expect(settled[0]!.state).toBe('resolved');
    const failed = conflictEntries(merged.conflicts, merged.conflicts, new Map([[conflictKey(conflict), { take: 'upstream' }]]), []);
    expect(failed[0]!.state).toBe('failed');
  });
});
