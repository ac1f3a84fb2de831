import type { Knex } from 'knex';
import type { Logger } from '../../log/logger.ts';
import type { EventBus } from '../../events/eventBus.ts';
import type { JobQueues } from '../../jobs/jobQueues.ts';
import type { LiveHub } from '../../live/liveHub.ts';

/**
 * Side effects of moves leave through the outbox: rows written in the move's transaction, sent
 * only after it commits — so nothing is scheduled or announced for a move that rolled back.
 * Any process may dispatch (rows are claimed with SKIP LOCKED); the moving process kicks a
 * dispatch right after its commit and workers sweep up whatever a crash left behind.
 */
export class OutboxDispatcher {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly db: Knex,
    private readonly jobs: JobQueues | null,
    private readonly events: EventBus,
    private readonly live: LiveHub | null,
    private readonly log: Logger,
  ) {}

  /** Dispatches soon, without waiting; calls made while a dispatch runs coalesce into one more. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          while ((await this.dispatchBatch()) > 0);
        } catch (err) {
          this.log.warn({ err }, 'outbox dispatch failed; will retry');
        }
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
  }

  /** Waits until the current dispatch is done (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async dispatchBatch(limit = 200): Promise<number> {
    return this.db.transaction(async (trx) => {
      const rows: { id: number; topic: string; payload: Record<string, unknown> | string }[] = await trx('engine_outbox')
        .whereNull('dispatched_at')
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
          await trx('engine_outbox').where({ id: row.id }).update({ attempts: trx.raw('attempts + 1'), last_error: String((err as Error).message).slice(0, 500) });
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
        });
        return;
      case 'event':
        await this.events.emit(String(payload.name), (payload.payload as Record<string, unknown>) ?? {});
        return;
      case 'live':
        if (this.live) await this.live.publish(payload as never);
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
