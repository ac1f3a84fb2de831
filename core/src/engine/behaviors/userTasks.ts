import { randomUUID } from 'node:crypto';
import { addDuration, evaluateFeel, parseDuration, type GraphElement } from '@kunlun/workflows';
import { unprocessable } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import { evaluateRule, type UserRef } from '../assignment/orgRules.ts';
import type { Move } from '../runtime/move.ts';
import { newTokenId, type Token } from '../runtime/token.ts';
import { armBoundaries } from './waitStates.ts';
import { noticeOfNewTask, type ReturnedFrom } from './taskNotice.ts';

/**
 * A user task: the engine finds its people (a rule, the previous actor's choice, or who did the
 * step before when returning), applies out-of-office proxies, and creates the task with its due
 * date, reminders and escalation. A multi-instance user task (会签/或签) gives each person their
 * own task, all at once or one after another.
 */
export async function enterUserTask(move: Move, token: Token): Promise<void> {
  const element = move.element(token.el);
  const people = await peopleFor(move, element);
  token.st = 'wait';
  armBoundaries(move, token);
  if (element.multiInstance) {
    if (!people.assignees.length) throw noAssignee(element);
    const sequential = element.multiInstance.sequential;
    token.mi = { total: people.assignees.length, completed: 0, agreed: 0, disagreed: 0, pending: sequential ? people.assignees.slice(1) : [] };
    for (const user of sequential ? people.assignees.slice(0, 1) : people.assignees) await startInstanceTask(move, token, user);
    return;
  }
  if (people.assignees.length === 1) await createTask(move, token, { assignees: people.assignees });
  else if (people.assignees.length > 1 || people.candidates.length) {
    await createTask(move, token, { assignees: [], candidates: people.assignees.length > 1 ? people.assignees : people.candidates });
  } else throw noAssignee(element);
}

/** One more person's task in a multi-instance user task. */
export async function startInstanceTask(move: Move, scopeToken: Token, userId: string): Promise<void> {
  const inner: Token = { id: newTokenId(), el: scopeToken.el, scope: scopeToken.id, st: 'wait', miUser: userId };
  move.tokens.push(inner);
  await createTask(move, inner, { assignees: [userId] });
}

const noAssignee = (element: GraphElement) =>
  unprocessable(
    'engine.no_assignee',
    text(
      `环节「${element.name ?? element.id}」找不到处理人，请联系管理员检查岗位设置`,
      `No one can be found to handle "${element.name ?? element.id}"; ask an administrator to check the posts`,
    ),
    { elementId: element.id, rule: element.assignee ?? element.candidates ?? null },
  );

async function peopleFor(move: Move, element: GraphElement): Promise<{ assignees: string[]; candidates: string[] }> {
  const forced = move.forcedAssignees.get(element.id);
  if (forced?.length) return { assignees: forced, candidates: [] };
  const chosen = move.chosen[element.id] ?? move.chosen['*'] ?? null;
  if (!element.assignee && !element.candidates) return { assignees: chosen ?? [], candidates: [] };
  const rules = `${element.assignee ?? ''} ${element.candidates ?? ''}`;
  const actors = { ...(await ruleActors(move, rules)), chosen };
  const resolve = async (rule: string | undefined) => (rule ? move.deps.resolver.resolve(move.trx, evaluateRule(rule, move.variables, actors)) : []);
  return { assignees: await resolve(element.assignee), candidates: await resolve(element.candidates) };
}

/** The initiator and the previous actor as assignee rules see them, loaded only when a rule names them. */
async function ruleActors(move: Move, rules: string): Promise<{ initiator: UserRef | null; previousActor: UserRef | null }> {
  const r = move.deps.resolver;
  const [initiator, previousActor] = await Promise.all([
    /\binitiator\b/.test(rules) ? r.userRef(move.trx, move.instance.initiator_id, move.instance.initiator_unit_id) : null,
    /\bpreviousActor\b/.test(rules) && move.actor ? r.userRef(move.trx, move.actor.id, move.actor.unitId) : null,
  ]);
  return { initiator, previousActor };
}

export interface TaskSpec {
  assignees: string[];
  candidates?: string[];
  kind?: 'task' | 'signer';
  state?: 'open' | 'blocked';
  details?: Record<string, unknown>;
}

/** Creates a task on a token: proxies applied, due date, reminders, escalation, history, notice. */
export async function createTask(move: Move, token: Token, spec: TaskSpec): Promise<string> {
  const element = move.element(token.el);
  const id = randomUUID();
  const [routed] = spec.assignees.length ? await move.deps.resolver.withProxies(move.trx, spec.assignees, move.instance.process_key) : [];
  const dueAt = dueDate(move, element);
  const details = { ...move.pendingTaskDetails.get(element.id), ...spec.details };
  move.newTasks.push({
    id,
    tokenId: token.id,
    elementId: element.id,
    name: element.name ?? element.id,
    kind: spec.kind ?? 'task',
    assigneeId: routed?.assignee ?? null,
    proxyForId: routed?.proxyFor ?? null,
    state: spec.state ?? 'open',
    formKey: element.formKey ?? null,
    dueAt,
    candidates: spec.candidates ?? [],
    details,
  });
  if (dueAt && (element.remind?.length || element.escalateAfter)) token.armed = true;
  if (dueAt) {
    for (const offset of element.remind ?? []) {
      const at = addDuration(dueAt, parseDuration(offset)!);
      if (at > move.now) move.newTimers.push({ id: randomUUID(), tokenId: token.id, elementId: element.id, taskId: id, kind: 'taskReminder', dueAt: at });
    }
    if (element.escalateAfter) {
      move.newTimers.push({
        id: randomUUID(),
        tokenId: token.id,
        elementId: element.id,
        taskId: id,
        kind: 'taskEscalation',
        dueAt: addDuration(dueAt, parseDuration(element.escalateAfter)!),
      });
    }
  }
  move.record({
    kind: 'task.created',
    elementId: element.id,
    taskId: id,
    details: {
      assigneeId: routed?.assignee ?? null,
      proxyForId: routed?.proxyFor ?? null,
      candidates: spec.candidates ?? [],
      kind: spec.kind ?? 'task',
      dueAt: dueAt?.toISOString() ?? null,
    },
  });
  // New tasks show in 待办 (pushed live) and ring the bell: one notice per person, a return's with its reason.
  const recipients = routed ? [routed.assignee] : (spec.candidates ?? []);
  if (recipients.length) move.live.push({ userIds: recipients, kind: 'task.created', taskId: id });
  if ((spec.state ?? 'open') === 'open')
    noticeOfNewTask(move, {
      id,
      elementId: element.id,
      name: element.name ?? element.id,
      recipients,
      returned: (details.returned as ReturnedFrom | undefined) ?? null,
    });
  return id;
}

function dueDate(move: Move, element: GraphElement): Date | null {
  if (!element.dueIn) return null;
  const value = element.dueIn.startsWith('=') ? evaluateFeel(element.dueIn, move.feel()) : element.dueIn;
  if (value === null || value === undefined || value === '') return null;
  const duration = parseDuration(String(value));
  if (!duration || duration.negative) {
    throw unprocessable(
      'engine.bad_due',
      text(`环节「${element.name ?? element.id}」的办理期限“${String(value)}”无效`, `Invalid due period "${String(value)}"`),
      { elementId: element.id },
    );
  }
  return addDuration(move.now, duration);
}
