import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProcess, lintDefinition, parseBpmn } from '@kunlun/workflows';
import { outgoingSteps } from '../../src/outgoing/outgoingSteps.ts';
import { incomingSteps } from '../../src/incoming/incomingSteps.ts';
import { fieldAccessAt, loadStepForm } from '../../src/stepPermissions.ts';
import manifest from '../../src/manifest.ts';

/** The base definitions workflows/base/documents/*.bpmn with the module's forms and service tasks. */
const baseDir = path.resolve(import.meta.dirname, '../../../../workflows/base/documents');
const noop = { events: { emit: async () => {} }, log: console } as never;
const handlers = Object.keys({ ...outgoingSteps(noop), ...incomingSteps(noop) });

describe.each(manifest.processes.map((p) => p.key))('%s', (key) => {
  const xml = fs.readFileSync(path.join(baseDir, `${key}.bpmn`), 'utf8');

  it('lints clean against the module’s forms and service tasks', async () => {
    const report = await lintDefinition(xml, { registry: { forms: [...manifest.forms], serviceTasks: handlers } });
    expect(report.problems).toEqual([]);
  });

  it('gives every user task its step form, and the form a step entry for it', async () => {
    const graph = compileProcess(await parseBpmn(xml));
    const form = loadStepForm(key);
    const userTasks = Object.values(graph.elements).filter((e) => e.kind === 'userTask');
    expect(userTasks.length).toBeGreaterThan(5);
    for (const task of userTasks) {
      expect(task.formKey, task.id).toBe(key);
      expect(Object.keys(form.steps)).toContain(task.id);
    }
    for (const step of Object.keys(form.steps)) if (step !== '*') expect(graph.elements[step]?.kind, step).toBe('userTask');
  });
});

describe('step permissions', () => {
  it('lets the drafter and the office write the content, the print room the seal, nobody the number', () => {
    const form = loadStepForm('documents.outgoing');
    expect(fieldAccessAt(form, 'draft')).toMatchObject({ title: 'editable', body: 'editable', sealed: 'readonly', docNumber: 'readonly' });
    expect(fieldAccessAt(form, 'officeReview')).toMatchObject({ countersignUnits: 'editable', title: 'editable' });
    expect(fieldAccessAt(form, 'signOff')).toMatchObject({ title: 'readonly', body: 'readonly' });
    expect(fieldAccessAt(form, 'print')).toMatchObject({ sealed: 'editable', seal: 'editable', title: 'readonly' });
    expect(Object.values(fieldAccessAt(form, 'countersign')).every((a) => a === 'readonly')).toBe(true);
  });

  it('lets 初审 write the 退文 reason and 批办 the handling departments', () => {
    const form = loadStepForm('documents.incoming');
    expect(fieldAccessAt(form, 'firstCheck')).toMatchObject({ returnReason: 'editable', instruction: 'readonly' });
    expect(fieldAccessAt(form, 'instruct')).toMatchObject({
      instruction: 'editable',
      leadUnit: 'editable',
      assistUnits: 'editable',
      dueOn: 'editable',
      readers: 'editable',
    });
  });
});
