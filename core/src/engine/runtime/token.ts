import { randomBytes } from 'node:crypto';

/**
 * A token: where a path of execution stands. Tokens live in the instance row (a few per
 * instance), so a move reads and writes them with the instance under one lock.
 *
 * - `active`: to be moved on in this move;
 * - `wait`: waiting at an activity (user task, receive task, timer, sub-process, call activity…);
 * - `join`: arrived at a parallel or inclusive join, waiting for the others.
 * A sub-process or multi-instance activity has a scope token waiting on the element; the tokens
 * inside point to it with `scope`.
 */
export interface Token {
  id: string;
  el: string;
  scope: string | null;
  st: 'active' | 'wait' | 'join';
  /** The flow the token arrived by (joins need it). */
  via?: string;
  /** Multi-instance scope token: counters and, for sequential ones, who is still to come. */
  mi?: MultiInstanceState;
  /** Multi-instance inner token: the user of this instance. */
  miUser?: string;
  /** Waiting at an event-based gateway. */
  gateway?: boolean;
  /** Call activity: the child instance. */
  child?: string;
  /** Tasks of a plain step still open when signers were added in parallel (加签). */
  pending?: number;
  /** How many of those ended 不同意. */
  dis?: number;
  /** Timers or message subscriptions hang on this token (so removing it must cancel them). */
  armed?: boolean;
}

export interface MultiInstanceState {
  total: number;
  completed: number;
  agreed: number;
  disagreed: number;
  /** Users not started yet (sequential). */
  pending: string[];
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
