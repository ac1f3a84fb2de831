import type { Knex } from 'knex';
import type { Logger } from '../../log/logger.ts';
import type { EventBus } from '../../events/eventBus.ts';
import type { JobQueues } from '../../jobs/jobQueues.ts';
import type { LiveHub } from '../../live/liveHub.ts';
import type { Dispatchable, LivePush } from './outboxCollector.ts';

/**
 * Side effects of moves leave through the outbox: rows written in the move's transaction, sent
 * only after it commits — so nothing is scheduled or announced for a move that rolled back.
 * The process that made the move sends its rows right after the commit (send) and marks them
 * sent in batches; workers sweep up rows older than SWEEP_AFTER_SECONDS that a crash left
 * behind (claimed with SKIP LOCKED, so several sweepers never send a row twice).
 */
export const SWEEP_AFTER_SECONDS = 30;

export class OutboxDispatcher {
  private running: Promise<void> | null = null;
  private again = false;
  private sentIds: number[] = [];
  private marking: Promise<void> | null = null;
  private sending = 0;
  private sweepAge = SWEEP_AFTER_SECONDS;

  constructor(
    private readonly db: Knex,
    private readonly jobs: JobQueues | null,
    private readonly events: EventBus,
    private readonly live: LiveHub | null,
    private readonly log: Logger,
  ) {}

  /** Sends rows of a committed transaction now; a failure leaves them to the sweeper. */
  send(rows: Dispatchable[]): void {
    if (!rows.length) return;
    this.sending++;
    void (async () => {
      try {
        for (const row of rows) {
          try {
            await this.dispatch(row.topic, row.payload);
            this.sentIds.push(row.id);
          } catch (err) {
            this.log.warn({ err, topic: row.topic }, 'outbox send failed; the sweeper will retry');
          }
        }
        this.scheduleMarking();
      } finally {
        this.sending--;
      }
    })();
  }

  /** Pushes live events to desktops now (best effort: a lost one shows on the next reload). */
  sendLive(events: LivePush[]): void {
    if (!events.length || !this.live) return;
    const live = this.live;
    void Promise.all(events.map((e) => live.publish(e))).catch((err) => this.log.warn({ err }, 'live push failed'));
  }

  private scheduleMarking(): void {
    if (this.marking || !this.sentIds.length) return;
    this.marking = (async () => {
      // Gathering the ids of a short while marks many moves' rows in one statement.
      await new Promise((r) => setTimeout(r, 20));
      while (this.sentIds.length) {
        const ids = this.sentIds.splice(0, 1000);
        try {
          await this.db('engine_outbox').whereIn('id', ids).update({ dispatched_at: this.db.fn.now() });
        } catch (err) {
          this.log.warn({ err }, 'could not mark outbox rows sent; they may be sent again');
        }
      }
    })().finally(() => {
      this.marking = null;
    });
  }

  /** Sweeps every unsent row, however young (at start-up, when nothing of this process is in flight). */
  sweepAll(): void {
    this.kick(0);
  }

  /** Sweeps soon, without waiting; calls made while a sweep runs coalesce into one more. */
  kick(olderThanSeconds = SWEEP_AFTER_SECONDS): void {
    this.sweepAge = Math.min(this.sweepAge, olderThanSeconds);
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        const age = this.sweepAge;
        this.sweepAge = SWEEP_AFTER_SECONDS;
        try {
          while ((await this.dispatchBatch(age)) > 0);
        } catch (err) {
          this.log.warn({ err }, 'outbox dispatch failed; will retry');
        }
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
  }

  /** Waits until sending, marking and sweeping are done (tests, shutdown). */
  async idle(): Promise<void> {
    for (;;) {
      if (this.running) await this.running;
      else if (this.sending) await new Promise((r) => setTimeout(r, 5));
      else if (this.marking) await this.marking;
      else if (this.sentIds.length) this.scheduleMarking();
      else return;
    }
  }

  async dispatchBatch(olderThanSeconds = SWEEP_AFTER_SECONDS, limit = 200): Promise<number> {
    return this.db.transaction(async (trx) => {
      const age = Math.max(0, Math.floor(olderThanSeconds));
      const rows: { id: number; topic: string; payload: Record<string, unknown> | string }[] = await trx('engine_outbox')
        .whereNull('dispatched_at')
        .where('created_at', '<=', trx.raw(`now() - interval '${age} seconds'`))
        .orderBy('id')
        .limit(limit)
        .forUpdate()
        .skipLocked()
        .select('id', 'topic', 'payload');
      const done: number[] = [];
      for (const row of rows) {
        const payload = typeof row.payload === 'string' ? (JSON.parse(row.payload) as Record<string, unknown>) : row.payload;
        try {
          await this.dispatch(row.topic, payload);
          done.push(row.id);
        } catch (err) {
          await trx('engine_outbox')
            .where({ id: row.id })
            .update({ attempts: trx.raw('attempts + 1'), last_error: String((err as Error).message).slice(0, 500) });
          throw err;
        }
      }
      if (done.length) await trx('engine_outbox').whereIn('id', done).update({ dispatched_at: trx.fn.now() });
      return done.length;
    });
  }

  private async dispatch(topic: string, payload: Record<string, unknown>): Promise<void> {
    switch (topic) {
      case 'timer': {
        const delay = Math.max(0, new Date(String(payload.dueAt)).getTime() - Date.now());
        await this.requireJobs().enqueue('engine.timer', { timerId: payload.timerId }, { jobId: String(payload.timerId), delay, attempts: 10 });
        return;
      }
      case 'job':
        await this.requireJobs().enqueue(String(payload.name), payload.data as Record<string, unknown>, {
          jobId: String(payload.jobId),
          attempts: Number(payload.attempts ?? 5),
          ...(typeof payload.delay === 'number' && payload.delay > 0 ? { delay: payload.delay } : {}),
        });
        return;
      case 'event':
        await this.events.emit(String(payload.name), (payload.payload as Record<string, unknown>) ?? {});
        return;
      default:
        this.log.warn({ topic }, 'unknown outbox topic; dropped');
    }
  }

  private requireJobs(): JobQueues {
    if (!this.jobs) throw new Error('this process has no job queues (Redis)');
    return this.jobs;
  }
}
