import type { Knex } from 'knex';
import { feelCondition, type GraphElement, type GraphFlow } from '@kunlun/workflows';
import { unprocessable } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import type { Definition } from '../definitions/definitionStore.ts';
import type { EngineDeps } from '../engineDeps.ts';
import type { InstanceRow } from './instanceRow.ts';
import { newTokenId, type Token } from './token.ts';
import { feelContext } from './feelContext.ts';
import type { SqlExpression } from './sqlStatement.ts';

/** Who makes a move: a person (with the unit they act for), or the engine itself (timers, messages). */
export interface Actor {
  id: string;
  name: string;
  unitId: string | null;
}

export interface NewTask {
  id: string;
  tokenId: string;
  elementId: string;
  name: string;
  kind: 'task' | 'signer';
  assigneeId: string | null;
  proxyForId: string | null;
  state: 'open' | 'blocked';
  formKey: string | null;
  dueAt: Date | null;
  candidates: string[];
  details: Record<string, unknown>;
}

export interface HistoryEntry {
  kind: string;
  elementId?: string | null;
  taskId?: string | null;
  actorId?: string | null;
  onBehalfOfId?: string | null;
  outcome?: string | null;
  opinion?: string | null;
  details?: Record<string, unknown>;
}

export interface NewTimer {
  id: string;
  tokenId: string | null;
  elementId: string;
  taskId?: string | null;
  kind: 'boundary' | 'catch' | 'eventGateway' | 'taskReminder' | 'taskEscalation';
  dueAt: Date;
  cycle?: { value: string; remaining: number | null } | null;
}

/**
 * One move of one instance, inside one transaction that holds the instance's row lock: what
 * the tokens do, and every row the move writes, buffered and written together at the end.
 */
export class Move {
  readonly tokens: Token[];
  variables: Record<string, unknown>;
  readonly queue: Token[] = [];
  readonly newTasks: NewTask[] = [];
  readonly taskChanges = new Map<string, Record<string, unknown>>();
  readonly history: HistoryEntry[] = [];
  readonly newTimers: NewTimer[] = [];
  readonly cancelledTimerTokens = new Set<string>();
  readonly cancelledTimerIds = new Set<string>();
  readonly newSubscriptions: { tokenId: string; elementId: string; message: string; correlationKey: string | null }[] = [];
  readonly cancelledSubscriptionTokens = new Set<string>();
  readonly outbox: { topic: string; payload: Record<string, unknown> }[] = [];
  /** Live pushes to people's desktops: sent after the commit, not kept (a missed one is caught up on the next reload). */
  readonly live: { userIds: string[]; kind: string; [key: string]: unknown }[] = [];
  /** Bell notifications written with the move; a title may be an SQL expression (one that reads the instance's title as the transaction sees it). */
  readonly notifications: { userId: string; kind: string; title: string | SqlExpression; body?: string; taskId?: string }[] = [];
  readonly completedElements: Set<string>;
  /** Assignees fixed by the operation (a return goes back to who did the step before). */
  readonly forcedAssignees = new Map<string, string[]>();
  /** Next handlers chosen by the actor at submit (下一步处理人), by element id or for any next step. */
  chosen: Record<string, string[]> = {};
  /** The task completed by this move, if any: the tasks it creates point back to it. */
  previousTaskId: string | null = null;
  state: InstanceRow['state'];
  endReason: string | null = null;
  /** The process-level end event the last path reached (how the process ended: 审批通过, 未予同意 …). */
  endEvent: { id: string; name: string } | null = null;
  /** Instance-level changes to write besides tokens and variables (title…). */
  readonly instanceChanges: Record<string, unknown> = {};
  /** Set on a child instance's move started by its parent's move (same transaction). */
  parentMove?: Move;
  /** False for events that change no token or task state (reminders): they leave `seq` alone, so withdraw stays possible. */
  countsAsMove = true;
  /** Details for tasks the move creates on an element (a returned task carries who returned it). */
  readonly pendingTaskDetails = new Map<string, Record<string, unknown>>();
  /** Call activities whose child instance is to be started in this move. */
  readonly childStarts: { token: Token; definition: Definition; variables: Record<string, unknown> }[] = [];
  /** Set when an error ended the instance uncaught (a parent's call activity may catch it). */
  uncaughtError: string | null = null;
  /** Things to run after this move is written (resuming a parent instance…). */
  readonly afterPersist: (() => Promise<void>)[] = [];
  readonly now = new Date();

  constructor(
    readonly trx: Knex.Transaction,
    readonly deps: EngineDeps,
    readonly instance: InstanceRow,
    readonly definition: Definition,
    readonly actor: Actor | null,
  ) {
    this.tokens = instance.tokens.map((token) => ({ ...token }));
    this.variables = { ...instance.variables };
    this.completedElements = new Set(instance.completed_elements);
    this.state = instance.state;
  }

  get graph() {
    return this.definition.graph;
  }

  element(id: string): GraphElement {
    const element = this.graph.elements[id];
    if (!element) throw new Error(`element ${id} is not in ${this.graph.key}`);
    return element;
  }

  flow(id: string): GraphFlow {
    return this.graph.flows[id]!;
  }

  token(id: string): Token | undefined {
    return this.tokens.find((token) => token.id === id);
  }

  /** A new token at an element, to be moved on by run(). */
  arrive(elementId: string, scope: string | null, via?: string): Token {
    const token: Token = { id: newTokenId(), el: elementId, scope, st: 'active', ...(via ? { via } : {}) };
    this.tokens.push(token);
    this.queue.push(token);
    return token;
  }

  record(entry: HistoryEntry): void {
    this.history.push(entry);
  }

  /** The FEEL context of expressions evaluated in this move. */
  feel(extra: Record<string, unknown> = {}): Record<string, unknown> {
    return feelContext(this, extra);
  }

  /**
   * Leaves an element along its outgoing flows: every flow whose condition holds (and
   * unconditional ones); the default flow when no condition holds; exclusive gateways take the
   * first flow only. An element with no outgoing flow ends its path.
   */
  leave(token: Token, opts: { exclusive?: boolean } = {}): void {
    const element = this.element(token.el);
    this.removeToken(token);
    this.completedElements.add(element.id);
    if (!element.outgoing.length) {
      this.endPath(token.scope);
      return;
    }
    const context = this.feel();
    const conditional = element.outgoing.filter((flowId) => flowId !== element.defaultFlow);
    const taken: string[] = [];
    for (const flowId of conditional) {
      const flow = this.flow(flowId);
      if (flow.condition === undefined || feelCondition(flow.condition, context)) {
        taken.push(flowId);
        if (opts.exclusive) break;
      }
    }
    if (!taken.length && element.defaultFlow) taken.push(element.defaultFlow);
    if (!taken.length) {
      throw unprocessable(
        'engine.no_path',
        text(
          `流程无法继续：「${element.name ?? element.id}」之后没有满足条件的路径`,
          `The process cannot go on: no path after "${element.name ?? element.id}" matches`,
        ),
        { elementId: element.id },
      );
    }
    for (const flowId of taken) this.arrive(this.flow(flowId).target, token.scope, flowId);
  }

  /** Removes a token and everything hanging on it: its tasks, timers, subscriptions, inner tokens. */
  removeToken(token: Token, cancelReason?: string): void {
    const index = this.tokens.indexOf(token);
    if (index >= 0) this.tokens.splice(index, 1);
    if (token.armed) {
      this.cancelledTimerTokens.add(token.id);
      this.cancelledSubscriptionTokens.add(token.id);
    }
    if (cancelReason) {
      for (const inner of this.tokens.filter((other) => other.scope === token.id)) this.removeToken(inner, cancelReason);
      this.cancelTasksOf(token.id, cancelReason);
    }
  }

  /** Cancels the open tasks on a token (found in this move or in the database at persist time). */
  cancelTasksOf(tokenId: string, reason: string): void {
    this.cancelledTaskTokens.set(tokenId, reason);
  }

  readonly cancelledTaskTokens = new Map<string, string>();

  /** A path ended inside a scope: when nothing is left in it, the scope is done. */
  endPath(scope: string | null): void {
    if (this.tokens.some((token) => token.scope === scope)) return;
    if (scope === null) {
      if (this.tokens.length === 0 && this.state === 'active') this.complete(null);
      return;
    }
    const scopeToken = this.token(scope);
    if (scopeToken) this.pendingScopeCompletions.push(scopeToken);
  }

  /** Sub-process scopes whose last inner path ended; run() moves them on. */
  readonly pendingScopeCompletions: Token[] = [];

  complete(reason: string | null): void {
    this.state = 'completed';
    this.endReason = reason;
  }

  terminate(reason: string): void {
    for (const token of [...this.tokens]) this.removeToken(token, 'terminated');
    this.state = 'terminated';
    this.endReason = reason;
  }

  /** A token that reaches an element whose event already happened (after an event-based gateway), and leaves it at once. */
  passThrough(elementId: string, scope: string | null, via?: string): void {
    const token: Token = { id: newTokenId(), el: elementId, scope, st: 'active', ...(via ? { via } : {}) };
    this.tokens.push(token);
    this.leave(token);
  }
}
