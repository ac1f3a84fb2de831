import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/api/instances.api.ts';
import { narrate } from '@/workflow/historyNarration.ts';
import { workflowZhCN } from '@/locales/zh-CN/workflow.ts';
import { workflowEn } from '@/locales/en/workflow.ts';

/** Every kind of entry the engine writes into the history reads as a sentence in 流转记录, never as its raw key. */
const ENGINE_KINDS = [
  'instance.started',
  'task.created',
  'task.completed',
  'task.returned',
  'task.cancelled',
  'task.claimed',
  'task.urged',
  'task.reminded',
  'task.escalated',
  'task.withdrawn',
  'task.transferred',
  'task.delegated',
  'task.delegateResolved',
  'task.signersAdded',
  'task.signerRemoved',
  'instance.circulated',
  'circulation.read',
  'instance.retitled',
  'instance.completed',
  'instance.terminated',
  'instance.suspended',
  'instance.resumed',
  'instance.migrated',
  'timer.fired',
  'boundary.timer',
  'boundary.error',
  'serviceTask.completed',
  'serviceTask.failed',
  'serviceTask.error',
  'script.evaluated',
  'message.received',
  'callActivity.started',
  'instance.errorUncaught',
];

const entry = (kind: string): HistoryEntry => ({
  id: 1,
  at: '2026-12-03T10:00:00.000Z',
  kind,
  elementId: 'assignNumber',
  elementName: '编号',
  taskId: null,
  actor: null,
  onBehalfOf: null,
  outcome: null,
  opinion: null,
  details: {},
  people: {},
});

const textAt = (messages: object, key: string): unknown => key.split('.').reduce<unknown>((m, k) => (m as Record<string, unknown> | undefined)?.[k], messages);

describe('the history of a process as people read it', () => {
  it.each(ENGINE_KINDS)('tells "%s" with a text of its own in Chinese and English, not the raw key', (kind) => {
    // Given an entry the engine wrote, When it is narrated
    const told = narrate(entry(kind), { unknownPerson: '（未知人员）', system: '系统', initiatorId: null });
    // Then it has its own sentence, in both languages, which does not show the entry's kind
    expect(told.key).not.toBe('other');
    for (const messages of [workflowZhCN.history, workflowEn.history]) {
      const text = textAt(messages, told.key);
      expect(typeof text, `${kind} → history.${told.key}`).toBe('string');
      expect(text).not.toContain('{kind}');
    }
  });

  it('tells an automatic step by its name: 系统已自动完成「编号」', () => {
    const told = narrate(entry('serviceTask.completed'), { unknownPerson: '（未知人员）', system: '系统', initiatorId: null });
    expect(told).toMatchObject({ key: 'serviceTaskCompleted', params: { step: '编号' }, system: true });
    expect(workflowZhCN.history.serviceTaskCompleted.replace('{step}', told.params.step!)).toBe('系统已自动完成「编号」');
  });
});
