import { createRequire } from 'node:module';
import { Linter } from 'bpmnlint';
import { describe, expect, it } from 'vitest';
import { kunlunLintConfig, kunlunLintResolver, lintDefinition, parseBpmn, type LintReport } from '../src/index.ts';
import { approvalXml, definitions, edit, miwgFiles, readMiwg } from './support/fixtures.ts';

const flow = (id: string, from: string, to: string, condition?: string) =>
  condition === undefined
    ? `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}" />`
    : `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${condition}</bpmn:conditionExpression></bpmn:sequenceFlow>`;

/** start → task → end, with the task's XML given. */
const around = (task: string, extra = '') =>
  definitions(`<bpmn:startEvent id="s" />${task}<bpmn:endEvent id="e" />${flow('f1', 's', 't')}${flow('f2', 't', 'e')}${extra}`);

const of = (report: LintReport, rule: string) => report.problems.filter((p) => p.rule === rule).map((p) => p.elementId);

describe('linting the base 签报 process', () => {
  it('given general.approval, when linted, then it has no errors and every message is Chinese first, English after " / "', async () => {
    const report = await lintDefinition(approvalXml);
    expect(report.errorCount).toBe(0);
    expect(report.problems.filter((p) => p.category === 'error')).toEqual([]);
    for (const p of report.problems) expect(p.message).toMatch(/^[^a-zA-Z]*[\u4e00-\u9fff].* \/ [A-Za-z]/);
  });

  it('given a step without a name, then label-required is only a warning', async () => {
    const report = await lintDefinition(edit(approvalXml, ' name="部门负责人审核"', ''));
    expect(report.problems.filter((p) => p.rule === 'label-required')).toEqual([
      { rule: 'label-required', elementId: 'deptReview', message: '元素缺少名称 / Element is missing label/name', category: 'warn' },
    ]);
    expect(report.errorCount).toBe(0);
  });

  it('given bpmnlint rules that stay errors, then they are errors (an implicit split)', async () => {
    let xml = edit(
      approvalXml,
      '<bpmn:sequenceFlow id="toApply" sourceRef="start" targetRef="apply" />',
      '<bpmn:sequenceFlow id="toApply" sourceRef="start" targetRef="apply" /><bpmn:sequenceFlow id="shortcut" sourceRef="apply" targetRef="leaderApprove" />',
    );
    xml = edit(xml, '<bpmn:outgoing>toDeptReview</bpmn:outgoing>', '<bpmn:outgoing>toDeptReview</bpmn:outgoing><bpmn:outgoing>shortcut</bpmn:outgoing>');
    const report = await lintDefinition(xml);
    expect(report.problems).toContainEqual({
      rule: 'no-implicit-split',
      elementId: 'apply',
      message: '流程隐式分支（请用网关） / Flow splits implicitly',
      category: 'error',
    });
  });
});

describe('Kunlun lint rules', () => {
  it('given a user task without assignee or candidates, then user-task-assignee fires; with candidates only, it does not', async () => {
    expect(of(await lintDefinition(around('<bpmn:userTask id="t" name="审核" />')), 'kunlun/user-task-assignee')).toEqual(['t']);
    expect(
      of(await lintDefinition(around('<bpmn:userTask id="t" name="审核" kunlun:candidates="role(&quot;clerk&quot;)" />')), 'kunlun/user-task-assignee'),
    ).toEqual([]);
  });

  it('given a registry of forms, then form keys outside it are errors; without a registry nothing is checked', async () => {
    expect(of(await lintDefinition(approvalXml, { registry: { forms: ['general.approval'] } }), 'kunlun/registered-form')).toEqual([]);
    expect(of(await lintDefinition(approvalXml, { registry: { forms: ['documents.outgoing'] } }), 'kunlun/registered-form')).toEqual([
      'start',
      'apply',
      'deptReview',
      'leaderApprove',
    ]);
    expect(of(await lintDefinition(approvalXml), 'kunlun/registered-form')).toEqual([]);
  });

  it('given a registry of service tasks, then handlers outside it are errors', async () => {
    const xml = around('<bpmn:serviceTask id="t" name="编号" kunlun:handler="documents.assignNumber" />');
    expect(of(await lintDefinition(xml, { registry: { serviceTasks: ['documents.assignNumber'] } }), 'kunlun/registered-handler')).toEqual([]);
    const report = await lintDefinition(xml, { registry: { serviceTasks: ['documents.distribute'] } });
    expect(report.problems.find((p) => p.rule === 'kunlun/registered-handler')).toMatchObject({
      elementId: 't',
      category: 'error',
      message: expect.stringContaining('documents.assignNumber'),
    });
  });

  it('given due periods that are not ISO-8601 durations, then iso-durations fires; valid durations and =FEEL due periods pass', async () => {
    const bad = await lintDefinition(
      around(
        '<bpmn:userTask id="t" name="审核" kunlun:assignee="initiator" kunlun:dueIn="three days" kunlun:remind="-PT2H,soon" kunlun:escalateAfter="P1X" />',
      ),
    );
    expect(bad.problems.filter((p) => p.rule === 'kunlun/iso-durations').map((p) => p.message.split(' / ')[0])).toEqual([
      '办理期限 three days 不是 ISO-8601 时长（如 P3D）或 =FEEL 表达式',
      '提醒时间 soon 不是 ISO-8601 时长（如 -PT2H）',
      '超期升级时长 P1X 不是 ISO-8601 时长（如 P1D）',
    ]);
    const good = await lintDefinition(
      around(
        '<bpmn:userTask id="t" name="审核" kunlun:assignee="initiator" kunlun:dueIn="=if urgent then &quot;P1D&quot; else &quot;P3D&quot;" kunlun:remind="-PT2H,PT0S" kunlun:escalateAfter="P1D" />',
      ),
    );
    expect(of(good, 'kunlun/iso-durations')).toEqual([]);
    expect(of(good, 'kunlun/feel-expressions')).toEqual([]);
  });

  it('given the same problem found by compileProcess, then it is reported once, by the specific rule', async () => {
    const report = await lintDefinition(around('<bpmn:userTask id="t" name="审核" kunlun:assignee="post(&quot;x&quot;," kunlun:dueIn="soon" />'));
    expect(of(report, 'kunlun/feel-expressions')).toEqual(['t']);
    expect(of(report, 'kunlun/iso-durations')).toEqual(['t']);
    expect(of(report, 'kunlun/executable')).toEqual([]);
  });

  it('given a loop that no start event leads into, then no-unreachable fires on its nodes; on a connected process it does not', async () => {
    const xml = definitions(
      `<bpmn:startEvent id="s" /><bpmn:task id="a" name="A" /><bpmn:endEvent id="e" /><bpmn:task id="b" name="B" /><bpmn:task id="c" name="C" />
       ${flow('f1', 's', 'a')}${flow('f2', 'a', 'e')}${flow('f3', 'b', 'c')}${flow('f4', 'c', 'b')}`,
    );
    expect(of(await lintDefinition(xml), 'kunlun/no-unreachable')).toEqual(['b', 'c']);
    expect(of(await lintDefinition(approvalXml), 'kunlun/no-unreachable')).toEqual([]);
  });

  it('given a loop without exit, then no-dead-end fires on its nodes; a boundary timer out of the loop is an exit', async () => {
    const loop = (boundary: string) =>
      definitions(
        `<bpmn:startEvent id="s" /><bpmn:task id="a" name="A" /><bpmn:exclusiveGateway id="g" /><bpmn:endEvent id="e" />${boundary}
         ${flow('f1', 's', 'a')}${flow('f2', 'a', 'g')}${flow('f3', 'g', 'a')}`,
      );
    expect(of(await lintDefinition(loop('')), 'kunlun/no-dead-end')).toEqual(['s', 'a', 'g']);
    const escape =
      '<bpmn:boundaryEvent id="late" attachedToRef="a"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent><bpmn:sequenceFlow id="f4" sourceRef="late" targetRef="e" />';
    expect(of(await lintDefinition(loop(escape)), 'kunlun/no-dead-end')).toEqual([]);
  });

  it('given an exclusive gateway without a default, then the gateway and every unconditional flow out of it are errors', async () => {
    const gateway = (attrs: string, flows: string) =>
      definitions(
        `<bpmn:startEvent id="s" /><bpmn:exclusiveGateway id="g" name="意见"${attrs} /><bpmn:endEvent id="yes" /><bpmn:endEvent id="no" />${flow('f0', 's', 'g')}${flows}`,
      );
    expect(
      of(await lintDefinition(gateway('', flow('fy', 'g', 'yes') + flow('fn', 'g', 'no', 'outcome = "no"'))), 'kunlun/exclusive-gateway-conditions'),
    ).toEqual(['g', 'fy']);
    expect(
      of(
        await lintDefinition(gateway(' default="fy"', flow('fy', 'g', 'yes') + flow('fn', 'g', 'no', 'outcome = "no"'))),
        'kunlun/exclusive-gateway-conditions',
      ),
    ).toEqual([]);
    expect(
      of(
        await lintDefinition(gateway(' default="fy"', flow('fy', 'g', 'yes', 'true') + flow('fn', 'g', 'no', 'outcome = "no"'))),
        'kunlun/exclusive-gateway-conditions',
      ),
    ).toEqual(['fy']);
  });

  it('given FEEL that does not parse anywhere it is used, then feel-expressions names each element', async () => {
    const xml = definitions(
      `<bpmn:startEvent id="s" /><bpmn:exclusiveGateway id="g" default="f3" />
       <bpmn:userTask id="sign" name="会签" kunlun:assignee="initiator" kunlun:candidates="role(&quot;x&quot;"><bpmn:multiInstanceLoopCharacteristics><bpmn:completionCondition xsi:type="bpmn:tFormalExpression">nrOfAgreed &gt;=</bpmn:completionCondition></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>
       <bpmn:scriptTask id="calc" name="计算" scriptFormat="feel"><bpmn:script>amount *</bpmn:script></bpmn:scriptTask>
       <bpmn:receiveTask id="wait" name="等待回执" kunlun:correlationKey="\${docId}" />
       <bpmn:endEvent id="e" />
       ${flow('f1', 's', 'g')}${flow('f2', 'g', 'sign', 'amount >')}${flow('f3', 'g', 'calc')}${flow('f4', 'sign', 'wait')}${flow('f5', 'calc', 'wait')}${flow('f6', 'wait', 'e')}`,
    ).replace('isExecutable="true"', 'isExecutable="true" kunlun:titleTemplate="title +"');
    const report = await lintDefinition(xml);
    expect(report.problems.filter((p) => p.rule === 'kunlun/feel-expressions').map((p) => [p.elementId, p.message.split('不是')[0]])).toEqual([
      ['p', '标题模板'],
      ['sign', '候选人规则'],
      ['sign', '完成条件'],
      ['calc', '脚本'],
      ['wait', '关联键'],
      ['f2', '条件'],
    ]);
    expect(of(await lintDefinition(approvalXml), 'kunlun/feel-expressions')).toEqual([]);
  });

  it('given what the engine cannot run, then compileProcess problems are lint errors of kunlun/executable', async () => {
    const report = await lintDefinition(around('<bpmn:complexGateway id="t" />'));
    expect(report.problems.find((p) => p.rule === 'kunlun/executable')).toMatchObject({
      elementId: 't',
      category: 'error',
      message: expect.stringMatching(/ComplexGateway/),
    });
    const noHandler = await lintDefinition(around('<bpmn:serviceTask id="t" name="编号" />'));
    expect(noHandler.problems.find((p) => p.rule === 'kunlun/executable')).toMatchObject({
      elementId: 't',
      message: '服务任务没有指定处理程序（kunlun:handler） / the service task names no handler',
    });
  });

  it('given a reference to an element that does not exist, then it is an error', async () => {
    const report = await lintDefinition(around('<bpmn:task id="t" name="T" />', flow('f3', 't', 'ghost')));
    expect(report.problems).toContainEqual({
      rule: 'kunlun/references',
      elementId: 'f3',
      message: '引用的元素 ghost 不存在 / the referenced element ghost does not exist',
      category: 'error',
    });
  });
});

describe('linting the BPMN MIWG reference models', () => {
  for (const file of miwgFiles) {
    it(`given ${file}, when linted, then every rule runs through and every problem names its rule`, async () => {
      const report = await lintDefinition(readMiwg(file));
      expect(report.problems.filter((p) => p.message.startsWith('检查规则'))).toEqual([]);
      expect(report.errorCount + report.warningCount).toBe(report.problems.length);
      for (const p of report.problems) expect(p.message).toContain(' / ');
    });
  }
});

describe('the lint configuration as a bpmnlint plugin', () => {
  it('given bpmnlint Linter with kunlunLintConfig, as bpmn-js-bpmnlint would use it, then Kunlun rules report through it', async () => {
    const linter = new Linter(kunlunLintConfig({ registry: { forms: [] } }));
    const results = await linter.lint((await parseBpmn(approvalXml)).definitions);
    expect(results['kunlun/registered-form']?.map((r) => r.id)).toEqual(['start', 'apply', 'deptReview', 'leaderApprove']);
    expect(results['label-required']).toBeUndefined();
  });

  it('given bpmnlint recommended config resolved the Node way, then the static resolver provides the same rules', () => {
    const require = createRequire(import.meta.url);
    const { NodeResolver } = {
      NodeResolver: require('bpmnlint/lib/resolver/node-resolver') as new (o: { require: NodeJS.Require }) => {
        resolveRule(p: string, n: string): unknown;
        resolveConfig(p: string, n: string): { rules: Record<string, unknown> };
      },
    };
    const nodeResolver = new NodeResolver({ require });
    const recommended = nodeResolver.resolveConfig('bpmnlint', 'recommended');
    expect(kunlunLintResolver.resolveConfig('bpmnlint', 'recommended')).toEqual(recommended);
    for (const name of Object.keys(recommended.rules))
      expect(kunlunLintResolver.resolveRule('bpmnlint', name), name).toBe(nodeResolver.resolveRule('bpmnlint', name));
  });
});
