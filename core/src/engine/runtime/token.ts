import { randomBytes } from 'node:crypto';

/**
 * A token: where a path of execution stands. Tokens live in the instance row (a few per
 * instance), so a move reads and writes them with the instance under one lock.
 *
 * A sub-process or multi-instance activity has a scope token waiting on the element; the tokens
 * inside point to it with `scope`.
 *
 * Stored as it is: every field below is a key of the JSON in `engine_instances.tokens`, and of the
 * snapshots a completed task keeps for 撤回 (`engine_tasks.details.undo.tokens`). The short keys
 * (`el`, `st`, `mi`, `dis`, `pending`) are that stored format: renaming one would strand the
 * instances already running and the snapshots already taken, and mapping to longer names on every
 * read and write would cost each move a copy of its tokens. So the keys stay, and each is
 * explained here.
 */
export interface Token {
  id: string;
  /** The id of the element (BPMN flow node) the token stands at. */
  el: string;
  /** The id of the scope token of the sub-process or multi-instance activity the token is inside; null at process level. */
  scope: string | null;
  /** The token's state (see TokenState). */
  st: TokenState;
  /** The flow the token arrived by (joins need it). */
  via?: string;
  /** Multi-instance (会签) scope token: counters and, for sequential ones, who is still to come. */
  mi?: MultiInstanceState;
  /** Multi-instance inner token: the user of this instance. */
  miUser?: string;
  /** Waiting at an event-based gateway. */
  gateway?: boolean;
  /** Call activity: the child instance. */
  child?: string;
  /**
   * A plain (not multi-instance) user task step: how many of its tasks are still to be completed
   * before the step is done. Absent means one, the holder's own task; 并加签 adds one per person
   * added, 后加签 one per signer after the holder. A count of tasks, unlike `mi.pending`.
   */
  pending?: number;
  /** The same step: how many of its tasks ended 不同意 (disagree); the step's outcome is 不同意 when any did. */
  dis?: number;
  /** Timers or message subscriptions hang on this token (so removing it must cancel them). */
  armed?: boolean;
}

/**
 * - `active`: to be moved on in this move;
 * - `wait`: waiting at an activity (user task, receive task, timer, sub-process, call activity…);
 * - `join`: arrived at a parallel or inclusive join, waiting for the others.
 */
export type TokenState = 'active' | 'wait' | 'join';

/** A countersign's progress, on its scope token (stored as `Token.mi`). */
export interface MultiInstanceState {
  /** People in the countersign (grows with 加签, shrinks with 减签). */
  total: number;
  /** People who have completed their task. */
  completed: number;
  agreed: number;
  disagreed: number;
  /** Sequential countersign: the ids of the users whose turn has not come yet, in order (empty for a parallel one). A list of people, unlike `Token.pending`. */
  pending: string[];
  /** The outcome of the last completed task: the step's outcome when the completion condition ends it early. */
  lastOutcome?: string;
}

/** Random bytes drawn in bulk: asking the system for 6 bytes per token costs more than the move's own work. */
const POOL_BYTES = 6 * 1024;
let pool = Buffer.alloc(0);
let offset = 0;

/** A token id: 6 random bytes as 8 base64url characters. */
export function newTokenId(): string {
  if (offset + 6 > pool.length) {
    pool = randomBytes(POOL_BYTES);
    offset = 0;
  }
  offset += 6;
  return pool.toString('base64url', offset - 6, offset);
}
