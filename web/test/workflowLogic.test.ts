import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/api/instances.api.ts';
import { narrate } from '@/workflow/historyNarration.ts';
import { instanceStateText } from '@/workflow/instanceState.ts';
import { moduleTaskPage } from '@/modules/taskPages.ts';
import type { WebModule } from '@/modules/webModule.ts';
import { flowTaken, stepStateOf } from '@/workflow/diagramMarkers.ts';
import { taskButtons, buttonsWhileBlocked } from '@/workflow/taskButtons.ts';
import { boxQueryFrom, linkOf, routeQueryOf } from '@/workflow/boxQuery.ts';

const entry = (kind: string, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id: 1,
  at: '2026-11-28T10:00:00.000Z',
  kind,
  elementId: 'deptReview',
  elementName: '部门负责人审核',
  taskId: 't1',
  actor: { id: 'head', name: '王建国' },
  onBehalfOf: null,
  outcome: null,
  opinion: null,
  details: {},
  people: {},
  ...extra,
});
const ctx = { unknownPerson: '（未知人员）', system: '系统', initiatorId: 'clerk' };

describe('the history told as sentences', () => {
  it('tells a return with its target and keeps the opinion', () => {
    const told = narrate(entry('task.returned', { opinion: '请补充预算', details: { to: 'apply', toName: '填写签报', comeBack: true } }), ctx);
    expect(told).toMatchObject({ key: 'returned.comeBack', params: { actor: '王建国', to: '填写签报' }, tone: 'return', opinion: '请补充预算', system: false });
  });

  it('tells the initiator sending their own step on as 提交, a reviewer as 同意 or 不同意, and a proxy as such', () => {
    expect(narrate(entry('task.completed', { actor: { id: 'clerk', name: '李明' }, outcome: 'agree' }), ctx).key).toBe('completed.submit');
    expect(narrate(entry('task.completed', { outcome: 'agree', opinion: '  ' }), ctx)).toMatchObject({ key: 'completed.agree', opinion: null });
    expect(narrate(entry('task.completed', { outcome: 'disagree' }), ctx).tone).toBe('disagree');
    expect(narrate(entry('task.completed', { outcome: 'agree', onBehalfOf: { id: 'leader', name: '才让多杰' } }), ctx)).toMatchObject({
      key: 'completed.agreeBehalf',
      params: { behalf: '才让多杰' },
    });
  });

  it('names the people details hold by id as the server named them, with their units, and folds the engine’s book-keeping away', () => {
    const added = entry('task.signersAdded', {
      details: { mode: 'before', userIds: ['leader', 'nobody'] },
      people: { leader: { name: '才让多杰', unit: '海北州政府' } },
    });
    expect(narrate(added, ctx).params.people).toBe('才让多杰（海北州政府）、（未知人员）');
    const created = entry('task.created', { actor: null, details: { assigneeId: 'leader' }, people: { leader: { name: '才让多杰', unit: null } } });
    expect(narrate(created, ctx)).toMatchObject({ system: true, params: { actor: '系统', people: '才让多杰' } });
  });

  it('tells how the process ended, and a new title', () => {
    expect(narrate(entry('instance.completed', { actor: null, details: { endEventId: 'rejected', endEventName: '未予同意' } }), ctx)).toMatchObject({
      key: 'instanceCompletedAt',
      params: { ending: '未予同意' },
      tone: 'end',
    });
    expect(narrate(entry('instance.completed', { actor: null }), ctx).key).toBe('instanceCompleted');
    expect(narrate(entry('instance.retitled', { details: { from: '旧', to: '关于购置档案柜的请示（修订）' } }), ctx)).toMatchObject({
      key: 'retitled',
      params: { to: '关于购置档案柜的请示（修订）' },
    });
  });
});

describe('the diagram marks', () => {
  it('marks active over done, and a flow taken when it leads from a done step onwards', () => {
    const state = stepStateOf({ completedElementIds: ['start', 'apply', 'deptReview'], activeElementIds: ['deptReview'] });
    expect([state('apply'), state('deptReview'), state('leaderApprove')]).toEqual(['done', 'active', 'pending']);
    expect(flowTaken(state, 'start', 'apply')).toBe(true);
    expect(flowTaken(state, 'apply', 'deptReview')).toBe(true);
    expect(flowTaken(state, 'deptReview', 'leaderApprove')).toBe(false);
  });
});

describe('the buttons of a task', () => {
  it('offers 提交 where the holder fills in the form, 同意/不同意 where they review, in the same order always', () => {
    expect(taskButtons(['complete', 'circulate'], true)).toEqual(['submit', 'circulate']);
    expect(taskButtons(['circulate', 'transfer', 'return', 'complete'], false)).toEqual(['agree', 'disagree', 'return', 'transfer', 'circulate']);
    expect(taskButtons(['claim', 'complete'], false)).toEqual(['claim', 'agree', 'disagree']);
    expect(buttonsWhileBlocked(['agree', 'removeSigners', 'circulate'])).toEqual(['removeSigners', 'circulate']);
  });
});

describe('the task center address', () => {
  it('reads a box query from the address, dropping what does not belong to the box', () => {
    expect(boxQueryFrom({ box: 'todo', page: '3', pageSize: '50', overdue: 'true', sort: 'due', keyword: ' 档案 ', urgency: 'urgent' })).toEqual({
      box: 'todo',
      page: 3,
      pageSize: 50,
      overdue: true,
      sort: 'due',
      keyword: '档案',
      urgency: 'urgent',
    });
    expect(boxQueryFrom({ box: 'done', overdue: 'true', sort: 'due', pageSize: '7', page: '-2' })).toEqual({ box: 'done', page: 1, pageSize: 20 });
    expect(boxQueryFrom({ box: 'nonsense' }).box).toBe('todo');
  });

  it('writes only what differs from the defaults, and links each kind of line to its page', () => {
    expect(routeQueryOf({ box: 'cc', page: 1, pageSize: 20, read: true })).toEqual({ box: 'cc', read: 'true' });
    expect(linkOf({ kind: 'task', id: 't1', instanceId: 'i1' })).toBe('/tasks/t1');
    expect(linkOf({ kind: 'circulation', id: 'c1', instanceId: 'i1' })).toBe('/instances/i1?circulation=c1');
    expect(linkOf({ kind: 'instance', id: 'i1', instanceId: 'i1' })).toBe('/instances/i1');
  });
});

describe('how an instance’s state is said', () => {
  it('says how a completed process ended, by its end event; other states as they are', () => {
    expect(instanceStateText('completed', { elementId: 'approved', name: '审批通过' })).toEqual({ key: 'instance.endedAs', params: { ending: '审批通过' } });
    expect(instanceStateText('completed', null)).toEqual({ key: 'instance.states.completed', params: {} });
    expect(instanceStateText('active', null).key).toBe('instance.states.active');
  });
});

describe('the pages modules handle their tasks on', () => {
  const documents: WebModule = {
    name: 'documents',
    taskPages: [
      { processKey: 'documents.outgoing', route: (task) => (task.businessKey ? { name: 'document', params: { id: task.businessKey } } : null) },
      { formId: 'documents.incoming', route: (task) => ({ name: 'documents-incoming', params: { id: task.businessKey ?? '' } }) },
    ],
  };
  const task = { taskId: 't1', instanceId: 'i1', businessKey: 'd1' };

  it('opens a task of a module’s process (or form) on the module’s page, everything else on the generic one', () => {
    expect(moduleTaskPage([documents], { ...task, processKey: 'documents.outgoing' })).toEqual({ name: 'document', params: { id: 'd1' } });
    expect(moduleTaskPage([documents], { ...task, processKey: 'documents.incoming', formKey: 'documents.incoming' })).toEqual({
      name: 'documents-incoming',
      params: { id: 'd1' },
    });
    expect(moduleTaskPage([documents], { ...task, processKey: 'general.approval' })).toBeNull();
    expect(moduleTaskPage([documents], { ...task, processKey: 'documents.outgoing', businessKey: null })).toBeNull();
    expect(moduleTaskPage([], { ...task, processKey: 'documents.outgoing' })).toBeNull();
  });
});
