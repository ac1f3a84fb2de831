import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BpmnFormatError, compileProcess, parseBpmn, ProcessCompileError, serializeBpmn } from '../src/index.ts';

const base = path.join(import.meta.dirname, '..', 'base');
const corpus = path.join(import.meta.dirname, 'fixtures', 'bpmn-miwg');

const wrap = (body: string, extra = '') => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:kunlun="http://kunlun-oa.cn/schema/bpmn/1.0" ${extra} id="d" targetNamespace="t">
  <bpmn:process id="p" isExecutable="true">${body}</bpmn:process>
</bpmn:definitions>`;

describe('compiling BPMN into an executable graph', () => {
  it('compiles the base 签报 process with its Kunlun attributes', async () => {
    const xml = fs.readFileSync(path.join(base, 'general', 'general.approval.bpmn'), 'utf8');
    const graph = compileProcess(await parseBpmn(xml));
    expect(graph.key).toBe('general.approval');
    expect(graph.titleTemplate).toBe('title');
    expect(graph.startEvents).toEqual(['start']);
    expect(graph.elements.deptReview).toMatchObject({
      kind: 'userTask',
      assignee: 'post("dept_head", initiator.unit)',
      dueIn: 'P2D',
      remind: ['-PT4H', 'PT0S'],
    });
    expect(graph.elements.deptReview!.operations).toContain('addSigners');
    expect(graph.flows.reviewRejected).toMatchObject({ source: 'reviewDecision', target: 'rejected', condition: 'outcome = "disagree"' });
    expect(graph.elements.reviewDecision!.defaultFlow).toBe('reviewAgreed');
  });

  it('refuses XML with a DOCTYPE (XXE), text that is not XML, and documents that are not BPMN', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>${wrap('').slice(wrap('').indexOf('<bpmn:definitions'))}`;
    await expect(parseBpmn(xxe)).rejects.toMatchObject({ code: 'doctype' });
    await expect(parseBpmn('hello')).rejects.toMatchObject({ code: 'not_xml' });
    await expect(parseBpmn('<html><body/></html>')).rejects.toBeInstanceOf(BpmnFormatError);
    await expect(parseBpmn(wrap('').replace('</bpmn:definitions>', ''))).rejects.toBeInstanceOf(BpmnFormatError);
    await expect(parseBpmn(`${wrap('')}<!--${'x'.repeat(6 * 1024 * 1024)}-->`)).rejects.toMatchObject({ code: 'too_large' });
  });

  it('names every element it cannot run and every broken reference or expression', async () => {
    const xml = wrap(`
      <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
      <bpmn:complexGateway id="cg" />
      <bpmn:userTask id="u" kunlun:assignee="post(&quot;dept_head&quot;," kunlun:dueIn="three days" />
      <bpmn:serviceTask id="svc" />
      <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="ghost" />
      <bpmn:sequenceFlow id="f2" sourceRef="u" targetRef="svc"><bpmn:conditionExpression xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="bpmn:tFormalExpression">\${amount > 1}</bpmn:conditionExpression></bpmn:sequenceFlow>`);
    let error: ProcessCompileError | undefined;
    try {
      compileProcess(await parseBpmn(xml));
    } catch (err) {
      error = err as ProcessCompileError;
    }
    expect(error).toBeInstanceOf(ProcessCompileError);
    const byElement = Object.fromEntries(error!.problems.map((p) => [p.elementId, p.message]));
    expect(byElement.cg).toMatch(/ComplexGateway/);
    expect(byElement.u).toBeDefined();
    expect(
      error!.problems
        .filter((p) => p.elementId === 'u')
        .map((p) => p.message)
        .join(),
    ).toMatch(/办理期限/);
    expect(byElement.svc).toMatch(/处理程序/);
    expect(error!.problems.some((p) => p.elementId === 'f1' && /ghost/.test(p.message))).toBe(true);
    expect(byElement.f2).toMatch(/FEEL/);
  });

  describe('the BPMN MIWG reference models', () => {
    const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.bpmn'));
    it('are all present', () => expect(files).toHaveLength(21));
    for (const file of files) {
      it(`${file} loads and survives a round trip with every element and attribute`, async () => {
        const xml = fs.readFileSync(path.join(corpus, file), 'utf8');
        const parsed = await parseBpmn(xml);
        const again = await parseBpmn(await serializeBpmn(parsed.definitions));
        expect(Object.keys(again.elementsById).sort()).toEqual(Object.keys(parsed.elementsById).sort());
        for (const [id, el] of Object.entries(parsed.elementsById)) {
          const twin = again.elementsById[id]!;
          expect(twin.$type, id).toBe(el.$type);
          expect(twin.name, id).toBe(el.name);
        }
      });
    }
  });
});

describe('FEEL syntax checks', () => {
  it('find incomplete expressions and JUEL, and accept valid FEEL with or without a leading "="', async () => {
    const { feelSyntaxError } = await import('../src/index.ts');
    expect(feelSyntaxError('outcome = "disagree"')).toBeNull();
    expect(feelSyntaxError('= nrOfCompletedInstances >= 1')).toBeNull();
    expect(feelSyntaxError('post("dept_head", initiator.unit)')).toBeNull();
    expect(feelSyntaxError('amount > ')).toMatch(/syntax error/);
    expect(feelSyntaxError('if x then 1')).toMatch(/syntax error/);
    expect(feelSyntaxError('${amount > 1}')).toMatch(/JUEL/);
    expect(feelSyntaxError('  ')).toBe('empty expression');
  });
});
