import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/api/instances.api.ts';
import { narrate, peopleNamedIn } from '@/workflow/historyNarration.ts';
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
  ...extra,
});
const names: Record<string, string> = { leader: '才让多杰', clerk: '李明' };
const ctx = { nameOf: (id: string) => names[id], unknownPerson: '（未知人员）', system: '系统', initiatorId: 'clerk' };

describe('the history told as sentences', () => {
  it("tells a return with its target and keeps the opinion", () => {
    const told = narrate(entry('task.returned', { opinion: '请补充预算', details: { to: 'apply', toName: '填写签报', comeBack: true } }), ctx);
    expect(told).toMatchObject({ key: 'returned.comeBack', params: { actor: '王建国', to: '填写签报' }, tone: 'return', opinion: '请补充预算', system: false });
  });

  it('tells the initiator sending their own step on as 提交, a reviewer as 同意 or 不同意, and a proxy as such', () => {
    expect(narrate(entry('task.completed', { actor: { id: 'clerk', name: '李明' }, outcome: 'agree' }), ctx).key).toBe('completed.submit');
    expect(narrate(entry('task.completed', { outcome: 'agree', opinion: '  ' }), ctx)).toMatchObject({ key: 'completed.agree', opinion: null });
    expect(narrate(entry('task.completed', { outcome: 'disagree' }), ctx).tone).toBe('disagree');
    expect(narrate(entry('task.completed', { outcome: 'agree', onBehalfOf: { id: 'leader', name: '才让多杰' } }), ctx)).toMatchObject({ key: 'completed.agreeBehalf', params: { behalf: '才让多杰' } });
  });

  it('names the people details only hold by id, and folds the engine’s book-keeping away', () => {
    const added = entry('task.signersAdded', { details: { mode: 'before', userIds: ['leader', 'nobody'] } });
    expect(peopleNamedIn(added)).toEqual(['leader', 'nobody']);
    expect(narrate(added, ctx).params.people).toBe('才让多杰、（未知人员）');
    expect(narrate(entry('task.created', { actor: null, details: { assigneeId: 'leader' } }), ctx)).toMatchObject({ system: true, params: { actor: '系统', people: '才让多杰' } });
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
